import type { Prices } from './lagrangian';
import { slotSites } from './model';
import type { State } from './state';

export interface Insertion {
  slot: number;
  choice: number;
  site: number;
  gain: number;
  key: number;
}

/**
 * Best feasible placement of project p in the current state. The choice of option is ranked by its
 * true gain minus the shadow prices of the scarce resources it uses (so that a cheap package wins
 * when a budget is tight); inside a slot the site is chosen best-fit, keeping large holes for large
 * projects.
 */
export function bestInsertion(st: State, p: number, pr: Prices | null): Insertion | null {
  const m = st.m;
  const pj = m.projects[p];
  const qg = st.quotaGain(p);
  let best: Insertion | null = null;
  for (let si = 0; si < pj.slots.length; si++) {
    const sl = pj.slots[si];
    if (sl.shareCoef < 0 && st.shareSlack[sl.park] + sl.shareCoef < -1e-7) continue;
    let site = -1,
      room = Infinity;
    const sites = slotSites(m, sl);
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      const r = st.siteRoom(s) - sl.need;
      if (r >= -1e-7 && r < room) {
        room = r;
        site = s;
      }
    }
    if (site < 0) continue;
    const sitePen = pr ? sl.need * pr.site[site] - pr.park[sl.park] * sl.shareCoef : 0;
    for (let ci = 0; ci < sl.choices.length; ci++) {
      if (!st.fits(p, si, ci, site)) continue;
      const c = sl.choices[ci];
      const gain = c.value + qg;
      const key = gain - (pr ? sitePen + pr.equity * c.equity + pr.incentive * c.incentive : 0);
      if (!best || key > best.key) best = { slot: si, choice: ci, site, gain, key };
    }
  }
  return best;
}

/** Greedy insertion in the given order; projects that did not fit are retried once at the end. */
export function insertAll(st: State, order: number[], pr: Prices | null): void {
  const failed: number[] = [];
  const tryOne = (p: number) => {
    if (st.slot[p] >= 0) return true;
    const ins = bestInsertion(st, p, pr);
    if (
      ins &&
      (ins.gain > 1e-9 || st.m.projects[p].must) &&
      (pr === null || ins.key > -1e-9 || st.m.projects[p].must || ins.gain > 0)
    ) {
      st.place(p, ins.slot, ins.choice, ins.site);
      return true;
    }
    return false;
  };
  for (const p of order) if (!tryOne(p)) failed.push(p);
  for (const p of failed) tryOne(p);
}

/** Must-place projects first, then by score (descending). */
export function orderBy(st: State, candidates: number[], score: (p: number) => number): number[] {
  const must = st.m.projects;
  return candidates
    .slice()
    .sort((a, b) => (must[b].must ? 1 : 0) - (must[a].must ? 1 : 0) || score(b) - score(a) || a - b);
}

/**
 * Restore every park's dominant share after removals: drop the non-dominant placements worth least
 * per 亩 in the violating parks. Returns false when only must-place or frozen projects remain there.
 */
export function repairShare(st: State, frozen?: Set<number>): boolean {
  const m = st.m;
  for (const park of st.shareViolations()) {
    const qs: number[] = [];
    for (let q = 0; q < m.projects.length; q++) {
      if (st.slot[q] < 0 || m.projects[q].must || frozen?.has(q)) continue;
      const sl = m.projects[q].slots[st.slot[q]];
      if (sl.park === park && sl.shareCoef < 0) qs.push(q);
    }
    qs.sort(
      (a, b) =>
        st.placedWorth(a) / -m.projects[a].slots[st.slot[a]].shareCoef -
        st.placedWorth(b) / -m.projects[b].slots[st.slot[b]].shareCoef,
    );
    for (const q of qs) {
      if (st.shareSlack[park] >= -1e-7) break;
      st.remove(q);
    }
    if (st.shareSlack[park] < -1e-7) return false;
  }
  return true;
}
