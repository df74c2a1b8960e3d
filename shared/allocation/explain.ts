import type { Prices } from './lagrangian';
import { KINDS, slotSites, type Model } from './model';
import { projectExcluded } from './rules';
import type { State } from './state';
import type { Allocation, BudgetReport, LeftOut, LeftOutReason, ParkReport, QuotaReport } from './types';
import { fillsChainGap, M2_PER_MU } from './value';

export function allocationsOf(m: Model, st: State): Allocation[] {
  const out: Allocation[] = [];
  m.projects.forEach((pj, p) => {
    if (st.slot[p] < 0) return;
    const sl = pj.slots[st.slot[p]],
      c = sl.choices[st.choice[p]];
    const site = m.file.sites[st.site[p]],
      proj = m.file.projects[p],
      park = m.file.parks[sl.park];
    out.push({
      projectId: pj.id,
      siteId: site.id,
      siteKind: site.kind,
      parkId: site.parkId,
      packageId: c.packageId,
      areaMu: site.kind === 'plot' ? sl.need : null,
      floorM2: site.kind === 'building' ? sl.need : null,
      valueWan: c.value,
      breakdown: c.breakdown,
      investorValueWan: c.investorValue,
      dominant: sl.dom,
      fillsChainGap: fillsChainGap(proj, park),
      quotaIds: pj.quotas,
    });
  });
  return out;
}

/** p's most valuable option (slot and choice indices); p must have at least one. */
export function bestOption(m: Model, p: number): { si: number; ci: number } {
  const pj = m.projects[p];
  let si = 0,
    ci = 0;
  pj.slots.forEach((sl, a) =>
    sl.choices.forEach((c, b) => {
      if (c.value > pj.slots[si].choices[ci].value) {
        si = a;
        ci = b;
      }
    }),
  );
  return { si, ci };
}

/** What blocks each of p's best options in the final plan, and the shadow cost of what it would use. */
export function blockers(
  m: Model,
  st: State,
  p: number,
  pr: Prices | null,
): Pick<LeftOut['bindingDetail'], 'bestOption' | 'blockedBy' | 'shadowCostWan'> & { primary: LeftOutReason } {
  const { si: bs, ci: bc } = bestOption(m, p);
  const sl = m.projects[p].slots[bs],
    c = sl.choices[bc];
  const sites = slotSites(m, sl);
  let minPrice = Infinity,
    room = false;
  for (let i = 0; i < sites.length; i++) {
    if (st.siteRoom(sites[i]) >= sl.need - 1e-7) room = true;
    if (pr) minPrice = Math.min(minPrice, pr.site[sites[i]]);
  }
  const shadow = {
    capacity: pr ? sl.need * minPrice : 0,
    dominantShare: pr && sl.shareCoef < 0 ? -sl.shareCoef * pr.park[sl.park] : 0,
    equityFund: pr ? c.equity * pr.equity : 0,
    incentiveBudget: pr ? c.incentive * pr.incentive : 0,
  };
  const blocked: LeftOutReason[] = [];
  if (!room) blocked.push('capacity');
  if (sl.shareCoef < 0 && st.shareSlack[sl.park] + sl.shareCoef < -1e-7) blocked.push('dominant_share');
  if (c.equity > 0 && st.equity + c.equity > m.equityCap + 1e-7) blocked.push('equity_budget');
  if (c.incentive > 0 && st.incentive + c.incentive > m.incentiveCap + 1e-7) blocked.push('incentive_budget');
  const weight: Record<string, number> = {
    capacity: shadow.capacity,
    dominant_share: shadow.dominantShare,
    equity_budget: shadow.equityFund,
    incentive_budget: shadow.incentiveBudget,
  };
  const primary = blocked.length ? blocked.slice().sort((a, b) => weight[b] - weight[a])[0] : 'not_worth';
  return {
    primary,
    blockedBy: blocked,
    shadowCostWan: shadow,
    bestOption: { parkId: m.parks[sl.park].id, siteKind: KINDS[sl.kind], packageId: c.packageId, valueWan: c.value },
  };
}

/** The reason for a project with no option at all, from the pre-filter's diary. */
export function filterReason(m: Model, p: number): LeftOutReason {
  const pj = m.projects[p];
  if (projectExcluded(m.file, m.file.projects[p])) return 'excluded';
  if (pj.must) return 'must_place_impossible';
  return (pj.diag.below_min_value ?? 0) > 0 ? 'below_min_value' : 'no_compatible_site';
}

export function parkReports(m: Model, st: State, pr: Prices | null): ParkReport[] {
  return m.file.parks.map((park, i) => {
    let mu = 0,
      m2 = 0,
      domMu = 0,
      n = 0;
    m.projects.forEach((pj, p) => {
      if (st.slot[p] < 0) return;
      const sl = pj.slots[st.slot[p]];
      if (sl.park !== i) return;
      n++;
      if (sl.kind === 0) mu += sl.need;
      else m2 += sl.need;
      if (sl.dom) domMu += sl.area;
    });
    const newTot = mu + m2 / M2_PER_MU;
    const ratio = (a: number, b: number) => (b > 1e-12 ? a / b : null);
    const info = m.parks[i];
    return {
      parkId: park.id,
      theta: info.theta,
      dominantShareBefore: ratio(park.existingDominantMu, park.existingTotalMu),
      dominantShareAfter: ratio(park.existingDominantMu + domMu, park.existingTotalMu + newTot),
      newDominantShare: ratio(domMu, newTot),
      areaAllocatedMu: mu,
      floorAllocatedM2: m2,
      dominantAreaAllocatedMu: domMu,
      projects: n,
      shareBinding: info.hasShareRow && newTot > 0 && st.shareSlack[i] <= 1e-6 * Math.max(1, newTot),
      marginalValueWanPerMu: pr ? pr.park[i] : 0,
    };
  });
}

export function budgetReports(m: Model, st: State, pr: Prices | null): BudgetReport[] {
  const one = (key: BudgetReport['key'], used: number, cap: number, price: number): BudgetReport => ({
    key,
    used,
    available: Number.isFinite(cap) ? cap : null,
    binding: Number.isFinite(cap) && used >= cap * 0.99 - 1e-9,
    marginalValueWan: price,
  });
  return [
    one('equity_fund', st.equity, m.equityCap, pr?.equity ?? 0),
    one('incentive_budget', st.incentive, m.incentiveCap, pr?.incentive ?? 0),
  ];
}

export function quotaReports(m: Model, st: State): QuotaReport[] {
  return m.quotas.map((q, i) => {
    const shortfall = Math.max(0, q.target - st.quotaAch[i]);
    return {
      jurisdictionId: q.jurisdictionId,
      role: q.role,
      target: q.target,
      achieved: st.quotaAch[i],
      shortfall,
      penaltyWan: shortfall * m.penalty,
    };
  });
}
