import { describe, expect, it } from 'vitest';
import {
  gradeEntries,
  gradeEnterprises,
  gradeForRank,
  computeBenchmarks,
  DEFAULT_EFFICIENCY_SETTINGS,
  type EvaluationEntry,
} from '../../../shared/efficiency';
import type { Enterprise, EnterpriseYear } from '../../../shared/types/enterprise';

const yr = (p: Partial<EnterpriseYear>): EnterpriseYear => ({
  year: 2025,
  taxWan: 0,
  valueAddedWan: 0,
  revenueWan: 0,
  energyTce: 0,
  emissionsT: 0,
  rdSpendWan: 0,
  employees: 0,
  ...p,
});
// Firm A: 10 亩, tax 150, VA 600, 60 staff, 300 tce, 3 t, R&D 100 of revenue 4,000.
const A: EvaluationEntry = {
  id: 1,
  jurisdictionId: 7,
  isSmall: false,
  landMu: 10,
  year: yr({
    taxWan: 150,
    valueAddedWan: 600,
    employees: 60,
    energyTce: 300,
    emissionsT: 3,
    rdSpendWan: 100,
    revenueWan: 4000,
  }),
};
// Firm B: 30 亩, tax 150, VA 600, 140 staff, 900 tce, 17 t, R&D 20 of revenue 6,000.
const B: EvaluationEntry = {
  id: 2,
  jurisdictionId: 7,
  isSmall: false,
  landMu: 30,
  year: yr({
    taxWan: 150,
    valueAddedWan: 600,
    employees: 140,
    energyTce: 900,
    emissionsT: 17,
    rdSpendWan: 20,
    revenueWan: 6000,
  }),
};

describe('benchmarks (county aggregate ratios)', () => {
  it('when A and B form the county, then benchmarks are Σ÷Σ', () => {
    const b = computeBenchmarks([A, B], 8130);
    expect(b.taxPerMu).toBeCloseTo(7.5, 9); // 300 / 40
    expect(b.valueAddedPerMu).toBeCloseTo(30, 9); // 1200 / 40
    expect(b.labourProductivity).toBeCloseTo(6, 9); // 1200 / 200
    expect(b.valueAddedPerEnergy).toBeCloseTo(1, 9); // 1200 / 1200
    expect(b.valueAddedPerEmissions).toBeCloseTo(60, 9); // 1200 / 20
    expect(b.rdShare).toBeCloseTo(0.012, 9); // 120 / 10000
  });
});

describe('gradeEntries: weighted score 30/20/20/10/10/10', () => {
  it('when scoring A and B against their county, then the hand-worked scores come out', () => {
    const r = gradeEntries([A, B]);
    // A ratios: tax/mu 15/7.5 = 2; VA/mu 60/30 = 2; labour 10/6 = 1.6667; VA/tce 2/1 = 2;
    //   VA/t 200/60 = 3.333 → capped at 3; R&D 0.025/0.012 = 2.0833.
    //   score = 2·30 + 2·20 + 1.6667·20 + 2·10 + 3·10 + 2.0833·10 = 60 + 40 + 33.333 + 20 + 30 + 20.833 = 204.167
    expect(r.get(1)!.score).toBeCloseTo(204.1667, 3);
    // B ratios: 5/7.5 = 0.6667; 20/30 = 0.6667; 4.2857/6 = 0.71429; 0.6667/1 = 0.6667;
    //   35.294/60 = 0.58824; 0.003333/0.012 = 0.27778.
    //   score = 20 + 13.333 + 14.286 + 6.667 + 5.882 + 2.778 = 62.946
    expect(r.get(2)!.score).toBeCloseTo(62.946, 2);
    expect(r.get(1)!.indicators.taxPerMu).toBe(15);
    // Two firms: A is rank 1 (0 ahead < 20 % of 2 = 0.4) → A; B has 1 ahead (< 60 % of 2 = 1.2) → B.
    expect([r.get(1)!.grade, r.get(2)!.grade]).toEqual(['A', 'B']);
    expect(r.get(2)!.rank).toBe(2);
  });

  it('when a firm is at every benchmark, then it scores 100 (the sum of the weights)', () => {
    const avg: EvaluationEntry = {
      id: 3,
      jurisdictionId: 7,
      isSmall: false,
      landMu: 40,
      year: yr({
        taxWan: 300,
        valueAddedWan: 1200,
        employees: 200,
        energyTce: 1200,
        emissionsT: 20,
        rdSpendWan: 120,
        revenueWan: 10000,
      }),
    };
    // benchmarks of the county {A, B, avg} = Σ÷Σ = the same as {A, B}, and avg sits exactly on them.
    expect(gradeEntries([A, B, avg]).get(3)!.score).toBeCloseTo(100, 9);
  });

  it('when a small firm is scored, then only tax per mu and tax per kWh count, against small firms only', () => {
    // S alone in its class: its own benchmarks, every ratio 1 → 50 + 50 = 100, whatever A and B do
    // (measured against the county's large firms it would have scored 74.194).
    const S: EvaluationEntry = {
      id: 4,
      jurisdictionId: 7,
      isSmall: true,
      landMu: 2,
      year: yr({ taxWan: 10, energyTce: 50, valueAddedWan: 40, revenueWan: 300, employees: 8 }),
    };
    const r = gradeEntries([A, B, S]);
    expect(r.get(4)!.score).toBeCloseTo(100, 9);
    expect(r.get(4)!.small).toBe(true);
    expect(r.get(4)!.groupSize).toBe(1);
    expect(r.get(4)!.grade).toBe('A');
    // The large firms' benchmarks leave S out: tax per mu 300 ÷ 40 亩 = 7.5.
    expect(r.get(1)!.benchmarks.taxPerMu).toBeCloseTo(7.5, 9);
  });

  it('when firms sit in different counties, then each is benchmarked on its own county', () => {
    const far = { ...B, id: 9, jurisdictionId: 8 };
    const r = gradeEntries([A, B, far]);
    // Alone in county 8, B's twin is its own benchmark: every ratio 1 → 100.
    expect(r.get(9)!.score).toBeCloseTo(100, 9);
    expect(r.get(2)!.score).toBeCloseTo(62.946, 2);
    expect(gradeEntries([A, B, far], { groupBy: 'all' }).get(9)!.score).not.toBeCloseTo(100, 0);
  });

  it('when a firm has no land, then it is not graded; zero energy earns the cap, not infinity', () => {
    const noLand = { ...A, id: 5, landMu: 0 };
    const clean = { ...A, id: 6, year: { ...A.year, energyTce: 0, emissionsT: 0 } };
    const r = gradeEntries([A, B, noLand, clean]);
    expect(r.has(5)).toBe(false);
    expect(Number.isFinite(r.get(6)!.score)).toBe(true);
  });

  it('when given benchmarks, then they replace the computed county average', () => {
    const r = gradeEntries([A, B], {}, { taxPerMu: 15 });
    // A's tax ratio becomes 15/15 = 1: score drops by (2 − 1) × 30 = 30 → 174.167
    expect(r.get(1)!.score).toBeCloseTo(174.1667, 3);
  });
});

