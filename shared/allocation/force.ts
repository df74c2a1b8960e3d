import { insertAll, orderBy, repairShare } from './construct';
import type { Prices } from './lagrangian';
import { slotSites } from './model';
import type { State } from './state';

interface Ctx {
  frozen: Set<number>;
}

/**
 * Force project p into `st` (cost-to-place, and the search's ejection move): try its best options,
 * make room by displacing what is worth least per unit of the blocking resource (site capacity,
 * equity fund, incentive budget); when the park's dominant share blocks a non-dominant project,
 * first pull a left-out dominant project into that park (recursively forced, one level deep), and
 * only then shed non-dominant occupants. Then refill greedily (a caller that wants a polished plan runs
 * the search itself with p frozen: see left-out.ts). Returns the displaced project ids, or null when p cannot be
 * placed.
 */
export function forcePlace(
  st: State,
  p: number,
  pr: Prices | null,
  score: Float64Array,
  rng: () => number,
  stop: () => boolean,
  frozen?: Set<number>,
): number[] | null {
  const m = st.m;
  const pj = m.projects[p];
  const options: { si: number; ci: number; v: number; r: number }[] = [];
  pj.slots.forEach((sl, si) =>
    sl.choices.forEach((c, ci) => {
      // Reduced value: the option's value less the shadow prices of what it uses. A valuable option
      // that eats a scarce budget (a large equity stake) is often worse than a cheaper package.
      let r = c.value;
      if (pr) {
        let price = Infinity;
        const sites = slotSites(m, sl);
        for (let i = 0; i < Math.min(sites.length, 60); i++) price = Math.min(price, pr.site[sites[i]]);
        r -= sl.need * (Number.isFinite(price) ? price : 0) - pr.park[sl.park] * sl.shareCoef;
        r -= pr.equity * c.equity + pr.incentive * c.incentive;
      }
      options.push({ si, ci, v: c.value, r });
    }),
  );
  const k = pj.must ? 16 : 4;
  const byValue = options.slice().sort((a, b) => b.v - a.v);
  const byReduced = options.slice().sort((a, b) => b.r - a.r);
  const tries = [...new Set([...byValue.slice(0, k), ...(pr ? byReduced.slice(0, k) : [])])];
  let bestTrial: State | null = null,
    bestDisplaced: number[] = [];
  for (const o of tries) {
    const t = st.clone();
    const displaced: number[] = [];
    const ctx: Ctx = { frozen: new Set([p, ...(frozen ?? [])]) };
    if (!forceOption(t, p, o.si, o.ci, ctx, 0, displaced)) continue;
    const sl = pj.slots[o.si];
    // Refill what was freed: the displaced and the best left-out projects that could use this park.
    const near = m.byPark[sl.park].filter((q) => t.slot[q] < 0 && q !== p);
    const cands = [...displaced, ...near.sort((a, b) => score[b] - score[a]).slice(0, 40)];
    insertAll(
      t,
      orderBy(t, cands, (q) => score[q]),
      pr,
    );
    if (!bestTrial || t.objective() > bestTrial.objective()) {
      bestTrial = t;
      bestDisplaced = displaced;
    }
  }
  if (!bestTrial) return null;
  st.copyFrom(bestTrial);
  return [...new Set(bestDisplaced)].filter((q) => bestTrial!.slot[q] < 0).map((q) => m.projects[q].id);
}

