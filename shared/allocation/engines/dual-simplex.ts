import type { MilpProblem } from '../milp';

/**
 * Bounded dual simplex on a dense tableau, for the branch-and-bound's node LPs. javascript-lp-solver
 * (still the embedded solver and the fallback here) solves every LP from scratch and cannot be told
 * a starting basis; a node differs from its parent by one bound, so the parent's optimal basis is
 * dual feasible for it and a few dual pivots finish it. Measured on the generated S files (≈ 700
 * columns, 85 rows): the root LP takes 115–205 ms in javascript-lp-solver, a warm-started node a
 * few ms here.
 *
 * Form: every row i gets a slack s_i = a_i·x / scale_i with bounds [lo_i, hi_i] / scale_i; the
 * tableau holds B⁻¹[A | −I] row-wise, so basic variable B_i = −Σ_{j nonbasic} T_ij x_j. Every
 * structural variable with a positive cost has a finite upper bound in ParkPlan's MILPs (binaries;
 * the quota shortfalls cost money), so putting those at their upper bound and the others at their
 * lower one makes the slack basis dual feasible: no phase 1 is needed. Answers are re-checked
 * against the unscaled rows; any numerical doubt returns 'failed' and the caller falls back to
 * javascript-lp-solver.
 */
export interface Basis {
  /** basic[i]: the variable basic in row i (structural j < n, slack of row r: n + r). */
  basic: Int32Array;
  /** upper[j]: nonbasic j sits at its upper bound. */
  upper: Uint8Array;
}
export interface DualLp {
  objective: number;
  values: Float64Array;
  basis: Basis;
  pivots: number;
  /** Reduced costs of the structural columns, in objective units (for reduced-cost fixing). */
  reduced: Float64Array;
  /** The final tableau (m rows of n + m): handing it back with its basis skips the rebuild. */
  tableau: Float64Array;
}
export type DualResult = DualLp | 'infeasible' | 'failed';

const PIV_TOL = 1e-9;

