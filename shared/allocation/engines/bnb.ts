import solver from 'javascript-lp-solver';
import type { MilpEngine, MilpProblem, MilpResult } from '../milp';
import { groupsOf, separateCovers } from './covers';
import { dualSimplex, type Basis } from './dual-simplex';

/**
 * Branch-and-bound of our own over a MilpProblem, with javascript-lp-solver used only for LP
 * relaxations. Its LP is sound; its own branching is not (it can stop on a fractional answer and
 * call it feasible), so here every node's LP answer is checked for integrality and branched on the
 * most fractional binary when it is not integral. Fixed variables are substituted out of the node
 * LP (fixed at 0: dropped; at 1: objective constant and row bounds shifted), so the node LPs shrink
 * as the tree deepens. Best-first search; a node whose LP bound cannot beat the cutoff (the caller's
 * incumbent) or the best integral answer found is pruned. Status 'infeasible' with a cutoff means
 * "nothing beats the cutoff", which proves the caller's incumbent optimal. GUB cover cuts
 * (covers.ts) tighten the LP at the root and at every fractional node.
 */
const INT_TOL = 1e-6;

interface Node {
  bound: number;
  /** Fixings: +1 var fixed at 1, −1 at 0, indices into `fixVar`. */
  fixVar: number[];
  fixVal: number[];
  /** The parent's optimal basis: dual feasible for the child, so its LP starts from there. */
  basis?: Basis;
}

export interface LpAnswer {
  objective: number;
  values: Float64Array;
  basis?: Basis;
  reduced?: Float64Array;
}

/**
 * The last few node tableaux by their basis. Best-first search takes a node's children next (they
 * carry its bound), so they mostly start from a kept tableau instead of rebuilding it (measured on
 * S seed 11 with node cuts: the rebuild was ≈ 90% of a node's time). A tableau is 8·m·(n+m) bytes,
 * hence only a few are kept.
 */
