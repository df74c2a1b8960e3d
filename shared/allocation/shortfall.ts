import type { EngineMessage, LeftOutMessage, SiteRef } from './messages';
import { slotSites, type Model } from './model';
import { landUseFits, siteExcluded, type FilterReason } from './rules';
import type { State } from './state';

/** Filters that say where a project may not go at all, rather than what is missing. */
const STRUCTURAL = new Set<FilterReason>(['park_not_allowed', 'site_kind', 'excluded', 'pinned_elsewhere']);

function siteRef(m: Model, s: number, capacity = m.sites[s].cap): SiteRef {
  const f = m.file.sites[s];
  return { siteId: f.id, capacity, kind: f.kind, parkId: f.parkId, ...(f.name ? { name: f.name } : {}) };
}

/**
 * The nearest miss of a project with no option at all: what it needs, the largest vacant site of
 * the right kind and land use in the parks it may go to, and the filter that removed most pairs.
 */
export function nearestMiss(m: Model, p: number): Extract<LeftOutMessage, { code: 'lo_no_site' }>['params'] {
  const f = m.file.projects[p];
  const kind = f.landNeedMu !== null ? 'plot' : 'building';
  const need = kind === 'plot' ? f.landNeedMu : f.floorNeedM2;
  const allowed = f.allowedParkIds ? new Set(f.allowedParkIds) : null;
  let largest = -1;
  m.file.sites.forEach((s, i) => {
    if (s.kind !== kind || (allowed && !allowed.has(s.parkId)) || siteExcluded(m.file, s) || !landUseFits(f, s)) return;
    if (largest < 0 || s.capacity > m.file.sites[largest].capacity) largest = i;
  });
  const counts = Object.entries(m.projects[p].diag) as [FilterReason, number][];
  const main = counts.filter(([k]) => !STRUCTURAL.has(k)).sort((a, b) => b[1] - a[1])[0];
  return {
    need,
    kind,
    landUse: f.pollutionClass,
    largest: largest >= 0 ? siteRef(m, largest) : null,
    mainFilter: main ? main[0] : (counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? null),
  };
}

/**
 * Why a must-place project is not in the plan `st` (built with every other must-place project in):
 * no option at all (the nearest miss), or its compatible sites held by other must-place projects,
 * or the dominant share of the parks it could go to.
 */
export function shortfallMessage(m: Model, st: State, p: number): EngineMessage {
  const pj = m.projects[p];
  const f = m.file.projects[p];
  const pinned = f.stage !== 'signed';
  if (!pj.slots.length) {
    const miss = nearestMiss(m, p);
    return {
      code: 'shortfall_no_site',
      params: {
        projectId: pj.id,
        pinned,
        need: miss.need ?? 0,
        kind: miss.kind ?? 'plot',
        landUse: miss.landUse,
        largest: miss.largest,
        mainFilter: miss.mainFilter,
      },
    };
  }
  const held = new Map<number, number[]>();
  m.projects.forEach((q, qi) => {
    if (q.must && st.site[qi] >= 0) held.set(st.site[qi], [...(held.get(st.site[qi]) ?? []), qi]);
  });
  const sites = new Map<number, SiteRef>();
  const heldBy = new Set<number>();
  let freeable = false;
  const shareParks = new Set<number>();
  for (const sl of pj.slots) {
    const list = slotSites(m, sl);
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      const mustThere = held.get(s) ?? [];
      const room =
        m.sites[s].solo && mustThere.length
          ? 0
          : m.sites[s].cap - mustThere.reduce((a, q) => a + m.projects[q].slots[st.slot[q]].need, 0);
      if (room >= sl.need - 1e-7) freeable = true;
      else mustThere.forEach((q) => heldBy.add(m.projects[q].id));
      if (sites.size < 3) sites.set(s, siteRef(m, s));
    }
    if (sl.shareCoef < 0) shareParks.add(m.parks[sl.park].id);
  }
  if (freeable) {
    // Free space but no package fits what the budgets leave (after the other must-place projects).
    const minOf = (get: (c: { equity: number; incentive: number }) => number) =>
      Math.min(...pj.slots.flatMap((sl) => sl.choices.map(get)));
    const eq = minOf((c) => c.equity),
      inc = minOf((c) => c.incentive);
    if (st.equity + eq > m.equityCap + 1e-7)
      return {
        code: 'shortfall_budget',
        params: { projectId: pj.id, pinned, budget: 'equity_fund', needWan: eq, availableWan: m.equityCap - st.equity },
      };
    if (st.incentive + inc > m.incentiveCap + 1e-7)
      return {
        code: 'shortfall_budget',
        params: {
          projectId: pj.id,
          pinned,
          budget: 'incentive_budget',
          needWan: inc,
          availableWan: m.incentiveCap - st.incentive,
        },
      };
  }
  if (freeable && shareParks.size)
    return { code: 'shortfall_share', params: { projectId: pj.id, pinned, parkIds: [...shareParks] } };
  return {
    code: 'shortfall_conflict',
    params: { projectId: pj.id, pinned, need: pj.slots[0].need, sites: [...sites.values()], heldBy: [...heldBy] },
  };
}

export { siteRef };