export function dualSimplex(
  pb: MilpProblem,
  lb: Float64Array,
  ub: Float64Array,
  warm?: Basis,
  maxPivots?: number,
  /** The tableau `warm` was optimal with (its row count is warm.basic.length; rows since are cuts). */
  warmTableau?: Float64Array,
): DualResult {
  const n = pb.vars.length,
    m = pb.rows.length,
    N = n + m;
  const T = new Float64Array(m * N);
  const lo = new Float64Array(N),
    hi = new Float64Array(N),
    c = new Float64Array(N);
  let cmax = 1;
  for (let j = 0; j < n; j++) {
    lo[j] = lb[j];
    hi[j] = ub[j];
    c[j] = pb.vars[j].obj;
    cmax = Math.max(cmax, Math.abs(c[j]));
    // A positive cost on an unbounded column: the slack basis is not dual feasible (not ParkPlan's form).
    if (c[j] > 0 && !Number.isFinite(hi[j]) && hi[j] !== lo[j]) return 'failed';
  }
  const fill = () => {
    T.fill(0);
    for (let i = 0; i < m; i++) {
      const r = pb.rows[i];
      let scale = 0;
      for (const a of r.coefs) scale = Math.max(scale, Math.abs(a));
      if (scale === 0) scale = 1;
      const off = i * N;
      for (let k = 0; k < r.vars.length; k++) T[off + r.vars[k]] -= r.coefs[k] / scale;
      T[off + n + i] = 1;
      lo[n + i] = r.lo === null ? -Infinity : r.lo / scale;
      hi[n + i] = r.hi === null ? Infinity : r.hi / scale;
    }
  };
  fill();
  const tolD = 1e-9 * cmax;
  const basic = new Int32Array(m);
  const rowOf = new Int32Array(N).fill(-1);
  const upper = new Uint8Array(N);
  const d = new Float64Array(N);
  const val = new Float64Array(N);
  let pivots = 0;
  const nz = new Int32Array(N);

  /** Pivot column q into row r (tableau only). */
  const pivot = (r: number, q: number) => {
    const off = r * N;
    const inv = 1 / T[off + q];
    let cnt = 0;
    for (let k = 0; k < N; k++) {
      const v = T[off + k];
      if (v !== 0) {
        T[off + k] = v * inv;
        nz[cnt++] = k;
      }
    }
    T[off + q] = 1;
    for (let i = 0; i < m; i++) {
      if (i === r) continue;
      const oi = i * N;
      const f = T[oi + q];
      if (f === 0) continue;
      for (let t = 0; t < cnt; t++) {
        const k = nz[t];
        T[oi + k] -= f * T[off + k];
      }
      T[oi + q] = 0;
    }
    const dq = d[q];
    if (dq !== 0) for (let t = 0; t < cnt; t++) d[nz[t]] -= dq * T[off + nz[t]];
    d[q] = 0;
    const old = basic[r];
    rowOf[old] = -1;
    basic[r] = q;
    rowOf[q] = r;
    pivots++;
  };
  const cold = () => {
    fill();
    for (let i = 0; i < m; i++) {
      basic[i] = n + i;
    }
    rowOf.fill(-1);
    for (let i = 0; i < m; i++) rowOf[n + i] = i;
    upper.fill(0);
    for (let j = 0; j < n; j++) upper[j] = c[j] > 0 ? 1 : 0;
  };
  cold();
  const m0 = warm?.basic.length ?? 0;
  if (warm && warmTableau && m0 <= m && warmTableau.length === m0 * (n + m0)) {
    // The parent's tableau, widened by the slack columns of rows added since; each added row (a
    // cut) is then written in the parent's basis by eliminating its basic columns.
    const N0 = n + m0;
    for (let i = 0; i < m0; i++) T.set(warmTableau.subarray(i * N0, (i + 1) * N0), i * N);
    for (let i = 0; i < m0; i++) {
      basic[i] = warm.basic[i];
    }
    for (let i = m0; i < m; i++) basic[i] = n + i;
    rowOf.fill(-1);
    for (let i = 0; i < m; i++) rowOf[basic[i]] = i;
    for (let i = m0; i < m; i++) {
      const oi = i * N;
      for (let r = 0; r < m0; r++) {
        const f = T[oi + basic[r]];
        if (f === 0) continue;
        const or = r * N;
        for (let k = 0; k < N0; k++) {
          const v = T[or + k];
          if (v !== 0) T[oi + k] -= f * v;
        }
        T[oi + basic[r]] = 0;
      }
    }
    for (let j = 0; j < N; j++) upper[j] = j < warm.upper.length ? warm.upper[j] : 0;
  } else if (warm) {
    // Rebuild the tableau of the warm basis: pivot its structurals in, each into the row (of a
    // slack not in the basis) where its entry is largest. A singular basis falls back to the slacks.
    const want = new Uint8Array(N);
    for (let i = 0; i < Math.min(m, warm.basic.length); i++) if (warm.basic[i] < N) want[warm.basic[i]] = 1;
    for (let i = warm.basic.length; i < m; i++) want[n + i] = 1; // rows added since (cuts): slacks basic
    let ok = true;
    for (let q = 0; q < N && ok; q++) {
      if (!want[q] || rowOf[q] >= 0) continue;
      let br = -1,
        bv = 1e-7;
      for (let i = 0; i < m; i++) {
        if (want[basic[i]]) continue;
        const v = Math.abs(T[i * N + q]);
        if (v > bv) {
          bv = v;
          br = i;
        }
      }
      if (br < 0) ok = false;
      else pivot(br, q);
    }
    if (!ok) cold();
    else for (let j = 0; j < N; j++) upper[j] = j < warm.upper.length ? warm.upper[j] : 0;
  }
  const nonbasicValue = (j: number) => {
    if (lo[j] === hi[j]) return lo[j];
    if (upper[j] ? Number.isFinite(hi[j]) : !Number.isFinite(lo[j])) {
      upper[j] = 1;
      return hi[j];
    }
    upper[j] = 0;
    return Number.isFinite(lo[j]) ? lo[j] : 0;
  };
  const computeDuals = () => {
    d.set(c);
    for (let i = 0; i < m; i++) {
      const cb = c[basic[i]];
      if (cb === 0) continue;
      const oi = i * N;
      for (let j = 0; j < N; j++) d[j] -= cb * T[oi + j];
    }
    for (let i = 0; i < m; i++) d[basic[i]] = 0;
  };
  const computePrimal = () => {
    for (let j = 0; j < N; j++) if (rowOf[j] < 0) val[j] = nonbasicValue(j);
    for (let i = 0; i < m; i++) {
      const oi = i * N;
      let s = 0;
      for (let j = 0; j < N; j++) {
        const t = T[oi + j];
        if (t !== 0 && rowOf[j] < 0) s -= t * val[j];
      }
      val[basic[i]] = s;
    }
  };
  /** Bound flips make the basis dual feasible; false when a column cannot flip (infinite bound). */
  const makeDualFeasible = () => {
    for (let j = 0; j < N; j++) {
      if (rowOf[j] >= 0 || lo[j] === hi[j]) continue;
      if (d[j] > tolD && !upper[j]) {
        if (!Number.isFinite(hi[j])) return false;
        upper[j] = 1;
      } else if (d[j] < -tolD && upper[j]) {
        if (!Number.isFinite(lo[j])) return false;
        upper[j] = 0;
      }
    }
    return true;
  };
  computeDuals();
  if (!makeDualFeasible()) {
    cold();
    computeDuals();
    if (!makeDualFeasible()) return 'failed';
  }
  computePrimal();
  const cap = maxPivots ?? 20 * (m + n) + 1000;
  for (let iter = 0; ; iter++) {
    if (iter > cap) return 'failed';
    // Leaving row: the basic variable furthest outside its bounds.
    let r = -1,
      worst = 0;
    for (let i = 0; i < m; i++) {
      const b = basic[i],
        v = val[b];
      const tol = 1e-9 * Math.max(1, Math.abs(v));
      const inf = v < lo[b] - tol ? lo[b] - v : v > hi[b] + tol ? v - hi[b] : 0;
      if (inf > worst) {
        worst = inf;
        r = i;
      }
    }
    if (r < 0) break;
    const br = basic[r];
    const goUp = val[br] < lo[br];
    const off = r * N;
    // Harris two-pass ratio test over the columns that move B_r the right way.
    let thetaMax = Infinity;
    for (let j = 0; j < N; j++) {
      const a = T[off + j];
      if (a === 0 || rowOf[j] >= 0 || lo[j] === hi[j]) continue;
      const inc = !upper[j];
      const ok = goUp ? (inc ? a < -PIV_TOL : a > PIV_TOL) : inc ? a > PIV_TOL : a < -PIV_TOL;
      if (!ok) continue;
      const t = (Math.abs(d[j]) + tolD) / Math.abs(a);
      if (t < thetaMax) thetaMax = t;
    }
    if (thetaMax === Infinity) return 'infeasible';
    let q = -1,
      qa = 0;
    for (let j = 0; j < N; j++) {
      const a = T[off + j];
      if (a === 0 || rowOf[j] >= 0 || lo[j] === hi[j]) continue;
      const inc = !upper[j];
      const ok = goUp ? (inc ? a < -PIV_TOL : a > PIV_TOL) : inc ? a > PIV_TOL : a < -PIV_TOL;
      if (!ok) continue;
      if (Math.abs(d[j]) / Math.abs(a) <= thetaMax && Math.abs(a) > qa) {
        qa = Math.abs(a);
        q = j;
      }
    }
    const target = goUp ? lo[br] : hi[br];
    const delta = (val[br] - target) / T[off + q];
    for (let i = 0; i < m; i++) {
      const t = T[i * N + q];
      if (t !== 0) val[basic[i]] -= t * delta;
    }
    val[q] += delta;
    pivot(r, q);
    val[br] = target;
    upper[br] = goUp ? 0 : 1;
    // Harris steps may leave tiny wrong-signed reduced costs: zeroed (their effect is below tolD).
    for (let j = 0; j < N; j++) {
      if (rowOf[j] >= 0) continue;
      if (upper[j] ? d[j] < 0 : d[j] > 0) if (Math.abs(d[j]) <= tolD) d[j] = 0;
    }
  }
  // Fresh primal values from the final basis (drift), then the answer is checked on the raw rows.
  computePrimal();
  const values = new Float64Array(n);
  let objective = 0;
  for (let j = 0; j < n; j++) {
    const v = Math.min(ub[j], Math.max(lb[j], val[j]));
    if (Math.abs(v - val[j]) > 1e-7) return 'failed';
    values[j] = v;
    objective += c[j] * v;
  }
  for (const r of pb.rows) {
    let s = 0;
    for (let k = 0; k < r.vars.length; k++) s += r.coefs[k] * values[r.vars[k]];
    const tol = 1e-6 * Math.max(1, Math.abs(r.lo ?? 0), Math.abs(r.hi ?? 0));
    if ((r.lo !== null && s < r.lo - tol) || (r.hi !== null && s > r.hi + tol)) return 'failed';
  }
  computeDuals();
  return {
    objective,
    values,
    basis: { basic: Int32Array.from(basic), upper: Uint8Array.from(upper) },
    pivots,
    reduced: d.slice(0, n),
    tableau: T,
  };
}
