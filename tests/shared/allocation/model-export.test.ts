import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { jsLpSolverEngine } from '../../../shared/allocation/engines/jslp';
import { buildMilp, toCplexLp } from '../../../shared/allocation/milp';
import { buildModel } from '../../../shared/allocation/model';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { taxPv } from '../../../shared/allocation/value';
import { DEFAULT_LEVERS } from '../../../shared/schemas/scenario-file';
import { generateScenario } from '../../bench/solver/generate';
import { bruteForce } from '../../fixtures/allocation/brute-force';
import { plot, project, scenario } from '../../fixtures/allocation/build';

const SEED = 6;

describe('model, LP export and exact engine', () => {
  it('discounts retained tax with ramp-up and readiness delay', () => {
    const p = project(1, { taxWan: 1000, vatShare: 0.6, rampUpYears: 2 });
    const j = { id: 1, retainedShareVat: 0.5, retainedShareCit: 0.8, quotas: [] };
    const lv = { ...DEFAULT_LEVERS, horizonYears: 3, discountRate: 0.1 };
    const yearly = 1000 * (0.6 * 0.5 * 0.5 + 0.4 * 0.4 * 0.8); // 278 万元 retained per year at full production
    expect(taxPv(p, j, lv, 0)).toBeCloseTo(yearly * (0.5 / 1.1 + 1 / 1.1 ** 2 + 1 / 1.1 ** 3), 9);
    expect(taxPv(p, j, lv, 1)).toBeCloseTo(yearly * (0.5 / 1.1 ** 2 + 1 / 1.1 ** 3), 9);
  });

  it('pre-filters exactly: land use, size, park minimums and dominated packages shrink the pairs', () => {
    const f = parseScenarioFile(
      scenario({
        sites: [plot('plot:1', 1, 100, { landUse: 'M1' }), plot('plot:2', 1, 30, { landUse: 'M3' })],
        projects: [
          project(1, { pollutionClass: 'M3', landNeedMu: 20 }),
          project(2, {
            landNeedMu: 50,
            packages: [
              { id: 21, pvCostWan: 100, equityWan: 0, incentivePvWan: 100, appliesTo: 'both' },
              { id: 22, pvCostWan: 150, equityWan: 10, incentivePvWan: 100, appliesTo: 'both' },
            ],
          }),
        ],
      }),
    );
    const m = buildModel(f);
    expect(m.pairsBefore).toBe(2 * 1 + 2 * 2);
    // Project 1 (M3) fits only plot:2; project 2 (50 亩) only plot:1, and package 22 is dominated by 21.
    expect(m.pairsAfter).toBe(2);
    expect(m.projects[0].diag.land_use).toBe(1);
    expect(m.projects[1].diag.size).toBe(2);
    expect(m.projects[1].diag.dominated_package).toBe(1);
  });

  it('exports an LP that HiGHS solves to the brute-force optimum, and the engine matches it', async () => {
    const f = parseScenarioFile(
      generateScenario({ parks: 2, sites: 5, projects: 5 }, 3, { packagesMax: 3, budgetTightness: 0.5 }),
    );
    const lp = toCplexLp(buildMilp(buildModel(f)).problem);
    expect(lp).toMatch(/^\\ ParkPlan allocation\nMaximize\n obj:/);
    expect(lp).toContain('Binaries');
    const highs = await highsLoader();
    const h = highs.solve(lp, { output_flag: false, mip_rel_gap: 0 });
    const bf = bruteForce(f)!;
    expect(h.Status).toBe('Optimal');
    expect(h.ObjectiveValue).toBeCloseTo(bf.objective, 4);
    expect(solveScenario(f).objective).toBeCloseTo(bf.objective, 4);
  });

  it(
    'when reduced-cost fixing leaves a small model, then ' + 'javascript-lp-solver proves the optimum (status optimal)',
    () => {
      const f = parseScenarioFile(
        generateScenario({ parks: 2, sites: 6, projects: 6 }, SEED, { budgetTightness: 0.4 }),
      );
      const bf = bruteForce(f)!;
      const r = solveScenario(f, { seed: 2 });
      expect(r.objective).toBeCloseTo(bf.objective, 4);
      expect(r.status).toBe('optimal');
      expect(r.gap).toBe(0);
    },
  );

  it('the jsLPSolver adapter solves a small MILP and reports integral values', () => {
    // max 5a + 4b + 3c st 2a + 3b + c ≤ 5, 4a + b + 2c ≤ 11, a + b + c ≤ 2 (binary) → a = b = 1, value 9.
    // No row caps a single variable at 1 here, so the adapter must add the bounds (ints are general).
    const v = (name: string, obj: number) => ({ name, obj, integer: true, upper: 1 });
    const res = jsLpSolverEngine.solve(
      {
        vars: [v('a', 5), v('b', 4), v('c', 3)],
        rows: [
          { name: 'r1', vars: [0, 1, 2], coefs: [2, 3, 1], lo: null, hi: 5 },
          { name: 'r2', vars: [0, 1, 2], coefs: [4, 1, 2], lo: null, hi: 11 },
          { name: 'r3', vars: [0, 1, 2], coefs: [1, 1, 1], lo: null, hi: 2 },
        ],
      },
      { timeLimitMs: 5000, clock: () => performance.now() },
    );
    expect(res.status).toBe('optimal');
    expect(res.objective).toBeCloseTo(9, 9);
    expect(Array.from(res.values!).map(Math.round)).toEqual([1, 1, 0]);
  });

  it('rejects an invalid file with a message naming the field', () => {
    const bad = generateScenario({ parks: 1, sites: 2, projects: 2 }, 1) as unknown as { sites: { landUse: string }[] };
    bad.sites[1].landUse = 'M9';
    expect(() => parseScenarioFile(bad)).toThrow(/sites\.1\.landUse/);
    const dup = generateScenario({ parks: 1, sites: 2, projects: 2 }, 1);
    dup.sites[1].id = dup.sites[0].id;
    expect(() => parseScenarioFile(dup)).toThrow(/sites\.1\.id: duplicate id/);
  });
});
