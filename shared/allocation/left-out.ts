import { bestOption, blockers, filterReason } from './explain';
import { forcePlace } from './force';
import type { Lagrangian } from './lagrangian';
import type { LeftOutMessage } from './messages';
import { slotSites, type Model } from './model';
import { ejectionDescent, lns } from './search';
import { shareUnreachable } from './reach';
import { nearestMiss, siteRef } from './shortfall';
import type { State } from './state';
import type { LeftOut } from './types';

export interface ExplainOptions {
  score: Float64Array;
  rng: () => number;
  /** Re-optimise with each project forced in (false: the bound-backed estimate only). */
  reopt: boolean;
  stop: () => boolean;
  /** The solve's clock (ms since its start) and when explaining must end: each project gets its share. */
  elapsed: () => number;
  end: number;
}

/**
 * Reasons and cost-to-place for every project the plan leaves out. The cost to place is the
 * objective loss with the project forced in and the rest re-optimised: a forced insertion
 * (displace what is worth least, refill, short polish), and where that finds no way in, a short
 * search that treats the project as must-place (so it may rearrange whole parks). Each cost is
 * backed by the Lagrangian lower bound with the project forced in.
 */
export function explainLeftOut(
  m: Model,
  best: State,
  lag: Lagrangian,
  o: ExplainOptions,
): { leftOut: LeftOut[]; better: State | null } {
  const pr = lag.bestPrices;
  if (pr) lag.evaluate(pr);
  const out: LeftOut[] = [];
  let better: State | null = null;
  const todo = m.projects.filter((pj, p) => best.slot[p] < 0 && pj.slots.length > 0).length;
  let pending = todo;
  const t0 = o.elapsed();
  // Two passes: every project gets an equal share of half the budget, then the costliest ones (where
  // a longer search gains most) share the rest, keeping whichever plan with the project in is better.
  const firstEnd = t0 + (o.end - t0) / 2;
  const attempt = (p: number, sliceEnd: number) => {
    const t = forcedIn(m, best, p, lag, { ...o, stop: () => o.stop() || o.elapsed() > sliceEnd });
    if (t && t.state.objective() > (better ?? best).objective() + 1e-6 && !t.state.mustMissing().length)
      better = t.state;
    return t;
  };
  const index = new Map<LeftOut, number>();
  m.projects.forEach((pj, p) => {
    if (best.slot[p] >= 0) return;
    if (!pj.slots.length) {
      const reason = filterReason(m, p);
      out.push({
        projectId: pj.id,
        reason,
        message: noOptionMessage(m, p, reason),
        costToPlaceWan: null,
        costToPlaceLowerBoundWan: null,
        costMethod: 'impossible',
        bindingDetail: { filters: pj.diag },
      });
      return;
    }
    const b = blockers(m, best, p, pr);
    const lower = lowerBound(m, best, lag, p);
    // No plan can hold it (its parks' share rows cannot be met): say what would have to change.
    const proof = shareUnreachable(m, p, pj.slots[bestOption(m, p).si].park);
    if (proof) {
      pending--;
      out.push({
        projectId: pj.id,
        reason: 'dominant_share',
        message: { code: 'lo_share_unreachable', params: proof },
        costToPlaceWan: null,
        costToPlaceLowerBoundWan: lower,
        costMethod: 'impossible',
        bindingDetail: { bestOption: b.bestOption, blockedBy: b.blockedBy, shadowCostWan: b.shadowCostWan },
      });
      return;
    }
    let cost: number | null = lower,
      method: LeftOut['costMethod'] = 'bound_only',
      displaced: number[] | undefined;
    if (o.reopt && !o.stop()) {
      const t = attempt(p, o.elapsed() + Math.max(0, firstEnd - o.elapsed()) / Math.max(1, pending));
      if (t) {
        cost = Math.max(lower ?? 0, best.objective() - t.state.objective());
        method = 'reoptimised';
        displaced = t.displaced;
      } else {
        cost = null;
        method = 'impossible';
      }
    }
    pending--;
    const entry: LeftOut = {
      projectId: pj.id,
      reason: b.primary,
      message: blockedMessage(m, best, p, b.primary, cost),
      costToPlaceWan: cost,
      costToPlaceLowerBoundWan: lower,
      costMethod: method,
      bindingDetail: { bestOption: b.bestOption, blockedBy: b.blockedBy, shadowCostWan: b.shadowCostWan, displaced },
    };
    index.set(entry, p);
    out.push(entry);
  });
  if (o.reopt && todo > 0) {
    const again = [...index.keys()]
      .filter((l) => l.costMethod !== 'bound_only')
      .sort((a, b) => (b.costToPlaceWan ?? Infinity) - (a.costToPlaceWan ?? Infinity));
    let left = again.length;
    for (const l of again) {
      if (o.stop()) break;
      const p = index.get(l)!;
      const t = attempt(p, o.elapsed() + Math.max(0, o.end - o.elapsed()) / Math.max(1, left--));
      if (!t) continue;
      const cost = Math.max(l.costToPlaceLowerBoundWan ?? 0, best.objective() - t.state.objective());
      if (l.costToPlaceWan !== null && cost >= l.costToPlaceWan) continue;
      l.costToPlaceWan = cost;
      l.costMethod = 'reoptimised';
      l.bindingDetail.displaced = t.displaced;
      l.message = blockedMessage(m, best, p, l.reason, cost);
    }
  }
  return { leftOut: out, better };
}

