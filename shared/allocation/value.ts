import type {
  Levers,
  ScenarioJurisdiction,
  ScenarioPackage,
  ScenarioPark,
  ScenarioProject,
  ScenarioSite,
} from '../schemas/scenario-file';

/** 1 亩 = 10000/15 m² exactly; factory floor is converted at this rate for park shares. */
export const M2_PER_MU = 10000 / 15;
/** Local part of each tax: VAT 50:50 centre/local (国发〔2016〕26号), corporate income tax 60:40 (国发〔2003〕26号). */
export const VAT_LOCAL_SHARE = 0.5;
export const CIT_LOCAL_SHARE = 0.4;
/** Head-enterprise bonus by kind, as a share of headBonusWan (a ParkPlan convention, documented). */
export const HEAD_FACTOR = { none: 0, global500: 1, china500: 0.6, listed: 0.4 } as const;

export interface ValueBreakdown {
  taxPvWan: number;
  jobsWan: number;
  chainGapWan: number;
  headWan: number;
  packageCostWan: number;
  /** On a recoverable (flagged) site only: what recovering it costs and the years it adds. */
  recoveryCostWan?: number;
  recoveryDelayYears?: number;
  /** Weighted total: what the objective counts. */
  totalWan: number;
}

/** Share of the project's yearly tax the county keeps. */
export function retainedFactor(p: ScenarioProject, j: ScenarioJurisdiction): number {
  return p.vatShare * VAT_LOCAL_SHARE * j.retainedShareVat + (1 - p.vatShare) * CIT_LOCAL_SHARE * j.retainedShareCit;
}

/**
 * Present value of retained tax over the horizon; production starts after `delayYears` and ramps up
 * linearly over rampUpYears (year u of operation produces min(1, u / rampUpYears)).
 */
export function taxPv(p: ScenarioProject, j: ScenarioJurisdiction, levers: Levers, delayYears: number): number {
  const yearly = p.taxWan * retainedFactor(p, j);
  let pv = 0;
  for (let t = 1; t <= levers.horizonYears; t++) {
    const u = t - delayYears;
    if (u <= 0) continue;
    const ramp = p.rampUpYears <= 0 ? 1 : Math.min(1, u / p.rampUpYears);
    pv += (yearly * ramp) / Math.pow(1 + levers.discountRate, t);
  }
  return pv;
}

export function fillsChainGap(p: ScenarioProject, park: ScenarioPark): boolean {
  return (
    p.chainId !== null &&
    p.chainLinkId !== null &&
    park.dominantChainIds.includes(p.chainId) &&
    !park.presentLinkIds.includes(p.chainLinkId)
  );
}

export function isDominant(p: ScenarioProject, park: ScenarioPark): boolean {
  return p.chainId !== null && park.dominantChainIds.includes(p.chainId);
}

export interface SiteRecovery {
  costWan: number;
  delayYears: number;
}

/** A site's recovery terms, or null for an ordinary vacant site. */
export function siteRecovery(s: Pick<ScenarioSite, 'recoveryCostWan' | 'recoveryDelayYears'>): SiteRecovery | null {
  if (s.recoveryCostWan === undefined && s.recoveryDelayYears === undefined) return null;
  return { costWan: s.recoveryCostWan ?? 0, delayYears: s.recoveryDelayYears ?? 0 };
}

/** Years before production on a site: its readiness delay, plus the recovery's on a flagged plot. */
export function siteDelay(
  levers: Levers,
  s: Pick<ScenarioSite, 'readiness' | 'recoveryCostWan' | 'recoveryDelayYears'>,
) {
  return levers.readinessDelayYears[s.readiness] + (siteRecovery(s)?.delayYears ?? 0);
}

/** value(p, park, readiness, k): the objective coefficient of a placement. Nothing rewards area. */
export function placementValue(
  p: ScenarioProject,
  park: ScenarioPark,
  j: ScenarioJurisdiction,
  pkg: ScenarioPackage | null,
  delayYears: number,
  levers: Levers,
  /** The tax PV if already computed for this (jurisdiction, delay). */
  knownTaxPv?: number,
  /** A recoverable site's terms (its delay is already in delayYears). */
  recovery?: SiteRecovery | null,
): ValueBreakdown {
  const w = levers.weights;
  const taxPvWan = knownTaxPv ?? taxPv(p, j, levers, delayYears);
  const jobsWan = p.jobs * levers.jobValueWan;
  const chainGapWan = fillsChainGap(p, park) ? levers.chainGapBonusWan : 0;
  const headWan = HEAD_FACTOR[p.head] * levers.headBonusWan;
  const packageCostWan = pkg ? pkg.pvCostWan : 0;
  // Recovering land is public money spent to place the project, weighed like an incentive's cost.
  const recoveryCostWan = recovery?.costWan ?? 0;
  const totalWan =
    w.tax * taxPvWan +
    w.jobs * jobsWan +
    w.chainFit * chainGapWan +
    w.head * headWan -
    w.incentiveCost * (packageCostWan + recoveryCostWan);
  const base = { taxPvWan, jobsWan, chainGapWan, headWan, packageCostWan, totalWan };
  return recovery ? { ...base, recoveryCostWan, recoveryDelayYears: recovery.delayYears } : base;
}
