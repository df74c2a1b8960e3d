import { insertAll, orderBy, repairShare } from './construct';
import { forcePlace } from './force';
import { solveNeighbourhood } from './subsolve';
import type { Prices } from './lagrangian';
import type { State } from './state';

export interface SearchOptions {
  rng: () => number;
  prices: Prices | null;
  /** Score used to order insertions (e.g. the Lagrangian reduced value). */
  score: Float64Array;
  stop: () => boolean;
  maxIterations: number;
  /** Stop after this many iterations without improving the best. */
  patience: number;
  onImprove?: (obj: number) => void;
  /** Projects that may not be removed (forced placements in cost-to-place). */
  frozen?: Set<number>;
  /** Share of the time budget used so far (0..1); the acceptance threshold shrinks with it too. */
  timeUsed?: () => number;
  /** Share of iterations spent on exact neighbourhoods (default 0.2; the other moves keep their ratios). */
  exactShare?: number;
}

/**
 * Ruin and recreate (large-neighbourhood search): remove a related group of placements (one park,
 * one site's neighbours, the heaviest budget users, or a random handful), then re-insert them and
 * promising left-out projects greedily in a noisy score order. Every state it produces is feasible
 * by construction; acceptance is threshold-based with a threshold shrinking to zero.
 */
export function lns(cur: State, best: State, o: SearchOptions): number {
  const m = cur.m;
  const n = m.projects.length;
  const cand = cur.clone();
  const byPark = m.byPark;
  const placeable = m.projects.map((pj, p) => (pj.slots.length ? p : -1)).filter((p) => p >= 0);
  if (!placeable.length) return 0;
  const scale = Math.max(1, Math.abs(best.objective()));
  const exactShare = o.exactShare ?? 0.2;
  let it = 0,
    since = 0;
  const rnd = (k: number) => Math.floor(o.rng() * k);
  const sample = (xs: number[], k: number) => {
    if (xs.length <= k) return xs.slice();
    const out = new Set<number>();
    while (out.size < k) out.add(xs[rnd(xs.length)]);
    return [...out];
  };
  const accept = () => {
    if (cand.shareViolations().length) return;
    const obj = cand.penalized();
    // The threshold anneals with iterations or time, whichever runs out first (under a time limit
    // the iteration cap is rarely reached, and a threshold that never shrinks lets `cur` drift).
    const used = Math.max(it / o.maxIterations, o.timeUsed ? o.timeUsed() : 0);
    const threshold = 0.002 * scale * Math.max(0, 1 - used);
    if (obj > best.penalized() + 1e-9) {
      best.copyFrom(cand);
      since = 0;
      o.onImprove?.(obj);
    }
    if (obj >= cur.penalized() - threshold) cur.copyFrom(cand);
  };
  for (; it < o.maxIterations && since < o.patience && !o.stop(); it++, since++) {
    cand.copyFrom(cur);
    const placed: number[] = [];
    for (let p = 0; p < n; p++) if (cand.slot[p] >= 0 && !o.frozen?.has(p)) placed.push(p);
    const removed: number[] = [];
    let pool: number[] = [];
    // Move mix: ejections and exact neighbourhoods find most gains; cheap ruins keep diversity. At M
    // the exact neighbourhood cost ~1.2 ms a try for ~3% of the gains (measured), so mid-size solves
    // pass exactShare 0.05; the other moves keep their ratios 0.2 : 0.05 : 0.15 : 0.15 : 0.25.
    const roll = o.rng() / ((1 - exactShare) / 0.8);
    const kind = roll < 0.2 ? 0 : roll < 0.25 ? 1 : roll < 0.4 ? 2 : roll < 0.55 ? 3 : roll < 0.8 ? 4 : 5;
    if (kind === 5) {
      // Exact neighbourhood: a few placed projects and the best left-out ones re-decided together.
      // Targets: promising left-out projects; freed: placed projects in the targets' parks and
      // budget users, the resources the targets would compete for.
      const left = placeable.filter((p) => cand.slot[p] < 0);
      const targets =
        left.length > 6
          ? sample(left, 16)
              .sort((a, b) => o.score[b] - o.score[a])
              .slice(0, 2 + rnd(5))
          : left;
      const parks = new Set(targets.flatMap((p) => m.projects[p].slots.map((sl) => sl.park)));
      const inParks = placed.filter((p) => parks.has(m.projects[p].slots[cand.slot[p]].park));
      const users = placed.filter((p) => {
        const c = m.projects[p].slots[cand.slot[p]].choices[cand.choice[p]];
        return c.equity > 0 || c.incentive > 0;
      });
      const out = [...new Set([...sample(inParks, rnd(5)), ...sample(users, rnd(5))])];
      for (const p of out) cand.remove(p);
      if (!repairShare(cand, o.frozen)) continue;
      const back = [...new Set([...out, ...targets])].filter((p) => cand.slot[p] < 0);
      if (solveNeighbourhood(cand, back, 5000) === -Infinity) continue;
      accept();
      continue;
    }
    if (kind === 4) {
      // Ejection move: force a promising left-out project in, displacing what is worth least per
      // unit of the blocking resource, then refill (multi-exchange moves a random ruin rarely hits).
      const out = placeable.filter((p) => cand.slot[p] < 0);
      if (!out.length) continue;
      let q = out[rnd(out.length)];
      for (let t = 0; t < 2; t++) {
        const r = out[rnd(out.length)];
        if (o.score[r] > o.score[q]) q = r;
      }
      const missing = out.filter((p) => m.projects[p].must);
      if (missing.length && o.rng() < 0.7) q = missing[rnd(missing.length)];
      if (!forcePlace(cand, q, o.rng() < 0.5 ? o.prices : null, o.score, o.rng, o.stop, o.frozen)) continue;
    } else if (kind === 0 || placed.length === 0) {
      // One park, or two: the dominant-share rows couple parks through projects that could go to either.
      const parks = new Set([rnd(m.parks.length)]);
      if (o.rng() < 0.5 && m.parks.length > 1) parks.add(rnd(m.parks.length));
      for (const p of placed) if (parks.has(m.projects[p].slots[cand.slot[p]].park)) removed.push(p);
      pool = [...new Set([...parks].flatMap((pk) => byPark[pk]))];
    } else if (kind === 1) {
      const p0 = placed[rnd(placed.length)];
      const g = m.projects[p0].slots[cand.slot[p0]].group;
      for (const p of placed) if (m.projects[p].slots[cand.slot[p]].group === g && o.rng() < 0.7) removed.push(p);
      pool = byPark[m.projects[p0].slots[cand.slot[p0]].park];
    } else if (kind === 2 && (Number.isFinite(m.equityCap) || Number.isFinite(m.incentiveCap))) {
      const use = (p: number) => {
        const c = m.projects[p].slots[cand.slot[p]].choices[cand.choice[p]];
        return (
          (c.equity + 1e-9) / Math.max(1, m.equityCap === Infinity ? 1e12 : m.equityCap) +
          (c.incentive + 1e-9) / Math.max(1, m.incentiveCap === Infinity ? 1e12 : m.incentiveCap)
        );
      };
      const k = 1 + rnd(Math.max(2, Math.ceil(placed.length * 0.08)));
      removed.push(
        ...placed
          .filter(() => o.rng() < 0.5)
          .sort((a, b) => use(b) - use(a))
          .slice(0, k),
      );
    } else {
      // Mostly small, sometimes large: k = 1 + ⌊u²·0.35·placed⌋ (multi-swap moves past knapsack walls).
      const u = o.rng();
      const k = 1 + Math.floor(u * u * Math.min(40, Math.max(3, placed.length * 0.35)));
      removed.push(...sample(placed, k));
    }
    if (kind === 4) {
      accept();
      continue;
    }
    for (const p of removed) cand.remove(p);
    const before = new Set(removed);
    if (!repairShare(cand, o.frozen)) continue;
    for (let p = 0; p < n; p++) if (cand.slot[p] < 0 && cur.slot[p] >= 0 && !before.has(p)) removed.push(p);
    const unplaced = pool.length ? pool.filter((p) => cand.slot[p] < 0) : placeable.filter((p) => cand.slot[p] < 0);
    const extra = sample(unplaced, Math.min(unplaced.length, 40 + removed.length * 2));
    const cands = [...new Set([...removed, ...extra])];
    const noise = 0.15 + 0.35 * o.rng();
    const key = new Map(cands.map((p) => [p, o.score[p] * (1 + noise * (o.rng() * 2 - 1)) + (o.rng() - 0.5) * 1e-6]));
    insertAll(
      cand,
      orderBy(cand, cands, (p) => key.get(p)!),
      o.rng() < 0.5 ? o.prices : null,
    );
    accept();
  }
  return it;
}

