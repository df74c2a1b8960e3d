import { describe, expect, it } from 'vitest';
import { generatedPlotCode, parseDeclaredArea } from '../../../shared/import/field-values';

const mu = (raw: unknown, unit: 'mu' | 'm2' | 'ha') => {
  const r = parseDeclaredArea(raw, unit);
  return 'mu' in r ? r.mu : r.error;
};

describe('parseDeclaredArea', () => {
  it('when a hectare cell has a decimal comma "1,41", then it is 1.41 ha = 21.15 亩, not 141', () => {
    expect(mu('1,41', 'ha')).toBeCloseTo(21.15, 9);
    expect(mu(' 0,5 公顷', 'ha')).toBeCloseTo(7.5, 9);
  });

  it('when thousands are grouped with commas or dots, then the grouping is dropped', () => {
    expect(mu('12,345.6', 'm2')).toBeCloseTo(12345.6 / (10000 / 15), 9);
    expect(mu('12.345,6', 'm2')).toBeCloseTo(12345.6 / (10000 / 15), 9);
    expect(mu('1,234,567', 'm2')).toBeCloseTo(1234567 / (10000 / 15), 6);
    expect(mu('30亩', 'mu')).toBe(30);
    expect(mu(20000, 'm2')).toBeCloseTo(30, 9);
  });

  it('when the cell is empty, then null; when it is text or not positive, then an error naming the value', () => {
    expect(mu('', 'mu')).toBeNull();
    expect(mu(null, 'mu')).toBeNull();
    expect(mu('约十亩', 'mu')).toMatch(/"约十亩"/);
    expect(mu('-3', 'mu')).toMatch(/not a positive number/);
    expect(mu(0, 'ha')).toMatch(/"0"/);
  });
});

describe('generatedPlotCode', () => {
  it('when two files both have an unnamed first feature, then their codes differ', () => {
    const a = generatedPlotCode(3, 'a1b2c3d4', 0);
    const b = generatedPlotCode(3, 'ffee0011', 0);
    expect(a).toBe('IMP3-A1B2C3-1');
    expect(a).not.toBe(b);
  });
});
