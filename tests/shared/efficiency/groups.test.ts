import { describe, expect, it } from 'vitest';
import { gradeEntries, tenantFootprintLandMu, tenantLandMu, type EvaluationEntry } from '../../../shared/efficiency';
import type { EnterpriseYear } from '../../../shared/types/enterprise';

const yr = (p: Partial<EnterpriseYear>): EnterpriseYear => ({
  year: 2025,
  taxWan: 0,
  valueAddedWan: 100,
  revenueWan: 1000,
  energyTce: 10,
  emissionsT: 1,
  rdSpendWan: 10,
  employees: 10,
  ...p,
});
const small = (id: number, landMu: number, p: Partial<EnterpriseYear>): EvaluationEntry => ({
  id,
  jurisdictionId: 1,
  isSmall: true,
  landMu,
  year: yr(p),
});

// Small firms (规下), scored 50/50 on tax per mu and tax per kWh against their own class:
//   S1: 2 亩, tax 10, 200,000 kWh filed
//   S2: 4 亩, tax 30, no kWh filed, 40 tce → 40 × 8,130 = 325,200 kWh (rule efficiency.electricity)
//   S3: 1 亩, tax 2, 100,000 kWh filed
const S1 = small(1, 2, { taxWan: 10, electricityKwh: 200_000, energyTce: 50 });
const S2 = small(2, 4, { taxWan: 30, electricityKwh: null, energyTce: 40 });
const S3 = small(3, 1, { taxWan: 2, electricityKwh: 100_000, energyTce: 30 });
// A large firm in the same county: it must not move the small firms' benchmarks.
const L: EvaluationEntry = {
  id: 9,
  jurisdictionId: 1,
  isSmall: false,
  landMu: 100,
  year: yr({ taxWan: 2000, energyTce: 5000, revenueWan: 50000, valueAddedWan: 12000, employees: 400 }),
};

describe('亩均: a small-firm group is benchmarked within its class, electricity in kWh where filed', () => {
  it('three small firms: hand-computed scores and grades A, B, C', () => {
    // Benchmarks: tax/mu 42 ÷ 7 = 6.0; tax/kWh 42e4 ÷ 625,200 = 0.671785 元/kWh.
    // S1: 5/6 = 0.833333, 0.5/0.671785 = 0.744286 → 50 × 1.577619 = 78.881
    // S2: 7.5/6 = 1.25, (30e4/325,200 = 0.922509)/0.671785 = 1.373221 → 131.161
    // S3: 2/6 = 0.333333, 0.2/0.671785 = 0.297714 → 31.552
    // 3 firms (< 5, no forced D): rank 1 A (0 ahead < 0.6), rank 2 B (1 < 1.8), rank 3 C (2 < 2.85).
    const r = gradeEntries([S1, S2, S3, L]);
    expect(r.get(1)!.benchmarks.taxPerMu).toBeCloseTo(6, 9);
    expect(r.get(1)!.benchmarks.taxPerKwh).toBeCloseTo(0.671785, 5);
    expect(r.get(1)!.indicators.taxPerKwh).toBeCloseTo(0.5, 9);
    expect([1, 2, 3].map((id) => r.get(id)!.score)).toEqual([
      expect.closeTo(78.881, 2),
      expect.closeTo(131.161, 2),
      expect.closeTo(31.552, 2),
    ]);
    expect([1, 2, 3].map((id) => r.get(id)!.grade).join('')).toBe('BAC');
    expect(r.get(9)!.groupSize).toBe(1);
  });
});

describe('亩均: a group of 7 firms has a D (rule efficiency.minGroupForD)', () => {
  // Seven large firms alike but for tax, 10 亩 each; scores fall with tax, so ranks 1..7 follow it.
  const seven = [700, 600, 500, 400, 300, 200, 100].map((tax, i): EvaluationEntry => ({
    id: i + 1,
    jurisdictionId: 1,
    isSmall: false,
    landMu: 10,
    year: yr({ taxWan: tax }),
  }));
  it('ranks 1–7 grade A A B B B C D (A < 1.4 ahead, B < 4.2, C < min(6.65, 6), the last D)', () => {
    const r = gradeEntries(seven);
    // Tax bench 2,800 ÷ 70 = 40 万元/亩; the first firm: 70/40 × 30 + 20+20+10+10+10 = 122.5.
    expect(r.get(1)!.score).toBeCloseTo(122.5, 9);
    expect(seven.map((e) => r.get(e.id)!.grade).join('')).toBe('AABBBCD');
  });
  it('when the county turns the minimum off, then 5 % of 7 rounds to no D', () => {
    const r = gradeEntries(seven, { minGroupForD: 0 });
    expect(seven.map((e) => r.get(e.id)!.grade).join('')).toBe('AABBBCC');
  });
  it('a group of 4 (below 5) has no D', () => {
    const r = gradeEntries(seven.slice(0, 4));
    expect(
      seven
        .slice(0, 4)
        .map((e) => r.get(e.id)!.grade)
        .join(''),
    ).toBe('ABBC');
  });
});

describe(
  '亩均: a tenant of a multi-storey factory is charged its share of the ' + 'footprint (rule efficiency.tenantLand)',
  () => {
    // 4 storeys, 8,000 m² → footprint 2,000 m²; the tenant rents 1,000 m² → 1,000/8,000 × 2,000 = 250 m² = 0.375 亩.
    // On a 20-亩 plot (13,333 m²) with only this building, site FAR 0.6 would have charged 1,000/0.6 m² = 2.5 亩.
    const landMu = tenantFootprintLandMu(1000, { floorAreaM2: 8000, floors: 4 });
    it('is 0.375 亩, not 2.5', () => {
      expect(landMu).toBeCloseTo(0.375, 9);
      expect(tenantLandMu(1000, 0.6)).toBeCloseTo(2.5, 9);
    });
    it('graded with S1–S3: hand-computed score 120.989, grade B', () => {
      // T: tax 3, 40,000 kWh. Group Σ tax 45, Σ land 7.375 → 6.101695; Σ kWh 665,200 → 0.676488 元/kWh.
      // T: 8/6.101695 = 1.311111; 0.75/0.676488 = 1.108667 → 50 × 2.419778 = 120.989.
      // Others: S2 129.642, S1 77.928, S3 31.171 → ranks S2 1 (A), T 2 (B), S1 3 (B), S3 4 (C).
      const T = small(4, landMu, { taxWan: 3, electricityKwh: 40_000 });
      const r = gradeEntries([S1, S2, S3, T]);
      expect(r.get(4)!.score).toBeCloseTo(120.989, 2);
      expect([2, 4, 1, 3].map((id) => r.get(id)!.grade).join('')).toBe('ABBC');
      expect(r.get(2)!.score).toBeCloseTo(129.642, 2);
      // On 2.5 亩 (the site-FAR rule): Σ land 9.5 → 4.736842; T 1.2/4.736842 = 0.253333 → 50 × 1.362 = 68.1,
      // rank 3 of 4, behind S1 (89.733).
      const old = gradeEntries([S1, S2, S3, { ...T, landMu: 2.5 }]);
      expect(old.get(4)!.score).toBeCloseTo(68.1, 1);
      expect(old.get(4)!.rank).toBe(3);
    });
  },
);
