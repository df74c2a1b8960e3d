import { describe, expect, it } from 'vitest';
import { draftOf, sameLevers, toLevers } from '@/features/scenarios/model/levers-form';
import { DEFAULT_LEVERS } from '@shared/schemas/scenario-file';

describe('levers form', () => {
  it('when the defaults go through the form unchanged, then the same levers come back', () => {
    const r = toLevers(draftOf(DEFAULT_LEVERS));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.levers).toEqual(DEFAULT_LEVERS);
  });

  it('shows rates and shares in percent and budgets empty for "no limit"', () => {
    const d = draftOf({
      ...DEFAULT_LEVERS,
      discountRate: 0.035,
      dominantShareByPark: { '5': 0.75 },
      equityFundWan: 20000,
    });
    expect(d.discountRatePct).toBe('3.5');
    expect(d.sharePct).toEqual({ '5': '75' });
    expect(d.equityFundWan).toBe('20000');
    expect(d.incentiveBudgetWan).toBe('');
  });

  it(
    'when a user types percentages, a budget with separators and leaves a ' +
      'park share empty, then the levers are in fractions and 万元',
    () => {
      const d = draftOf(DEFAULT_LEVERS);
      const r = toLevers({
        ...d,
        discountRatePct: '4',
        sharePct: { '5': '80', '6': '' },
        incentiveBudgetWan: '12,500',
        equityFundWan: ' ',
      });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.levers.discountRate).toBeCloseTo(0.04, 12);
      expect(r.levers.dominantShareByPark).toEqual({ '5': 0.8 });
      expect(r.levers.incentiveBudgetWan).toBe(12500);
      expect(r.levers.equityFundWan).toBeNull();
    },
  );

  it('when fields are wrong, then each error is keyed by the lever it belongs to', () => {
    const d = draftOf(DEFAULT_LEVERS);
    const r = toLevers({
      ...d,
      weights: { ...d.weights, tax: '-1' },
      sharePct: { '5': '120' },
      horizonYears: 'abc',
      jobValueWan: '',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual([
      'dominantShareByPark.5',
      'horizonYears',
      'jobValueWan',
      'weights.tax',
    ]);
  });

  it('tells equal lever sets apart from changed ones, whatever the key order', () => {
    const reordered = JSON.parse(
      JSON.stringify({ ...DEFAULT_LEVERS, weights: { incentiveCost: 1, head: 1, chainFit: 1, jobs: 1, tax: 1 } }),
    );
    expect(sameLevers(DEFAULT_LEVERS, reordered)).toBe(true);
    expect(sameLevers(DEFAULT_LEVERS, { ...DEFAULT_LEVERS, horizonYears: 20 })).toBe(false);
    expect(sameLevers(DEFAULT_LEVERS, { ...DEFAULT_LEVERS, dominantShareByPark: { '3': 0.7 } })).toBe(false);
  });
});
