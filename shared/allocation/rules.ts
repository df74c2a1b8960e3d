import type {
  ScenarioFile,
  ScenarioPackage,
  ScenarioPark,
  ScenarioProject,
  ScenarioSite,
} from '../schemas/scenario-file';
import { placementValue, siteDelay, siteRecovery } from './value';

/** Why a (project, site, package) pair was filtered out before solving. */
export type FilterReason =
  | 'excluded'
  | 'site_kind'
  | 'land_use'
  | 'size'
  | 'park_not_allowed'
  | 'min_intensity'
  | 'min_tax_per_mu'
  | 'package_kind'
  | 'pinned_elsewhere'
  | 'below_min_value'
  | 'dominated_package'
  | 'investor_declines';

/**
 * A package worth less to the investor than its reservation value would not be signed: open
 * prospects never get one. Signed (and pinned) projects keep theirs: the deal is done.
 */
export function investorDeclines(p: ScenarioProject, k: ScenarioPackage | null, must: boolean): boolean {
  return !must && k !== null && k.investorValueWan !== undefined && k.investorValueWan < (p.reservationValueWan ?? 0);
}

/** A package limited to the parks where it is lawful (packageSchema.parkIds) does not apply elsewhere. */
export function packageBarredInPark(k: ScenarioPackage | null, parkId: number): boolean {
  return k !== null && k.parkIds !== undefined && !k.parkIds.includes(parkId);
}

const CLASS_RANK = { M1: 0, M2: 1, M3: 2 } as const;

export function projectExcluded(f: ScenarioFile, p: ScenarioProject): boolean {
  return f.exclusions.some((e) => e.projectId === p.id && e.siteId === undefined && e.parkId === undefined);
}

export function siteExcluded(f: ScenarioFile, s: ScenarioSite): boolean {
  return f.exclusions.some(
    (e) =>
      e.projectId === undefined &&
      (e.siteId === undefined || e.siteId === s.id) &&
      (e.parkId === undefined || e.parkId === s.parkId),
  );
}

/** Project-specific exclusions of a site or of the site's whole park. */
export function pairExcluded(f: ScenarioFile, p: ScenarioProject, s: ScenarioSite): boolean {
  return f.exclusions.some(
    (e) =>
      e.projectId === p.id &&
      (e.siteId !== undefined || e.parkId !== undefined) &&
      (e.siteId === undefined || e.siteId === s.id) &&
      (e.parkId === undefined || e.parkId === s.parkId),
  );
}

/**
 * Rules that depend on the park and site kind only. Park minimums (investment intensity, tax per mu)
 * apply to land; tenants of standard factories are judged on their lease, not per mu.
 */
export function pairFilter(
  p: ScenarioProject,
  park: ScenarioPark,
  kind: 'plot' | 'building',
  _ready: number,
  f: ScenarioFile,
): FilterReason | null {
  if (p.allowedParkIds && !p.allowedParkIds.includes(park.id)) return 'park_not_allowed';
  if (f.exclusions.some((e) => e.projectId === p.id && e.parkId === park.id && e.siteId === undefined))
    return 'excluded';
  if (kind === 'plot' && p.landNeedMu !== null) {
    if (p.investmentWan / p.landNeedMu < park.minInvestmentIntensityWanPerMu - 1e-9) return 'min_intensity';
    if (p.taxWan / p.landNeedMu < park.minTaxPerMuWan - 1e-9) return 'min_tax_per_mu';
  }
  return null;
}

/** Pollution class c fits land of class ≥ c (M1 light industry may sit on M2/M3 land, never the reverse). */
export function landUseFits(p: ScenarioProject, s: ScenarioSite): boolean {
  return CLASS_RANK[s.landUse] >= CLASS_RANK[p.pollutionClass];
}

export function needOn(p: ScenarioProject, s: ScenarioSite): number | null {
  return s.kind === 'plot' ? p.landNeedMu : p.floorNeedM2;
}

/**
 * Every hard rule for one pair, recomputed from the raw file (used by the verifier and the LP export,
 * independently of the compiled model). Returns the first violated rule or null.
 */
export function pairViolation(
  f: ScenarioFile,
  p: ScenarioProject,
  s: ScenarioSite,
  k: ScenarioPackage | null,
  must: boolean,
): FilterReason | null {
  const park = f.parks.find((x) => x.id === s.parkId)!;
  if (projectExcluded(f, p) || siteExcluded(f, s) || pairExcluded(f, p, s)) return 'excluded';
  const need = needOn(p, s);
  if (need === null) return 'site_kind';
  const bad = pairFilter(p, park, s.kind, 0, f);
  if (bad) return bad;
  if (!landUseFits(p, s)) return 'land_use';
  if (need > s.capacity + 1e-9) return 'size';
  if (k === null ? p.packages.length > 0 : !p.packages.includes(k)) return 'package_kind';
  if (k && k.appliesTo !== 'both' && k.appliesTo !== (s.kind === 'plot' ? 'land' : 'floor')) return 'package_kind';
  if (packageBarredInPark(k, s.parkId)) return 'package_kind';
  if (investorDeclines(p, k, must)) return 'investor_declines';
  const pin = f.pins.find((x) => x.projectId === p.id);
  if (
    pin &&
    ((pin.siteId !== undefined && pin.siteId !== s.id) || (pin.packageId !== undefined && pin.packageId !== k?.id))
  )
    return 'pinned_elsewhere';
  if (!must) {
    const j = f.jurisdictions.find((x) => x.id === park.jurisdictionId)!;
    const v = placementValue(p, park, j, k, siteDelay(f.levers, s), f.levers, undefined, siteRecovery(s)).totalWan;
    if (v < f.levers.minPlacementValueWan) return 'below_min_value';
  }
  return null;
}

export function isMust(f: ScenarioFile, p: ScenarioProject): boolean {
  return p.stage === 'signed' || f.pins.some((x) => x.projectId === p.id);
}

/** Dominant chains of a jurisdiction: the union over its parks. */
export function jurisdictionChains(f: ScenarioFile, jurisdictionId: number): Set<number> {
  return new Set(f.parks.filter((p) => p.jurisdictionId === jurisdictionId).flatMap((p) => p.dominantChainIds));
}

/** A project counts for a leader's quota: same jurisdiction and role, big enough, in the dominant industry if required.
 * */
export function quotaQualifies(
  f: ScenarioFile,
  p: ScenarioProject,
  q: { jurisdictionId: number; role: string; minInvestmentWan: number; dominantOnly?: boolean },
): boolean {
  if (p.jurisdictionId !== q.jurisdictionId || p.leaderRole !== q.role || p.investmentWan < q.minInvestmentWan)
    return false;
  const dominantOnly =
    q.dominantOnly ??
    f.jurisdictions.find((j) => j.id === q.jurisdictionId)!.quotas.find((x) => x.role === q.role)?.dominantOnly;
  return !dominantOnly || (p.chainId !== null && jurisdictionChains(f, q.jurisdictionId).has(p.chainId));
}
