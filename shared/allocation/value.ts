import type {
  Levers,
  ScenarioJurisdiction,
  ScenarioPackage,
  ScenarioPark,
  ScenarioProject,
  ScenarioSite,
} from '../schemas/scenario-file';

import { CIT_LOCAL_SHARE, retainedTaxAtFull, retainedTaxPv, VAT_LOCAL_SHARE } from '../finance';

/** Factory floor is converted to 亩 at the legal rate for park shares. */
export { M2_PER_MU } from '../units';
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
  return retainedTaxAtFull(
    { taxWan: 1, vatShare: p.vatShare },
    {
      localShareVat: VAT_LOCAL_SHARE,
      localShareCit: CIT_LOCAL_SHARE,
      retainedShareVat: j.retainedShareVat,
      retainedShareCit: j.retainedShareCit,
    },
  );
}

/**
 * Present value of retained tax over the horizon, production starting `delayYears` after signing
 * (shared/finance/tax.ts: the same stream the incentive screen discounts).
 */
export function taxPv(p: ScenarioProject, j: ScenarioJurisdiction, levers: Levers, delayYears: number): number {
  return retainedTaxPv(
    p.taxWan * retainedFactor(p, j),
    p.rampUpYears,
    levers.horizonYears,
    levers.discountRate,
    delayYears,
  );
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
