import type { Id, Mu, Wan } from '../types/common';
import type { LandGrant } from '../types/agreement';
import type { Grade } from '../efficiency/grade';
import { cite, nationalMinFar, ruleValue } from '../rules';
import { monthsBetween } from './dates';

/** One reason a plot is flagged, with the figures and the rule that make it so. */
export type FlagEvidence =
  | { code: 'not_started'; rule: string; startConstructionBy: string; monthsOverdue: number }
  | { code: 'grade_d'; rule: string; years: number[] }
  | { code: 'far_low'; rule: string; far: number; minFar: number }
  | { code: 'intensity_low'; rule: string; investmentWanPerMu: number; minWanPerMu: number };

export type FlagKind = 'idle' | 'inefficient';
/** idle_fee: 满一年, 征缴闲置费; idle_recover: 满两年, 无偿收回; redevelop: 低效用地, 协商收回或再开发. */
export type FlagStage = 'idle_fee' | 'idle_recover' | 'redevelop';

export interface LandFlag {
  plotId: Id;
  plotCode: string;
  parkId: Id;
  parkName: string;
  jurisdictionId: Id;
  areaMu: Mu;
  enterpriseId: Id | null;
  enterpriseName: string | null;
  kind: FlagKind;
  stage: FlagStage;
  evidence: FlagEvidence[];
  /**
   * 土地闲置费 due (idle one year), 万元: 20% of the land price (rule idle.fee), estimated on the park's
   * listed price because the grant price actually paid is not recorded.
   */
  idleFeeWan: Wan | null;
  /** Whether a scenario may offer the plot as a site, and what recovering it costs and takes. */
  recoverable: boolean;
  recoveryCostWan: Wan;
  recoveryDelayYears: number;
}

export interface RecoverySettings {
  idleCostWanPerMu: number;
  inefficientCostShare: number;
  delayYears: number;
  dYears: number;
}
export const DEFAULT_RECOVERY_SETTINGS: RecoverySettings = {
  idleCostWanPerMu: ruleValue('recovery.idleCostWanPerMu'),
  inefficientCostShare: ruleValue('recovery.inefficientCostShare'),
  delayYears: ruleValue('recovery.delayYears'),
  dYears: ruleValue('inefficient.dYears'),
};

/** Idle under 53号令: not started `idle.years` after the agreed date; 满两年 → recovery. Null when not idle. */
export function idleEvidence(
  g: LandGrant,
  asOf: string,
): { stage: 'idle_fee' | 'idle_recover'; evidence: FlagEvidence } | null {
  if (g.constructionStartedOn) return null;
  const months = monthsBetween(g.startConstructionBy, asOf);
  if (months < 12 * ruleValue('idle.years')) return null;
  const recover = months >= 12 * ruleValue('idle.recoveryYears');
  return {
    stage: recover ? 'idle_recover' : 'idle_fee',
    evidence: {
      code: 'not_started',
      rule: cite(recover ? 'idle.recoveryYears' : 'idle.years'),
      startConstructionBy: g.startConstructionBy,
      monthsOverdue: months,
    },
  };
}

/** The latest `need` review years, if they are consecutive and all graded D. */
export function dGradeRun(grades: ReadonlyArray<{ year: number; grade: Grade }>, need: number): number[] | null {
  const sorted = [...grades].sort((a, b) => b.year - a.year).slice(0, need);
  if (sorted.length < need) return null;
  const consecutive = sorted.every((g, i) => g.year === sorted[0].year - i);
  return consecutive && sorted.every((g) => g.grade === 'D') ? sorted.map((g) => g.year).reverse() : null;
}

/** FAR below the 24号 minimum of the occupant's GB/T group (only for plots whose buildings are recorded). */
export function farEvidence(far: number | null, gbtGroup: number | null): FlagEvidence | null {
  if (far == null || gbtGroup == null) return null;
  const minFar = nationalMinFar(gbtGroup);
  if (minFar === null || far >= minFar) return null;
  return { code: 'far_low', rule: cite('landuse.far.min'), far, minFar };
}

/** Investment intensity (filed cumulative investment ÷ area) below the park's minimum, once completion is due. */
export function intensityEvidence(investmentWan: number | null, areaMu: Mu, minWanPerMu: number): FlagEvidence | null {
  if (investmentWan == null || !(areaMu > 0) || !(minWanPerMu > 0)) return null;
  const perMu = investmentWan / areaMu;
  if (perMu >= minWanPerMu) return null;
  // The park's minimum is its own setting (its land-supply terms), not a national figure.
  return {
    code: 'intensity_low',
    rule: '园区供地条件：投资强度下限（园区设置项）',
    investmentWanPerMu: perMu,
    minWanPerMu,
  };
}

/** What recovering a flagged plot costs: idle land comes back without compensation, inefficient land is bought back. */
/** The idle-land fee of a plot idle one year (rule idle.fee), on the park's listed land price; null at other stages. */
export function idleFeeWan(stage: FlagStage, areaMu: Mu, listedPriceWanPerMu: number): Wan | null {
  return stage === 'idle_fee' ? ruleValue('idle.fee') * listedPriceWanPerMu * areaMu : null;
}

export function recoveryTerms(
  stage: FlagStage,
  areaMu: Mu,
  listedPriceWanPerMu: number,
  s: RecoverySettings = DEFAULT_RECOVERY_SETTINGS,
): { recoverable: boolean; costWan: Wan; delayYears: number } {
  if (stage === 'idle_fee') return { recoverable: false, costWan: 0, delayYears: 0 };
  const costWan =
    stage === 'idle_recover' ? s.idleCostWanPerMu * areaMu : s.inefficientCostShare * listedPriceWanPerMu * areaMu;
  return { recoverable: true, costWan, delayYears: s.delayYears };
}
