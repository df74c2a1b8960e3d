import { describe, expect, it } from 'vitest';
import {
  M2_PER_MU,
  formatMu,
  formatWan,
  formatWanShort,
  formatWanPerMu,
  formatShare,
  m2ToMu,
  muToM2,
  muToHa,
  wanToYi,
  yiToWan,
} from '../../shared/units';

describe('unit conversions', () => {
  it('1 亩 = 10000/15 m²: 15 亩 = 1 ha, 1 km² = 1,500 亩', () => {
    expect(M2_PER_MU).toBeCloseTo(666.6667, 4);
    expect(muToM2(15)).toBeCloseTo(10000, 9);
    expect(m2ToMu(1e6)).toBeCloseTo(1500, 9);
    expect(muToHa(30)).toBe(2);
    expect(m2ToMu(muToM2(123.45))).toBeCloseTo(123.45, 12);
  });
  it('1 亿元 = 10,000 万元', () => {
    expect(wanToYi(25000)).toBe(2.5);
    expect(yiToWan(3)).toBe(30000);
  });
});

describe('formatting at the UI edge', () => {
  it('formats 亩 in zh-CN and en', () => {
    expect(formatMu(125.34)).toBe('125.3 亩');
    expect(formatMu(1234.5, 'en')).toBe('1,234.5 mu');
    expect(formatMu(NaN)).toBe('—');
  });
  it('switches 万元 to 亿元 from 10,000 万元', () => {
    expect(formatWan(3500)).toBe('3,500 万元');
    expect(formatWan(9999)).toBe('9,999 万元');
    expect(formatWan(10000)).toBe('1 亿元');
    expect(formatWan(123456)).toBe('12.35 亿元');
    expect(formatWan(-250000)).toBe('-25 亿元');
    expect(formatWan(3500, 'en')).toBe('3,500 wan yuan (10k CNY)');
    expect(formatWan(123456, 'en')).toBe('12.35 yi yuan (100m CNY)');
    expect(formatWan(5.678)).toBe('5.68 万元');
  });
  it('short forms, per-mu and shares', () => {
    expect(formatWanShort(52000)).toBe('5.2亿');
    expect(formatWanShort(350)).toBe('350万');
    expect(formatWanShort(52000, 'en')).toBe('5.2 yi');
    expect(formatWanPerMu(12.46)).toBe('12.5 万元/亩');
    expect(formatWanPerMu(12.46, 'en')).toBe('12.5 wan yuan/mu');
    expect(formatShare(0.7)).toBe('70%');
  });
});