/**
 * Ejection descent: for every left-out project (best score first), force it in (displacing what is
 * worth least, then refilling greedily, with and without prices) and keep the result when the plan
 * improves; repeat while a pass improves. It is the move that cost-to-place kept finding gains with
 * after the search, made systematic. Returns the number of improvements.
 */
export function ejectionDescent(best: State, o: Pick<SearchOptions, 'rng' | 'prices' | 'score' | 'stop'>): number {
  const m = best.m;
  let gains = 0;
  for (let improved = true; improved && !o.stop();) {
    improved = false;
    const out = m.projects
      .map((pj, p) => (pj.slots.length && best.slot[p] < 0 ? p : -1))
      .filter((p) => p >= 0)
      .sort((a, b) => o.score[b] - o.score[a]);
    for (const q of out) {
      if (o.stop()) break;
      if (best.slot[q] >= 0) continue;
      for (const pr of o.prices ? [o.prices, null] : [null]) {
        const t = best.clone();
        if (!forcePlace(t, q, pr, o.score, o.rng, o.stop)) continue;
        if (
          t.shareViolations().length ||
          t.penalized() <= best.penalized() + 1e-9 * Math.max(1, Math.abs(best.objective()))
        )
          continue;
        best.copyFrom(t);
        improved = true;
        gains++;
        break;
      }
    }
  }
  return gains;
}
