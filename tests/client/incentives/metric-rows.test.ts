import { describe, expect, it } from 'vitest';
import { comparePackages } from '@shared/incentives';
import { METRIC_ROWS, bestIndex, cellText, formatCell } from '@/features/incentives/model/metric-rows';
import { drafts, park, project, settings } from './fixtures';

const t = (k: string, o?: Record<string, unknown>) =>
  k === 'table.yearN' ? `Y${o?.n}` : k === 'table.never' ? 'never' : k;

describe('metric cells', () => {
  it('when money is shown, then Chinese uses 万元 below 1 亿 and 亿元 above; English the short units', () => {
    expect(formatCell(9750.4, 'wan', 'zh-CN', t)).toBe('9,750 万元');
    expect(formatCell(11_000, 'wan', 'zh-CN', t)).toBe('1.1 亿元');
    expect(formatCell(-612.6, 'wan', 'zh-CN', t)).toBe('-612.6 万元');
    expect(formatCell(11_000, 'wan', 'en', t)).toBe('1.1 yi');
    expect(formatCell(3.456, 'wanPerJob', 'en', t)).toBe('3.46 wan/job');
    expect(formatCell(0.57, 'wanPerJob', 'zh-CN', t)).toBe('0.57 万元/人');
    expect(formatCell(0.1234, 'share', 'zh-CN', t)).toBe('12.3%');
  });

  it('when the IRR is undefined, then a dash; when payback never comes, then the words for it', () => {
    const irr = METRIC_ROWS.find((r) => r.key === 'govIrr')!;
    const pay = METRIC_ROWS.find((r) => r.key === 'govPaybackYear')!;
    const [c] = comparePackages({ packages: [drafts[0]], project, settings });
    expect(cellText(irr, { ...c, metrics: { ...c.metrics, govIrr: null } }, 'zh-CN', t)).toBe('—');
    expect(cellText(pay, { ...c, metrics: { ...c.metrics, govPaybackYear: null } }, 'zh-CN', t)).toBe('never');
    expect(cellText(pay, { ...c, metrics: { ...c.metrics, govPaybackYear: 4 } }, 'zh-CN', t)).toBe('Y4');
  });

  it(
    'when rows are read from a real comparison, then they carry its ' +
      'numbers, and the slider rows follow the delivered share',
    () => {
      const full = comparePackages({ packages: drafts, project, settings, park, deliveredShare: 1 });
      const half = comparePackages({ packages: drafts, project, settings, park, deliveredShare: 0.5 });
      const npv = METRIC_ROWS.find((r) => r.key === 'govNpvWan')!;
      const withClaw = METRIC_ROWS.find((r) => r.key === 'npvClawback')!;
      expect(npv.get(full[0])).toBe(full[0].metrics.govNpvWan);
      expect(withClaw.get(half[3])).toBe(half[3].delivery.govNpvWithClawbackWan);
      expect(withClaw.get(half[3])!).toBeLessThan(withClaw.get(full[3])!);
    },
  );

  it(
    'when the best package of a row is marked, then it is the highest NPV ' + 'or the lowest cost, and ties mark none',
    () => {
      const comps = comparePackages({ packages: drafts, project, settings, park });
      const npv = METRIC_ROWS.find((r) => r.key === 'govNpvWan')!;
      const cost = METRIC_ROWS.find((r) => r.key === 'incentivePvWan')!;
      const npvs = comps.map((c) => c.metrics.govNpvWan);
      const costs = comps.map((c) => c.metrics.incentivePvWan);
      expect(bestIndex(npv, comps)).toBe(npvs.indexOf(Math.max(...npvs)));
      expect(bestIndex(cost, comps)).toBe(costs.indexOf(Math.min(...costs)));
      expect(bestIndex(npv, [comps[0], comps[0]])).toBe(-1);
    },
  );
});
