import type { Lagrangian } from './lagrangian';
import { buildMilp, type MilpEngine, type XVar } from './milp';
import { slotSites, type Model } from './model';
import { State } from './state';
import type { BnbResult } from './engines/bnb';

/**
 * Exact stage. Without a Lagrangian (small models, before the bound stage) the whole model goes to
 * the branch-and-bound. With one, Lagrangian reduced-cost fixing: a pair whose bound with it forced to 1,
 * L(u) − r*_p + r_p(pair), is below the incumbent cannot be in any better plan, so it is dropped.
 * When few pairs survive, the restricted MILP is solved exactly; its optimum (or the incumbent) is
 * then the proven optimum of the full model. The engine's answer is checked for integrality and
 * replayed through the feasibility bookkeeping before it is trusted.
 */
export interface ExactInfo {
  columns: number;
  rows: number;
  ms: number;
  status: string;
  /** Upper bound on the full model from the restricted branch-and-bound (when the engine gives one). */
  bound?: number;
  nodes?: number;
  /** LP relaxation of the model solved (the whole model, or the one left by reduced-cost fixing). */
  rootBound?: number;
  /** The root LP after the cover-cut rounds (same floor as rootBound), and how many cuts it took. */
  cutBound?: number;
  cuts?: number;
  scope?: 'full' | 'restricted';
}

export function exactStage(
  m: Model,
  best: State,
  lag: Lagrangian | null,
  engine: MilpEngine,
  o: { maxColumns: number; timeLimitMs: number; clock: () => number; maxNodes?: number },
): { state: State | null; proven: boolean; info: ExactInfo } {
  // An incumbent missing must-place projects is no plan: it is neither a cutoff nor a floor of the bound.
  const feasible = !best.mustMissing().length;
  if (!lag) return solveRestricted(m, feasible ? best.objective() : -Infinity, engine, o, 'full');
  const pr = lag.bestPrices!;
  const { L } = lag.evaluate(pr);
  const lb = best.objective();
  const tol = 1e-7 * Math.max(1, Math.abs(lb));
  const reduced = (v: XVar) => {
    const pj = m.projects[v.p],
      sl = pj.slots[v.slot],
      c = sl.choices[v.choice];
    let qb = 0;
    for (const q of pj.quotas) qb += pr.quota[q];
    return (
      qb +
      c.value -
      sl.need * pr.site[v.site] +
      pr.park[sl.park] * sl.shareCoef -
      pr.equity * c.equity -
      pr.incentive * c.incentive
    );
  };
  const keep = (v: XVar) => L - lag.picks[v.p].reduced + reduced(v) >= lb - tol;
  let columns = 0;
  outer: for (let p = 0; p < m.projects.length; p++) {
    const pj = m.projects[p];
    for (let si = 0; si < pj.slots.length; si++) {
      const sites = slotSites(m, pj.slots[si]);
      for (let i = 0; i < sites.length; i++)
        for (let ci = 0; ci < pj.slots[si].choices.length; ci++) {
          if (keep({ p, slot: si, choice: ci, site: sites[i] }) && ++columns > o.maxColumns) break outer;
        }
    }
  }
  if (columns > o.maxColumns)
    return {
      state: null,
      proven: false,
      info: { columns, rows: 0, ms: 0, status: 'skipped: too many columns after reduced-cost fixing' },
    };
  return solveRestricted(m, lb, engine, o, 'restricted', keep);
}

/** Branch-and-bound of the model (restricted to `keep`), the incumbent `lb` as cutoff; every answer checked. */
function solveRestricted(
  m: Model,
  lb: number,
  engine: MilpEngine,
  o: { timeLimitMs: number; clock: () => number; maxNodes?: number },
  scope: 'full' | 'restricted',
  keep?: (v: XVar) => boolean,
): { state: State | null; proven: boolean; info: ExactInfo } {
  const { problem, x } = buildMilp(m, keep);
  if (!x.length && Number.isFinite(lb))
    return {
      state: null,
      proven: true,
      info: { columns: 0, rows: problem.rows.length, ms: 0, status: 'optimal (nothing can beat the incumbent)' },
    };
  const res = engine.solve(problem, {
    timeLimitMs: o.timeLimitMs,
    clock: o.clock,
    ...(Number.isFinite(lb) ? { cutoff: lb } : {}),
    ...(o.maxNodes !== undefined ? { maxNodes: o.maxNodes } : {}),
  });
  // Pairs fixed away cannot beat lb, so max(lb, bound of the restricted model) bounds the full model
  // (the same holds for its LP relaxation); lb is −∞ when there is no incumbent to trust.
  const bb = res as Partial<BnbResult>;
  const info: ExactInfo = {
    columns: x.length,
    rows: problem.rows.length,
    ms: res.ms,
    status: res.status,
    scope,
    ...(bb.bound !== undefined ? { bound: Math.max(lb, bb.bound), nodes: bb.nodes } : {}),
    ...(bb.rootBound !== undefined ? { rootBound: Math.max(lb, bb.rootBound) } : {}),
    ...(bb.cutBound !== undefined ? { cutBound: Math.max(lb, bb.cutBound), cuts: bb.cuts } : {}),
  };
  // With the incumbent as cutoff, 'infeasible' means no plan beats it: the incumbent is the optimum.
  if (!res.values)
    return res.status === 'infeasible' && Number.isFinite(lb)
      ? { state: null, proven: true, info: { ...info, status: 'optimal' } }
      : { state: null, proven: false, info };
  const st = new State(m);
  const chosen: XVar[] = [];
  for (let k = 0; k < x.length; k++) {
    const val = res.values[k];
    if (Math.abs(val - Math.round(val)) > 1e-6)
      return { state: null, proven: false, info: { ...info, status: 'rejected: fractional answer' } };
    if (Math.round(val) === 1) chosen.push(x[k]);
  }
  // Replayed share-giving placements first: a non-dominant project fits only once the dominant ones
  // of its park are in (checking them in index order rejected valid answers).
  const coef = (v: XVar) => m.projects[v.p].slots[v.slot].shareCoef;
  chosen.sort((a, b) => coef(b) - coef(a));
  for (const v of chosen) {
    if (st.slot[v.p] >= 0 || !st.fits(v.p, v.slot, v.choice, v.site))
      return { state: null, proven: false, info: { ...info, status: 'rejected: infeasible answer' } };
    st.place(v.p, v.slot, v.choice, v.site);
  }
  if (st.mustMissing().length)
    return { state: null, proven: false, info: { ...info, status: 'rejected: must-place project missing' } };
  return { state: st, proven: res.status === 'optimal' && !res.timedOut, info };
}
