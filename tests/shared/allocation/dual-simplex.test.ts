import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { branchAndBound, solveLp } from '../../../shared/allocation/engines/bnb';
import { groupsOf, separateCovers } from '../../../shared/allocation/engines/covers';
import { dualSimplex, type DualLp } from '../../../shared/allocation/engines/dual-simplex';
import { buildMilp, toCplexLp, type MilpProblem } from '../../../shared/allocation/milp';
import { buildModel } from '../../../shared/allocation/model';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { makeRng } from '../../../shared/allocation/rng';
import { generateScenario } from '../../bench/solver/generate';

const CASES = [
  { size: { parks: 2, sites: 15, projects: 10 }, seed: 31 },
  { size: { parks: 3, sites: 30, projects: 16 }, seed: 32 },
  { size: { parks: 3, sites: 40, projects: 20 }, seed: 33 },
];
const problemOf = (c: (typeof CASES)[number]): MilpProblem =>
  buildMilp(buildModel(parseScenarioFile(generateScenario(c.size, c.seed, { budgetTightness: 0.4 })))).problem;
const boundsOf = (pb: MilpProblem) => ({
  lb: new Float64Array(pb.vars.length),
  ub: Float64Array.from(pb.vars, (v) => v.upper ?? Infinity),
});
const asLp = (r: ReturnType<typeof dualSimplex>): DualLp => {
  if (typeof r === 'string') throw new Error(`dual simplex: ${r}`);
  return r;
};

describe('dual simplex for the node LPs', () => {
  for (const c of CASES)
    it(
      `when the file is ${c.size.parks}/${c.size.sites}/${c.size.projects}` +
        ` (seed ${c.seed}), then its LP optimum equals HiGHS's LP relaxation and javascript-lp-solver's`,
      async () => {
        const pb = problemOf(c);
        const { lb, ub } = boundsOf(pb);
        const r = asLp(dualSimplex(pb, lb, ub));
        const relaxed = { rows: pb.rows, vars: pb.vars.map((v) => ({ ...v, integer: false })) };
        const highs = await highsLoader();
        const h = highs.solve(toCplexLp(relaxed), { output_flag: false });
        expect(h.Status).toBe('Optimal');
        const tol = 1e-6 * Math.max(1, Math.abs(h.ObjectiveValue));
        expect(Math.abs(r.objective - h.ObjectiveValue)).toBeLessThan(tol);
        expect(Math.abs(r.objective - solveLp(pb, new Int8Array(pb.vars.length).fill(-1))!.objective)).toBeLessThan(
          tol,
        );
        // Reduced costs have the optimality signs: ≤ 0 at a lower bound, ≥ 0 at an upper one.
        pb.vars.forEach((v, j) => {
          if (r.values[j] <= 1e-9 && r.values[j] < ub[j]) expect(r.reduced[j]).toBeLessThanOrEqual(1e-6);
          if (r.values[j] >= ub[j] - 1e-9 && r.values[j] > 0) expect(r.reduced[j]).toBeGreaterThanOrEqual(-1e-6);
        });
      },
    );

  it(
    'when bounds change (branching), then a start from the parent basis ' +
      'and tableau gives the cold answer, infeasible included',
    () => {
      const pb = problemOf(CASES[2]);
      const n = pb.vars.length;
      const { lb, ub } = boundsOf(pb);
      const root = asLp(dualSimplex(pb, lb, ub));
      const rng = makeRng(5);
      let infeasible = 0;
      for (let trial = 0; trial < 40; trial++) {
        const l2 = Float64Array.from(lb),
          u2 = Float64Array.from(ub);
        for (let k = 0; k < 4; k++) {
          const j = Math.floor(rng() * n);
          const v = rng() < 0.4 ? 1 : 0;
          l2[j] = v;
          u2[j] = v;
        }
        const cold = dualSimplex(pb, l2, u2);
        const warmBasis = dualSimplex(pb, l2, u2, root.basis);
        const warmTableau = dualSimplex(pb, l2, u2, root.basis, undefined, root.tableau);
        const fixed = Int8Array.from(l2, (v, j) => (v === u2[j] ? v : -1));
        const js = solveLp(pb, fixed);
        if (cold === 'infeasible') {
          infeasible++;
          expect(js).toBeNull();
          expect(warmBasis).toBe('infeasible');
          expect(warmTableau).toBe('infeasible');
          continue;
        }
        const o = asLp(cold).objective;
        const tol = 1e-6 * Math.max(1, Math.abs(o));
        expect(Math.abs(asLp(warmBasis).objective - o)).toBeLessThan(tol);
        expect(Math.abs(asLp(warmTableau).objective - o)).toBeLessThan(tol);
        expect(Math.abs(js!.objective - o)).toBeLessThan(tol);
        // The warm start is the point: it needs far fewer pivots than the cold one.
        expect(asLp(warmTableau).pivots).toBeLessThan(asLp(cold).pivots);
      }
      expect(infeasible).toBeLessThan(40);
    },
  );

  it('when cover cuts are added to the rows, then the parent tableau widened by them gives the cold answer', () => {
    const pb = problemOf(CASES[1]);
    const { lb, ub } = boundsOf(pb);
    const root = asLp(dualSimplex(pb, lb, ub));
    const cuts = separateCovers(pb, root.values, groupsOf(pb));
    expect(cuts.length).toBeGreaterThan(0);
    const withCuts = { vars: pb.vars, rows: [...pb.rows, ...cuts] };
    const cold = asLp(dualSimplex(withCuts, lb, ub));
    const warm = asLp(dualSimplex(withCuts, lb, ub, root.basis, undefined, root.tableau));
    expect(cold.objective).toBeLessThan(root.objective - 1e-6);
    expect(Math.abs(warm.objective - cold.objective)).toBeLessThan(1e-6 * Math.abs(cold.objective));
    expect(
      Math.abs(warm.objective - solveLp(withCuts, new Int8Array(pb.vars.length).fill(-1))!.objective),
    ).toBeLessThan(1e-6 * Math.abs(cold.objective));
  });

  it(
    'when the cutoff is just below the optimum, then reduced-cost fixing ' +
      'at the root fixes binaries and the optimum is still found',
    async () => {
      const pb = problemOf(CASES[1]);
      const highs = await highsLoader();
      const h = highs.solve(toCplexLp(pb), { output_flag: false, mip_rel_gap: 0 });
      expect(h.Status).toBe('Optimal');
      const opt = h.ObjectiveValue;
      const r = branchAndBound(pb, { timeLimitMs: 60_000, clock: () => performance.now(), cutoff: opt - 0.5 });
      expect(r.fixedAtRoot).toBeGreaterThan(0);
      expect(r.status).toBe('optimal');
      expect(r.objective!).toBeCloseTo(opt, 4);
      expect(r.lpFallbacks).toBe(0);
    },
  );
});
