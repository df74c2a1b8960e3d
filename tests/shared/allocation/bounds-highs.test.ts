import { readFileSync } from 'node:fs';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { buildMilp, toCplexLp, type MilpProblem } from '../../../shared/allocation/milp';
import { buildModel } from '../../../shared/allocation/model';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { EXACT_FIRST_PAIRS, solveScenario } from '../../../shared/allocation/solve';
import { verifyPlacements } from '../../../shared/allocation/verify';

const clock = () => performance.now();
const read = (rel: string) => {
  const raw = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { scenario?: unknown };
  return parseScenarioFile(raw.scenario ?? raw);
};
const relaxed = (pb: MilpProblem): MilpProblem => ({
  rows: pb.rows,
  vars: pb.vars.map((v) => ({ ...v, integer: false })),
});
// County files: demo county fixtures and the exported demo county (the LP bound is weak on all of them).
const FILES = [
  '../../fixtures/allocation/demo-county4.json',
  '../../fixtures/allocation/random-small-1.json',
  '../../fixtures/allocation/dominant-share.json',
  '../../../docs/examples/demo-county5.json',
];

describe('reported bounds against HiGHS on county files', () => {
  for (const rel of FILES)
    it(
      `when ${rel.split('/').pop()} is solved, then it is proven optimal first, ` +
        "its LP bound is HiGHS's LP relaxation, and every bound is ≥ HiGHS's optimum",
      async () => {
        const f = read(rel);
        const m = buildModel(f);
        expect(m.pairsAfter).toBeLessThanOrEqual(EXACT_FIRST_PAIRS);
        const pb = buildMilp(m).problem;
        const highs = await highsLoader();
        const h = highs.solve(toCplexLp(pb), { output_flag: false, mip_rel_gap: 0 });
        expect(h.Status).toBe('Optimal');
        const lp = highs.solve(toCplexLp(relaxed(pb)), { output_flag: false });
        const opt = h.ObjectiveValue;
        const tol = 1e-6 * Math.max(1, Math.abs(opt));
        const r = solveScenario(f, { clock, timeLimitMs: 20_000, seed: 5 });
        expect(r.status).toBe('optimal');
        expect(r.gap).toBe(0);
        expect(r.objective).toBeCloseTo(opt, 4);
        // The whole model went to the branch-and-bound before the Lagrangian stage.
        expect(r.stats.exact?.scope).toBe('full');
        expect(r.stats.stages.findIndex((s) => s.name === 'exact')).toBeLessThan(
          r.stats.stages.findIndex((s) => s.name === 'bound'),
        );
        // Its root LP is the LP relaxation of the exported model, a valid bound, and the shown bound is the lowest.
        expect(r.stats.lpBound).not.toBeNull();
        expect(r.stats.lpBound!).toBeCloseTo(lp.ObjectiveValue, 3);
        for (const b of [r.bound, r.stats.lpBound!, r.stats.lagrangianBound])
          expect(b).toBeGreaterThanOrEqual(opt - tol);
        expect(r.bound).toBeLessThanOrEqual(Math.min(r.stats.lpBound!, r.stats.lagrangianBound) + tol);
        expect(verifyPlacements(f, r.allocations, r.objective).ok).toBe(true);
      },
    );

  it(
    'when the generated county (LP bound 30% above the optimum) gets the ' +
      'default budget, then the cover cuts let the branch-and-bound prove ' +
      'its optimum',
    async () => {
      const f = read('../../../docs/examples/generated-county.json');
      const r = solveScenario(f, { clock, timeLimitMs: 30_000, seed: 1, explain: false });
      expect(r.status).toBe('optimal');
      expect(r.gap).toBe(0);
      // The optimum confirmed by HiGHS (docs/scenario-file.md).
      expect(r.objective).toBeCloseTo(13153.75, 1);
      expect(r.stats.exact?.cuts).toBeGreaterThan(0);
    },
  );

  it(
    'when the budget is too tight for a proof (generated county, 1.5 s), ' +
      'then the bounds stay above the optimum and above every verified plan',
    async () => {
      const f = read('../../../docs/examples/generated-county.json');
      const pb = buildMilp(buildModel(f)).problem;
      const highs = await highsLoader();
      const h = highs.solve(toCplexLp(pb), { output_flag: false, mip_rel_gap: 0 });
      expect(h.Status).toBe('Optimal');
      const opt = h.ObjectiveValue;
      const tol = 1e-6 * Math.max(1, Math.abs(opt));
      for (const seed of [1, 2]) {
        const r = solveScenario(f, { clock, timeLimitMs: 1_500, seed, explain: false });
        expect(r.verified).toBe(true);
        expect(r.objective).toBeLessThanOrEqual(opt + tol);
        expect(r.bound).toBeGreaterThanOrEqual(opt - tol);
        expect(r.bound).toBeGreaterThanOrEqual(r.objective - tol);
        if (r.stats.lpBound !== null && r.stats.lpBound !== undefined) {
          expect(r.stats.lpBound).toBeGreaterThanOrEqual(opt - tol);
          expect(r.bound).toBeLessThanOrEqual(r.stats.lpBound + tol);
        }
        expect(r.bound).toBeLessThanOrEqual(r.stats.lagrangianBound + tol);
      }
    },
  );
});