describe('gradeForRank: A top 20 %, B next 40 %, C next 35 %, D bottom 5 %', () => {
  it('when 20 firms are ranked, then 4 A, 8 B, 7 C, 1 D', () => {
    const grades = Array.from({ length: 20 }, (_, i) => gradeForRank(i + 1, 20, DEFAULT_EFFICIENCY_SETTINGS.cutoffs));
    expect(grades.join('')).toBe('AAAABBBBBBBBCCCCCCCD');
  });
  it(
    'when 10 firms are ranked, then 2 A, 4 B, 3 C and the last D (5 % of ' +
      '10 is half a firm; groups of ≥ 5 get one)',
    () => {
      const c = DEFAULT_EFFICIENCY_SETTINGS.cutoffs;
      const grades = Array.from({ length: 10 }, (_, i) => gradeForRank(i + 1, 10, c, 5));
      expect(grades.join('')).toBe('AABBBBCCCD');
      // Without the minimum (the county's choice: 0), 5 % of 10 rounds to no D.
      expect(Array.from({ length: 10 }, (_, i) => gradeForRank(i + 1, 10, c, 0)).join('')).toBe('AABBBBCCCC');
    },
  );
  it('when cut-offs are changed in settings, then grades follow', () => {
    const c = { A: 0.5, B: 0.5, C: 0, D: 0 };
    expect([1, 2, 3, 4].map((r) => gradeForRank(r, 4, c)).join('')).toBe('AABB');
  });
  it('when two firms tie on the A/B boundary, then both get A, whatever their ids or order', () => {
    const mk = (id: number, tax: number): EvaluationEntry => ({ ...B, id, year: { ...B.year, taxWan: tax } });
    const pop = [
      mk(1, 500),
      mk(2, 100),
      mk(3, 100),
      mk(4, 90),
      mk(5, 80),
      mk(6, 70),
      mk(7, 60),
      mk(8, 50),
      mk(9, 40),
      mk(10, 30),
    ];
    const r1 = gradeEntries(pop);
    const r2 = gradeEntries([...pop].reverse().map((e) => ({ ...e, id: e.id + 100 })));
    // ids 2 and 3 tie at rank 2 (1 ahead < 2): both A.
    expect([r1.get(2)!.grade, r1.get(3)!.grade, r1.get(4)!.grade]).toEqual(['A', 'A', 'B']);
    expect(r2.get(103)!.grade).toBe('A');
  });
});

describe('gradeEnterprises', () => {
  it('when enterprises have several years, then the latest is evaluated with the land given', () => {
    const ent = (id: number, years: EnterpriseYear[]): Enterprise => ({
      id,
      name: `e${id}`,
      nameEn: '',
      industryId: 1,
      chainLinkId: null,
      jurisdictionId: 7,
      isSmall: false,
      figures: years,
      version: 1,
    });
    const es = [ent(1, [yr({ year: 2024, taxWan: 1 }), A.year]), ent(2, [B.year]), ent(3, [B.year])];
    const r = gradeEnterprises(
      es,
      new Map([
        [1, 10],
        [2, 30],
      ]),
    );
    expect(r.get(1)!.score).toBeCloseTo(204.1667, 3);
    expect(r.has(3)).toBe(false); // no land known
    expect(
      gradeEnterprises(
        es,
        new Map([
          [1, 10],
          [2, 30],
        ]),
        {},
        2024,
      ).get(1)!.indicators.taxPerMu,
    ).toBeCloseTo(0.1, 9);
  });
});
