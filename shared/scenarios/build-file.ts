import type { Building, Park, Plot, Unit } from '../types/park';
import { isOpenStage, type OpenStage, type Project } from '../types/project';
import type { Jurisdiction } from '../types/jurisdiction';
import type { Industry } from '../types/industry';
import type { IncentivePackage } from '../types/incentive-package';
import type { Scenario, ScenarioBasis } from '../types/scenario';
import type { ScenarioFile, ScenarioPackage } from '../schemas/scenario-file';
import { financeSettings, packageMetrics } from '../incentives';
import { lawfulParkIds } from './lawful-parks';
import { buildingSiteId, plotSiteId } from './site-id';

/** Today's city as the scenario reads it: everything already loaded, nothing fetched here. */
export interface CityState {
  jurisdictions: Jurisdiction[];
  industries: Industry[];
  parks: Park[];
  plots: Plot[];
  buildings: Building[];
  units: Unit[];
  projects: Project[];
  packages: IncentivePackage[];
  /**
   * Occupied space per park with the occupant's chain: plots in 亩, and factory tenants' floor
   * converted at 666.67 m² per 亩 (the engine's convention for park shares).
   */
  occupancy: Array<{ parkId: number; areaMu: number; chainId: number | null }>;
  /** Chain links with an occupant, per park. */
  presentLinks: Array<{ parkId: number; chainLinkId: number }>;
  /** Flagged plots the county may recover (GET /api/land-flags); offered when levers.recoverFlagged. */
  recoverable?: Array<{ plotId: number; costWan: number; delayYears: number }>;
}

/**
 * Scenario + today's city → the scenario file the engine solves, and the basis (versions read).
 * Sites are vacant plots and buildings' vacant floor; projects are open prospects of the counties
 * in scope that hold no space yet; each may land only in its own county's parks (its quota counts
 * there). A package's cost coefficient is the present value of what it gives away (land discount,
 * rent forgone, subsidies, equity not recovered): selling land above cost earns nothing, so no
 * term rewards filling space.
 */