/** Put p in with (slot si, choice ci), mutating t; false when it cannot be done (t is then dirty). */
function forceOption(
  t: State,
  p: number,
  si: number,
  ci: number,
  ctx: Ctx,
  depth: number,
  displaced: number[],
): boolean {
  const m = t.m;
  const sl = m.projects[p].slots[si],
    c = sl.choices[ci];
  const evict = (q: number) => {
    t.remove(q);
    displaced.push(q);
  };
  const movable = (q: number) => t.slot[q] >= 0 && !m.projects[q].must && !ctx.frozen.has(q);
  const need = (q: number) => m.projects[q].slots[t.slot[q]].need;
  const bySite = new Map<number, number[]>();
  t.site.forEach((s, q) => {
    if (s >= 0) {
      if (!bySite.has(s)) bySite.set(s, []);
      bySite.get(s)!.push(q);
    }
  });
  const cheapFirst = (qs: number[], use: (q: number) => number) =>
    qs.filter((q) => use(q) > 0).sort((a, b) => t.placedWorth(a) / use(a) - t.placedWorth(b) / use(b));
  // Site: the one cheapest to clear.
  let site = -1,
    siteCost = Infinity;
  const sites = slotSites(m, sl);
  for (let i = 0; i < Math.min(sites.length, 60); i++) {
    const s = sites[i];
    let room = t.siteRoom(s),
      cost = 0;
    const here = bySite.get(s) ?? [];
    if (m.sites[s].solo && here.length) {
      // An indivisible site is cleared whole or not at all.
      if (!here.every(movable)) continue;
      room = m.sites[s].cap;
      cost = here.reduce((a, q) => a + t.placedWorth(q), 0);
    } else
      for (const q of cheapFirst(here.filter(movable), need)) {
        if (room >= sl.need - 1e-7) break;
        room += need(q);
        cost += t.placedWorth(q);
      }
    if (room >= sl.need - 1e-7 && cost < siteCost) {
      siteCost = cost;
      site = s;
    }
  }
  if (site < 0) return false;
  for (const q of m.sites[site].solo
    ? (bySite.get(site) ?? [])
    : cheapFirst((bySite.get(site) ?? []).filter(movable), need)) {
    if (t.siteRoom(site) >= sl.need - 1e-7) break;
    evict(q);
  }
  if (t.siteRoom(site) < sl.need - 1e-7) return false;
  if (sl.shareCoef < 0 && t.shareSlack[sl.park] + sl.shareCoef < -1e-7 && depth === 0) {
    // Pull left-out dominant projects into this park, most valuable first.
    const pulls: { q: number; si: number; ci: number; v: number }[] = [];
    for (const q of m.domByPark[sl.park]) {
      if (t.slot[q] >= 0 || q === p) continue;
      m.projects[q].slots.forEach((s2, s2i) => {
        if (s2.park === sl.park && s2.dom)
          s2.choices.forEach((c2, c2i) => pulls.push({ q, si: s2i, ci: c2i, v: c2.value }));
      });
    }
    pulls.sort((a, b) => b.v - a.v);
    const tried = new Set<number>();
    for (const u of pulls) {
      if (t.shareSlack[sl.park] + sl.shareCoef >= -1e-7 || tried.size >= 4) break;
      if (tried.has(u.q) || t.slot[u.q] >= 0) continue;
      tried.add(u.q);
      const t2 = t.clone();
      const d2: number[] = [];
      const ctx2: Ctx = { frozen: new Set([...ctx.frozen, u.q]) };
      if (forceOption(t2, u.q, u.si, u.ci, ctx2, depth + 1, d2) && t2.slot[p] < 0) {
        t.copyFrom(t2);
        displaced.push(...d2);
        ctx.frozen.add(u.q);
      }
    }
  }
  if (sl.shareCoef < 0) {
    const nonDomHere = (q: number) => {
      const s2 = m.projects[q].slots[t.slot[q]];
      return s2.park === sl.park && s2.shareCoef < 0 ? -s2.shareCoef : 0;
    };
    for (const q of cheapFirst(
      t.slot.reduce<number[]>((a, _s, q) => (movable(q) ? (a.push(q), a) : a), []),
      nonDomHere,
    )) {
      if (t.shareSlack[sl.park] + sl.shareCoef >= -1e-7) break;
      evict(q);
    }
  }
  const choiceOf = (q: number) => m.projects[q].slots[t.slot[q]].choices[t.choice[q]];
  // Budget room is never taken from a dominant project whose park would then break its share row
  // (including the room a non-dominant p needs in its own park).
  const keepsShare = (q: number) => {
    const sq = m.projects[q].slots[t.slot[q]];
    if (sq.shareCoef <= 0) return true;
    return t.shareSlack[sq.park] - sq.shareCoef + (sq.park === sl.park ? Math.min(0, sl.shareCoef) : 0) >= -1e-7;
  };
  const placedMovable = () =>
    t.slot.reduce<number[]>((a, _s, q) => (movable(q) && keepsShare(q) ? (a.push(q), a) : a), []);
  if (c.equity > 0)
    for (const q of cheapFirst(placedMovable(), (q) => choiceOf(q).equity)) {
      if (t.equity + c.equity <= m.equityCap + 1e-7) break;
      evict(q);
    }
  if (c.incentive > 0)
    for (const q of cheapFirst(placedMovable(), (q) => choiceOf(q).incentive)) {
      if (t.incentive + c.incentive <= m.incentiveCap + 1e-7) break;
      evict(q);
    }
  if (!t.fits(p, si, ci, site)) return false;
  t.place(p, si, ci, site);
  const placedBefore = t.slot.reduce<number[]>((a, _s, q) => (movable(q) ? (a.push(q), a) : a), []);
  if (!repairShare(t, ctx.frozen)) return false;
  for (const q of placedBefore) if (t.slot[q] < 0) displaced.push(q);
  return !t.shareViolations().length;
}
