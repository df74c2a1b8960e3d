import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { branchAndBound } from '../../../shared/allocation/engines/bnb';
import { buildMilp, toCplexLp } from '../../../shared/allocation/milp';
import { buildModel } from '../../../shared/allocation/model';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { generateScenario } from '../../bench/solver/generate';

const clock = () => performance.now();
// Small generated files, several seeds, budgets that bind (quota penalties included in the MILP).
const CASES = [
  { size: { parks: 2, sites: 12, projects: 8 }, seed: 21 },
  { size: { parks: 2, sites: 15, projects: 10 }, seed: 22 },
  { size: { parks: 3, sites: 20, projects: 12 }, seed: 23 },
];

describe('own branch-and-bound against HiGHS on the exported MILP', () => {
  for (const { size, seed } of CASES)
    it(
      `when the file is ${size.parks}/${size.sites}/${size.projects}` +
        ` (seed ${seed}), then the B&B optimum equals HiGHS's, ` +
        "its root LP bound and the engine's bound are not below it",
      async () => {
        const f = parseScenarioFile(generateScenario(size, seed, { budgetTightness: 0.4 }));
        const pb = buildMilp(buildModel(f)).problem;
        const highs = await highsLoader();
        const h = highs.solve(toCplexLp(pb), { output_flag: false, mip_rel_gap: 0 });
        expect(h.Status).toBe('Optimal');
        const opt = h.ObjectiveValue;
        const tol = 1e-6 * Math.max(1, Math.abs(opt));
        const b = branchAndBound(pb, { timeLimitMs: 60_000, clock });
        expect(b.status).toBe('optimal');
        expect(b.objective!).toBeCloseTo(opt, 4);
        expect(b.rootBound).toBeGreaterThanOrEqual(opt - tol);
        // Every binary of the answer is integral (the node answers are never accepted fractional).
        pb.vars.forEach((v, i) => {
          if (v.integer) expect(Math.abs(b.values![i] - Math.round(b.values![i]))).toBeLessThan(1e-9);
        });
        const r = solveScenario(f, { clock, timeLimitMs: 10_000, seed: 3 });
        expect(r.bound).toBeGreaterThanOrEqual(opt - tol);
        expect(r.objective).toBeCloseTo(opt, 4);
        expect(r.status).toBe('optimal');
      },
    );

  it(
    'when a cutoff at the optimum is given, then nothing beats it and the ' + 'status is infeasible (incumbent proven)',
    async () => {
      const f = parseScenarioFile(generateScenario({ parks: 2, sites: 12, projects: 8 }, 21, { budgetTightness: 0.4 }));
      const pb = buildMilp(buildModel(f)).problem;
      const full = branchAndBound(pb, { timeLimitMs: 60_000, clock });
      const cut = branchAndBound(pb, { timeLimitMs: 60_000, clock, cutoff: full.objective! });
      expect(cut.status).toBe('infeasible');
      expect(cut.values).toBeNull();
      expect(cut.nodes).toBeLessThanOrEqual(full.nodes);
    },
  );
});