export function buildScenarioFile(
  s: Pick<Scenario, 'name' | 'jurisdictionIds' | 'levers' | 'pins' | 'exclusions'>,
  city: CityState,
): { file: ScenarioFile; basis: ScenarioBasis } {
  const inScope = (jurisdictionId: number) =>
    s.jurisdictionIds.length === 0 || s.jurisdictionIds.includes(jurisdictionId);
  const parks = city.parks.filter((p) => inScope(p.jurisdictionId));
  const parkIds = new Set(parks.map((p) => p.id));
  const jurisdictionOf = new Map(city.jurisdictions.map((j) => [j.id, j]));
  const chainOf = new Map(city.industries.map((i) => [i.id, i.chainId]));
  const groupOf = new Map(city.industries.map((i) => [i.id, i.gbtGroup]));
  const plotById = new Map(city.plots.map((p) => [p.id, p]));

  const basis: ScenarioBasis = { plots: {}, projects: {}, buildingsVacantM2: {} };
  const sites: ScenarioFile['sites'] = [];
  for (const p of city.plots) {
    if (!parkIds.has(p.parkId) || p.status !== 'vacant') continue;
    sites.push({
      id: plotSiteId(p.id),
      kind: 'plot',
      parkId: p.parkId,
      capacity: p.areaMu,
      landUse: p.landUse,
      readiness: p.readiness,
      name: p.code,
      // Plots are indivisible: one project per plot, so a commit records exactly one user.
      shared: false,
    });
    basis.plots[p.id] = p.version;
  }
  // 腾笼换鸟: a flagged plot is offered at its recovery cost and delay. It stays out of the basis: a
  // commit refuses it until the plot has been recovered and is vacant again.
  if (s.levers.recoverFlagged)
    for (const r of city.recoverable ?? []) {
      const p = plotById.get(r.plotId);
      if (!p || !parkIds.has(p.parkId) || p.status === 'vacant') continue;
      sites.push({
        id: plotSiteId(p.id),
        kind: 'plot',
        parkId: p.parkId,
        capacity: p.areaMu,
        landUse: p.landUse,
        readiness: p.readiness,
        name: p.code,
        shared: false,
        recoveryCostWan: r.costWan,
        recoveryDelayYears: r.delayYears,
      });
    }
  for (const b of city.buildings) {
    if (!parkIds.has(b.parkId)) continue;
    const vacant = city.units
      .filter((u) => u.buildingId === b.id && u.status === 'vacant')
      .reduce((a, u) => a + u.areaM2, 0);
    if (vacant <= 0) continue;
    const plot = b.plotId ? plotById.get(b.plotId) : undefined;
    sites.push({
      id: buildingSiteId(b.id),
      kind: 'building',
      parkId: b.parkId,
      capacity: vacant,
      landUse: plot?.landUse ?? 'M1',
      readiness: 'ready',
      name: b.code,
    });
    basis.buildingsVacantM2[b.id] = vacant;
  }

  const placed = new Set<number>([
    ...city.plots.filter((p) => p.projectId != null).map((p) => p.projectId as number),
    ...city.units.filter((u) => u.projectId != null).map((u) => u.projectId as number),
  ]);
  const projects: ScenarioFile['projects'] = [];
  for (const p of city.projects) {
    if (!isOpenStage(p.stage) || !inScope(p.jurisdictionId) || placed.has(p.id)) continue;
    const j = jurisdictionOf.get(p.jurisdictionId);
    const settings = financeSettings(j, { horizonYears: s.levers.horizonYears, discountRate: s.levers.discountRate });
    const ownParks = parks.filter((k) => k.jurisdictionId === p.jurisdictionId);
    const packages: ScenarioPackage[] = city.packages
      .filter((k) => k.projectId === p.id)
      .map((k) => {
        // One price per package: the figures the incentive comparison shows for this project and
        // package (value given away, including the equity fund's opportunity cost and the
        // buy-back's default risk), and what the package is worth to the investor.
        const price = packageMetrics(k.components, p, settings);
        return {
          id: k.id,
          name: k.name,
          pvCostWan: price.incentivePvWan,
          equityWan: k.components.equity?.amountWan ?? 0,
          incentivePvWan: price.incentivePvWan,
          investorValueWan: price.investorPvSavingWan,
          appliesTo: k.components.lease ? 'floor' : k.components.land || k.components.buildToSuit ? 'land' : 'both',
          ...lawfulParkIds(k, p, ownParks, groupOf.get(p.industryId) ?? null, settings),
        } satisfies ScenarioPackage;
      });
    projects.push({
      id: p.id,
      name: p.name,
      jurisdictionId: p.jurisdictionId,
      leaderRole: p.leaderRole,
      chainId: chainOf.get(p.industryId) ?? null,
      chainLinkId: p.chainLinkId,
      investmentWan: p.investmentWan,
      landNeedMu: p.landNeedMu,
      floorNeedM2: p.floorNeedM2,
      taxWan: p.taxWan,
      vatShare: p.vatShare,
      rampUpYears: p.rampUpYears,
      jobs: p.jobs,
      pollutionClass: p.pollutionClass,
      head: p.head,
      stage: p.stage as OpenStage,
      allowedParkIds: ownParks.map((k) => k.id),
      packages,
      reservationValueWan: p.reservationValueWan ?? 0,
    });
    basis.projects[p.id] = p.version;
  }

  const jurisdictions = city.jurisdictions.filter(
    (j) => parks.some((p) => p.jurisdictionId === j.id) || projects.some((p) => p.jurisdictionId === j.id),
  );
  const year = currentQuotaYear(city);
  return {
    basis,
    file: {
      format: 'parkplan-scenario',
      version: 1,
      name: s.name,
      levers: s.levers,
      jurisdictions: jurisdictions.map((j) => ({
        id: j.id,
        name: j.name,
        retainedShareVat: j.retainedShareVat,
        retainedShareCit: j.retainedShareCit,
        quotas: j.quotas
          .filter((q) => q.year === year)
          .map((q) => ({
            role: q.role,
            count: q.count,
            minInvestmentWan: q.minInvestmentWan,
            dominantOnly: q.dominantOnly,
          })),
      })),
      parks: parks.map((p) => {
        const dominant = new Set(p.dominantChainIds);
        const occ = city.occupancy.filter((o) => o.parkId === p.id);
        return {
          id: p.id,
          name: p.name,
          jurisdictionId: p.jurisdictionId,
          dominantChainIds: p.dominantChainIds,
          minDominantShare: p.minDominantShare,
          minInvestmentIntensityWanPerMu: p.minInvestmentIntensityWanPerMu,
          minTaxPerMuWan: p.minTaxPerMuWan,
          existingDominantMu: occ
            .filter((o) => o.chainId != null && dominant.has(o.chainId))
            .reduce((a, o) => a + o.areaMu, 0),
          existingTotalMu: occ.reduce((a, o) => a + o.areaMu, 0),
          presentLinkIds: city.presentLinks.filter((l) => l.parkId === p.id).map((l) => l.chainLinkId),
        };
      }),
      sites,
      projects,
      // Every pin, even of a project placed or deleted since: the engine drops and reports stale ones.
      pins: s.pins,
      exclusions: s.exclusions,
    },
  };
}

/** Quotas are yearly; the scenario plans for the latest year the city has set quotas for. */
function currentQuotaYear(city: CityState): number {
  return Math.max(0, ...city.jurisdictions.flatMap((j) => j.quotas.map((q) => q.year)));
}