class TableauCache {
  private map = new Map<Basis, Float64Array>();
  constructor(private readonly size = 6) {}
  get(b?: Basis) {
    return b ? this.map.get(b) : undefined;
  }
  put(b: Basis, t: Float64Array) {
    this.map.set(b, t);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
}

/** Node LP: the warm-started dual simplex, javascript-lp-solver when it reports numerical doubt. */
export function nodeLp(
  pb: MilpProblem,
  fixed: Int8Array,
  basis?: Basis,
  count?: { fallbacks: number },
  cache?: TableauCache,
): LpAnswer | null {
  const lb = new Float64Array(fixed.length),
    ub = new Float64Array(fixed.length);
  pb.vars.forEach((v, i) => {
    lb[i] = fixed[i] === 1 ? 1 : 0;
    ub[i] = fixed[i] >= 0 ? fixed[i] : (v.upper ?? Infinity);
  });
  const r = dualSimplex(pb, lb, ub, basis, undefined, cache?.get(basis));
  if (r === 'infeasible') return null;
  if (r !== 'failed') {
    cache?.put(r.basis, r.tableau);
    return { objective: r.objective, values: r.values, basis: r.basis, reduced: r.reduced };
  }
  if (count) count.fallbacks++;
  return solveLp(pb, fixed);
}

/** LP relaxation of `pb` with some binaries fixed (`fixed[i]`: -1 free, 0 or 1 fixed). Null when infeasible. */
export function solveLp(pb: MilpProblem, fixed: Int8Array): LpAnswer | null {
  const variables: Record<string, Record<string, number>> = {};
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  let constant = 0;
  pb.vars.forEach((v, i) => {
    if (fixed[i] === 1) constant += v.obj;
    if (fixed[i] >= 0) return;
    variables[`v${i}`] = { __obj: v.obj };
    if (v.upper !== null) {
      variables[`v${i}`][`ub${i}`] = 1;
      constraints[`ub${i}`] = { max: v.upper };
    }
  });
  for (let ri = 0; ri < pb.rows.length; ri++) {
    const r = pb.rows[ri];
    const scale = Math.max(1e-12, ...r.coefs.map(Math.abs));
    let shift = 0,
      free = 0;
    const name = `r${ri}`;
    r.vars.forEach((k, j) => {
      if (fixed[k] === 1) shift += r.coefs[j];
      else if (fixed[k] < 0) {
        variables[`v${k}`][name] = r.coefs[j] / scale;
        free++;
      }
    });
    const lo = r.lo === null ? null : (r.lo - shift) / scale;
    const hi = r.hi === null ? null : (r.hi - shift) / scale;
    if (!free) {
      // Row with only fixed variables: check it here (the LP would not see it).
      if ((lo !== null && lo > 1e-9) || (hi !== null && hi < -1e-9)) return null;
      continue;
    }
    constraints[name] =
      lo !== null && hi !== null && lo === hi
        ? { equal: lo }
        : { ...(lo !== null ? { min: lo } : {}), ...(hi !== null ? { max: hi } : {}) };
  }
  const values = new Float64Array(pb.vars.length);
  fixed.forEach((f, i) => {
    if (f === 1) values[i] = 1;
  });
  if (!Object.keys(variables).length) return { objective: constant, values };
  const res = solver.Solve({ optimize: '__obj', opType: 'max', constraints, variables }) as Record<
    string,
    number | boolean | undefined
  >;
  if (!res.feasible) return null;
  if (res.bounded === false) return { objective: Infinity, values };
  let obj = constant;
  pb.vars.forEach((v, i) => {
    if (fixed[i] >= 0) return;
    const x = Math.max(0, Number(res[`v${i}`] ?? 0));
    values[i] = x;
    obj += v.obj * x;
  });
  return { objective: obj, values };
}

/** Most fractional integer variable, or −1 when the answer is integral. */
function branchVar(pb: MilpProblem, x: Float64Array): number {
  let best = -1,
    frac = INT_TOL;
  pb.vars.forEach((v, i) => {
    if (!v.integer) return;
    const f = Math.abs(x[i] - Math.round(x[i]));
    if (f > frac) {
      frac = f;
      best = i;
    }
  });
  return best;
}

/** Row check of an answer (the LP tolerances are loose on scaled rows; an integral answer is re-checked unscaled). */
function feasible(pb: MilpProblem, x: Float64Array): boolean {
  return pb.rows.every((r) => {
    let s = 0;
    r.vars.forEach((k, j) => (s += r.coefs[j] * x[k]));
    const tol = 1e-7 * Math.max(1, Math.abs(r.lo ?? 0), Math.abs(r.hi ?? 0));
    return (r.lo === null || s >= r.lo - tol) && (r.hi === null || s <= r.hi + tol);
  });
}

export interface BnbOptions {
  timeLimitMs: number;
  clock: () => number;
  /** Only answers strictly above this value are wanted (the caller's incumbent). */
  cutoff?: number;
  maxNodes?: number;
  /** Rounds of cover cuts at the root (default 8; 0: none). */
  cutRounds?: number;
}

export interface BnbResult extends MilpResult {
  nodes: number;
  /** LP relaxation bound at the root (−Infinity when infeasible). */
  rootBound: number;
  /** Best remaining bound when stopped (the answer's objective when proven). */
  bound: number;
  /** Root LP bound after the cut rounds, and the number of cuts added. */
  cutBound: number;
  cuts: number;
  /** Node LPs the dual simplex left to javascript-lp-solver (numerical doubt). */
  lpFallbacks: number;
  /** Binaries fixed at the root by their reduced cost. */
  fixedAtRoot: number;
}

export function branchAndBound(problem: MilpProblem, o: BnbOptions): BnbResult {
  let pb = problem;
  const t0 = o.clock();
  const n = pb.vars.length;
  const cutoff = o.cutoff ?? -Infinity;
  const tolOf = (v: number) => 1e-7 * Math.max(1, Math.abs(v));
  let bestObj = -Infinity;
  let bestX: Float64Array | null = null;
  const open: Node[] = [];
  const count = { fallbacks: 0 };
  const cache = new TableauCache();
  const evalNode = (fixVar: number[], fixVal: number[], basis?: Basis) => {
    const fixed = new Int8Array(n).fill(-1);
    fixVar.forEach((k, j) => (fixed[k] = fixVal[j]));
    return nodeLp(pb, fixed, basis, count, cache);
  };
  const floor = () => Math.max(cutoff, bestObj);
  let nodes = 0;
  let untrusted = false;
  let lost = -Infinity;
  const group = groupsOf(problem);
  let root = evalNode([], []);
  const rootBound = root ? root.objective : -Infinity;
  // Root cut rounds: GUB cover cuts on the knapsack rows, re-solved until none is violated.
  let cuts = 0;
  if (o.cutRounds !== 0) {
    for (let round = 0; root && round < (o.cutRounds ?? 8) && o.clock() - t0 < o.timeLimitMs * 0.2; round++) {
      const found = separateCovers(pb, root.values, group);
      if (!found.length) break;
      const withCuts = { vars: pb.vars, rows: [...pb.rows, ...found] };
      const next = nodeLp(withCuts, new Int8Array(n).fill(-1), root.basis, count, cache);
      // A round that does not move the bound (a degenerate LP answers with another vertex of the
      // same value) only makes every node LP larger: its cuts are dropped and the rounds stop.
      if (next && next.objective > root.objective - 1e-4 * Math.max(1, Math.abs(root.objective))) break;
      pb = withCuts;
      cuts += found.length;
      root = next;
    }
  }
  // Cover cuts are valid everywhere, so those separated at a node join the pool for the whole tree
  // (measured on docs/examples/generated-county.json: not finished in 15 s with root cuts only,
  // proven in 67 nodes with node cuts). The pool is capped so the node LPs stay small.
  const maxPool = 4 * problem.rows.length + 50;
  const consider = (first: LpAnswer | null, fixVar: number[], fixVal: number[]) => {
    nodes++;
    let lp = first;
    if (!lp || lp.objective <= floor() + tolOf(lp.objective)) return;
    if (o.cutRounds !== 0 && fixVar.length && cuts < maxPool && branchVar(pb, lp.values) >= 0) {
      const found = separateCovers(pb, lp.values, group);
      if (found.length) {
        const before = pb;
        pb = { vars: pb.vars, rows: [...pb.rows, ...found] };
        const next = evalNode(fixVar, fixVal, lp.basis);
        // As at the root: cuts that do not move this node's bound are dropped (degenerate LPs).
        if (next && next.objective > lp.objective - 1e-4 * Math.max(1, Math.abs(lp.objective))) pb = before;
        else {
          cuts += found.length;
          lp = next;
          if (!lp || lp.objective <= floor() + tolOf(lp.objective)) return;
        }
      }
    }
    const k = branchVar(pb, lp.values);
    if (k < 0) {
      const x = Float64Array.from(lp.values, (v, i) => (pb.vars[i].integer ? Math.round(v) : v));
      if (feasible(pb, x)) {
        bestObj = pb.vars.reduce((a, v, i) => a + v.obj * x[i], 0);
        bestX = x;
        return;
      }
      // Integral but breaking a row beyond tolerance: the subtree is dropped, so nothing is proven.
      untrusted = true;
      lost = Math.max(lost, lp.objective);
      return;
    }
    // Children carry the parent's bound; the one matching the rounding is explored first (ties by order).
    const up = lp.values[k] >= 0.5 ? 1 : 0;
    const basis = lp.basis;
    open.push({ bound: lp.objective, fixVar: [...fixVar, k], fixVal: [...fixVal, 1 - up], basis });
    open.push({
      bound: lp.objective + tolOf(lp.objective) * 1e-3,
      fixVar: [...fixVar, k],
      fixVal: [...fixVal, up],
      basis,
    });
  };
  // Reduced-cost fixing at the root: moving binary j off its bound in the root LP costs at least
  // |d_j| of the LP bound, so when that drops the bound below the floor, j keeps its bound in
  // every better plan and is fixed for the whole tree.
  const rootFixVar: number[] = [],
    rootFixVal: number[] = [];
  if (root?.reduced && Number.isFinite(floor())) {
    const f = floor() + tolOf(floor());
    pb.vars.forEach((v, j) => {
      if (!v.integer || v.upper !== 1) return;
      const x = root!.values[j],
        d = root!.reduced![j];
      if (x <= INT_TOL && root!.objective + d < f) {
        rootFixVar.push(j);
        rootFixVal.push(0);
      } else if (x >= 1 - INT_TOL && root!.objective - d < f) {
        rootFixVar.push(j);
        rootFixVal.push(1);
      }
    });
  }
  consider(root, rootFixVar, rootFixVal);
  let timedOut = false;
  const maxNodes = o.maxNodes ?? Infinity;
  while (open.length) {
    if (o.clock() - t0 >= o.timeLimitMs || nodes >= maxNodes) {
      timedOut = true;
      break;
    }
    // Best-first: the open node with the highest bound (the list stays small at county scale).
    let bi = 0;
    for (let i = 1; i < open.length; i++) if (open[i].bound > open[bi].bound) bi = i;
    const nd = open[bi];
    open[bi] = open[open.length - 1];
    open.pop();
    if (nd.bound <= floor() + tolOf(nd.bound)) continue;
    consider(evalNode(nd.fixVar, nd.fixVal, nd.basis), nd.fixVar, nd.fixVal);
  }
  const remaining = open.reduce((a, nd) => Math.max(a, nd.bound), -Infinity);
  // Open nodes and dropped subtrees keep their LP bounds; everything pruned was below the floor.
  const cutBound = root ? root.objective : -Infinity;
  const bound = Math.max(bestObj, Math.min(cutoff, cutBound), remaining, lost);
  const ms = o.clock() - t0;
  const status = timedOut || untrusted ? 'unknown' : bestX ? 'optimal' : 'infeasible';
  return {
    status,
    values: bestX,
    objective: bestX ? bestObj : null,
    timedOut,
    ms,
    nodes,
    rootBound,
    bound,
    cutBound,
    cuts,
    lpFallbacks: count.fallbacks,
    fixedAtRoot: rootFixVar.length,
  };
}

/** MilpEngine face of the branch-and-bound (the exact stage passes its incumbent as the cutoff). */
export const bnbEngine: MilpEngine = {
  name: 'parkplan-bnb(javascript-lp-solver LP)',
  solve(pb, o) {
    // A node cap as well as the clock: without an injected clock only iteration limits apply.
    return branchAndBound(pb, { maxNodes: 20_000, ...o });
  },
};
