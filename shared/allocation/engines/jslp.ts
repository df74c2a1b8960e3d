import solver from 'javascript-lp-solver';
import type { MilpEngine, MilpProblem, MilpResult } from '../milp';

/**
 * javascript-lp-solver 1.0.3 adapter. Learnt the hard way: its tableau is dense and copied per
 * branch-and-bound node, so only small models belong here; 0/1 variables go in `ints` (the
 * one-per-project row already bounds them; `binaries` would add a row each); rows are scaled by
 * their largest coefficient; nodeSelection and branching are set explicitly because its defaults
 * apply only when one of them is given; its timeout is checked only between nodes and it may return
 * a fractional answer marked feasible, so callers verify everything it returns.
 */
export const jsLpSolverEngine: MilpEngine = {
  name: 'javascript-lp-solver',
  solve(pb: MilpProblem, o: { timeLimitMs: number; clock: () => number }): MilpResult {
    const t0 = o.clock();
    const variables: Record<string, Record<string, number>> = {};
    const ints: Record<string, 1> = {};
    const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
    // `ints` are general integers: a 0/1 variable needs no extra row only when some row of
    // non-negative coefficients already caps it at 1 (ParkPlan's one-per-project rows do).
    const capped = new Set<number>();
    for (const r of pb.rows) {
      if (r.hi === null || r.coefs.some((c) => c < 0)) continue;
      r.vars.forEach((k, j) => {
        if (r.coefs[j] > 0 && r.hi! / r.coefs[j] <= 1 + 1e-12) capped.add(k);
      });
    }
    pb.vars.forEach((v, i) => {
      variables[`v${i}`] = { __obj: v.obj };
      if (v.integer) ints[`v${i}`] = 1;
      if (v.upper !== null && !(v.integer && v.upper === 1 && capped.has(i))) {
        variables[`v${i}`][`ub${i}`] = 1;
        constraints[`ub${i}`] = { max: v.upper };
      }
    });
    pb.rows.forEach((r, ri) => {
      const scale = Math.max(1e-12, ...r.coefs.map(Math.abs));
      const name = `r${ri}`;
      r.vars.forEach((k, j) => {
        variables[`v${k}`][name] = r.coefs[j] / scale;
      });
      if (r.lo !== null && r.hi !== null && r.lo === r.hi) constraints[name] = { equal: r.lo / scale };
      else
        constraints[name] = {
          ...(r.lo !== null ? { min: r.lo / scale } : {}),
          ...(r.hi !== null ? { max: r.hi / scale } : {}),
        };
    });
    const model = {
      optimize: '__obj',
      opType: 'max' as const,
      constraints,
      variables,
      ints,
      options: {
        timeout: Math.max(1, Math.floor(o.timeLimitMs)),
        nodeSelection: 'best-first' as const,
        branching: 'most-fractional' as const,
        tolerance: 0,
      },
    };
    const res = solver.Solve(model) as Record<string, number | boolean | undefined>;
    const ms = o.clock() - t0;
    const timedOut = ms >= o.timeLimitMs * 0.95;
    if (!res.feasible)
      return { status: timedOut ? 'unknown' : 'infeasible', values: null, objective: null, timedOut, ms };
    const values = Float64Array.from(pb.vars, (_v, i) => Number(res[`v${i}`] ?? 0));
    return { status: timedOut ? 'unknown' : 'optimal', values, objective: Number(res.result), timedOut, ms };
  },
};