/**
 * The best plan found with p in: a forced insertion, then a polishing search that holds p as
 * must-place (it may move p to another site or package, as a re-solve with p pinned would).
 * Where the insertion finds no room (typically a dominant-share row that needs several dominant
 * projects moved at once), the search starts from the plan itself and must bring p in.
 */
function forcedIn(
  m: Model,
  best: State,
  p: number,
  lag: Lagrangian,
  o: ExplainOptions,
): { state: State; displaced: number[] } | null {
  // Iteration caps bound the polish when no clock is given; with one, the project's time share does.
  const iterations = m.projects.length > 1000 ? 40 : m.projects.length > 60 ? 300 : 600;
  const t = best.clone();
  const inserted = forcePlace(t, p, lag.bestPrices, o.score, o.rng, o.stop) !== null;
  const pj = m.projects[p];
  pj.must = true;
  try {
    const start = inserted ? t : best;
    const found = start.clone();
    lns(start.clone(), found, {
      rng: o.rng,
      prices: lag.bestPrices,
      score: o.score,
      stop: () => (!inserted && found.slot[p] >= 0 && o.rng() < 0.05) || o.stop(),
      maxIterations: iterations,
      patience: iterations,
    });
    if (found.slot[p] < 0) return null;
    // The random search leaves single-project gains (a left-out project that now fits, a cheaper
    // package freeing the fund) that a re-solve with p pinned finds: a systematic ejection pass
    // over the left-out projects, with p held (must-place), takes them.
    ejectionDescent(found, { rng: o.rng, prices: lag.bestPrices, score: o.score, stop: o.stop });
    const displaced = m.projects.map((q, qi) => (best.slot[qi] >= 0 && found.slot[qi] < 0 ? q.id : -1));
    return { state: found, displaced: displaced.filter((id) => id >= 0) };
  } finally {
    pj.must = false;
  }
}

/** Lagrangian bound with p forced in: L − r_p* + max_o r_po (each project's subproblem is independent). */
function lowerBound(m: Model, best: State, lag: Lagrangian, p: number): number | null {
  const pr = lag.bestPrices;
  if (!pr || !Number.isFinite(lag.best)) return null;
  const pj = m.projects[p];
  let rMax = -Infinity;
  const qb = pj.quotas.reduce((a, q) => a + pr.quota[q], 0);
  for (const sl of pj.slots) {
    let price = Infinity;
    const sites = slotSites(m, sl);
    for (let i = 0; i < sites.length; i++) price = Math.min(price, pr.site[sites[i]]);
    for (const c of sl.choices)
      rMax = Math.max(
        rMax,
        qb +
          c.value -
          sl.need * price +
          pr.park[sl.park] * sl.shareCoef -
          pr.equity * c.equity -
          pr.incentive * c.incentive,
      );
  }
  return Math.max(0, best.objective() - (lag.best - Math.max(0, lag.picks[p].reduced) + rMax));
}

function noOptionMessage(m: Model, p: number, reason: LeftOut['reason']): LeftOutMessage {
  if (reason === 'excluded') return { code: 'lo_excluded', params: {} };
  if (reason === 'below_min_value')
    return {
      code: 'lo_below_min',
      params: { bestValueWan: m.projects[p].bestBelowMinWan ?? 0, minValueWan: m.file.levers.minPlacementValueWan },
    };
  return { code: 'lo_no_site', params: nearestMiss(m, p) };
}

/** The binding rule with its concrete sites, park or budget, from the final plan. */
function blockedMessage(
  m: Model,
  st: State,
  p: number,
  reason: LeftOut['reason'],
  cost: number | null,
): LeftOutMessage {
  const pj = m.projects[p];
  const best = bestOption(m, p);
  const sl = pj.slots[best.si],
    c = sl.choices[best.ci];
  switch (reason) {
    case 'capacity': {
      const list = slotSites(m, sl);
      const sites = Array.from(list).slice(0, 3);
      const heldBy = new Set<number>();
      st.site.forEach((s, q) => {
        if (sites.includes(s)) heldBy.add(m.projects[q].id);
      });
      return {
        code: 'lo_capacity',
        params: {
          need: sl.need,
          kind: sl.kind === 0 ? 'plot' : 'building',
          sites: sites.map((s) => siteRef(m, s, st.siteRoom(s))),
          heldBy: [...heldBy].slice(0, 5),
        },
      };
    }
    case 'dominant_share': {
      let dom = 0,
        tot = 0;
      m.projects.forEach((q, qi) => {
        if (st.slot[qi] < 0) return;
        const s2 = q.slots[st.slot[qi]];
        if (s2.park !== sl.park) return;
        tot += s2.area;
        if (s2.dom) dom += s2.area;
      });
      const park = m.file.parks[sl.park];
      const total = m.file.levers.shareBasis === 'total';
      const d = dom + (total ? park.existingDominantMu : 0),
        all = tot + sl.area + (total ? park.existingTotalMu : 0);
      return {
        code: 'lo_dominant_share',
        params: { parkId: park.id, theta: m.parks[sl.park].theta, shareIfPlaced: all > 0 ? d / all : null },
      };
    }
    case 'equity_budget':
      return {
        code: 'lo_equity_budget',
        params: { needWan: c.equity, usedWan: st.equity, availableWan: m.equityCap },
      };
    case 'incentive_budget':
      return {
        code: 'lo_incentive_budget',
        params: { needWan: c.incentive, usedWan: st.incentive, availableWan: m.incentiveCap },
      };
    default:
      return { code: 'lo_not_worth', params: { valueWan: c.value, costToPlaceWan: cost } };
  }
}
