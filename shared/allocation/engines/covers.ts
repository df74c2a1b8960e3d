import type { MilpProblem, MilpRow } from '../milp';

/**
 * GUB cover cuts for the knapsack rows of a MilpProblem (capacity, equity fund, incentive budget:
 * Σ a_j x_j ≤ b over 0/1 variables, a_j > 0; and the dominant-share rows, relaxed to knapsacks as
 * described at `knapsack`). Variables are grouped by the first set-packing row
 * holding them (ParkPlan's one-per-project rows: Σ x ≤ 1), so at most one variable per group is 1.
 * A set C of groups whose smallest coefficients in the row already sum above b cannot all be used:
 * Σ_{g∈C} Σ_{j∈g, in the row} x_j ≤ |C| − 1 holds for every integer answer. Separation is the
 * usual greedy on the LP answer (groups nearly used and heavy first), then the cover is made
 * minimal (dropping a group never weakens the violation). Cuts only tighten the LP: same integers.
 */
export function groupsOf(pb: MilpProblem): Int32Array {
  const g = new Int32Array(pb.vars.length).fill(-1);
  pb.rows.forEach((r, ri) => {
    if (r.hi !== 1 || r.lo !== null || !r.coefs.every((c) => c === 1)) return;
    if (!r.vars.every((k) => pb.vars[k].integer && pb.vars[k].upper === 1)) return;
    for (const k of r.vars) if (g[k] < 0) g[k] = ri;
  });
  // Variables in no set-packing row are groups of their own.
  g.forEach((v, k) => {
    if (v < 0) g[k] = pb.rows.length + k;
  });
  return g;
}

interface Item {
  /** LP value of the (possibly complemented) group indicator. */
  y: number;
  /** Its knapsack weight (smallest |coefficient| of a positive group, largest of a complemented one). */
  w: number;
  vars: number[];
  complemented: boolean;
}

/**
 * One row as a knapsack over group indicators y_g = Σ_{j∈g} x_j ≤ 1, or null when it is not one.
 * A ≥ row is negated. A group with negative coefficients (a dominant project in a share row, which
 * gives room to the others) is relaxed to −c_max·y_g and complemented (ȳ = 1 − y_g, weight c_max),
 * so the knapsack Σ w·item ≤ b + Σ c_max is implied by the row.
 */
function knapsack(
  pb: MilpProblem,
  r: MilpRow,
  x: Float64Array,
  group: Int32Array,
): { items: Item[]; b: number } | null {
  if ((r.hi === null) === (r.lo === null)) return null;
  const sign = r.hi !== null ? 1 : -1;
  let b = sign * (r.hi ?? r.lo!);
  const by = new Map<number, { y: number; lo: number; hi: number; vars: number[] }>();
  for (let j = 0; j < r.vars.length; j++) {
    const k = r.vars[j],
      a = sign * r.coefs[j];
    if (!pb.vars[k].integer || pb.vars[k].upper !== 1 || a === 0) return null;
    const e = by.get(group[k]) ?? { y: 0, lo: Infinity, hi: -Infinity, vars: [] };
    e.y += x[k];
    e.lo = Math.min(e.lo, a);
    e.hi = Math.max(e.hi, a);
    e.vars.push(k);
    by.set(group[k], e);
  }
  const items: Item[] = [];
  for (const e of by.values()) {
    if (e.lo > 0) items.push({ y: e.y, w: e.lo, vars: e.vars, complemented: false });
    else if (e.hi < 0) {
      b += -e.lo;
      items.push({ y: 1 - e.y, w: -e.lo, vars: e.vars, complemented: true });
    } else return null; // mixed signs in one group: no simple relaxation
  }
  return b > 0 ? { items, b } : null;
}

export function separateCovers(pb: MilpProblem, x: Float64Array, group: Int32Array, eps = 1e-4): MilpRow[] {
  const cuts: MilpRow[] = [];
  for (const r of pb.rows) {
    const ks = knapsack(pb, r, x, group);
    if (!ks) continue;
    const { items, b } = ks;
    const over = (v: number) => v > b * (1 + 1e-9) + 1e-9;
    // Greedy cover among the items the LP uses: smallest (1 − y)/w first.
    const used = items.filter((e) => e.y > 1e-9).sort((p, q) => (1 - p.y) / p.w - (1 - q.y) / q.w);
    const cover: Item[] = [];
    let sum = 0;
    for (const e of used) {
      if (over(sum)) break;
      cover.push(e);
      sum += e.w;
    }
    if (!over(sum)) continue;
    // Minimal: drop the least used items while the rest still covers (never weakens the violation).
    cover.sort((p, q) => p.y - q.y);
    while (cover.length > 1 && over(sum - cover[0].w)) sum -= cover.shift()!.w;
    if (cover.reduce((a, e) => a + e.y, 0) <= cover.length - 1 + eps) continue;
    // Σ_{plain} y + Σ_{complemented} (1 − y) ≤ |C| − 1, in the original variables.
    const vars: number[] = [],
      coefs: number[] = [];
    let nc = 0;
    for (const e of cover) {
      if (e.complemented) nc++;
      for (const k of e.vars) {
        vars.push(k);
        coefs.push(e.complemented ? -1 : 1);
      }
    }
    cuts.push({ name: `cover_${r.name}_${cuts.length}`, vars, coefs, lo: null, hi: cover.length - 1 - nc });
  }
  return cuts;
}
