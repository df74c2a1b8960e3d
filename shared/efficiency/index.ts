export { DEFAULT_EFFICIENCY_SETTINGS, resolveSettings } from './settings';
export type {
  EfficiencySettings,
  EfficiencySettingsInput,
  EfficiencyWeights,
  SmallFirmWeights,
  GradeCutoffs,
  ProspectAssumptions,
} from './settings';
export {
  computeIndicators,
  computeBenchmarks,
  yearKwh,
  type Indicators,
  type Benchmarks,
  type LandedYear,
} from './indicators';
export { scoreIndicators } from './score';
export { GRADES, gradeForRank, gradeEntries, gradeEnterprises, gradeAgainst, entriesFromEnterprises } from './grade';
export type { Grade, GradeResult, EvaluationEntry } from './grade';
export { prospectFigures, prospectIndicators, prospectEntry, prospectEntryId, isSmallFirm } from './prospect';
export { tenantLandMu, tenantFootprintLandMu, siteFar } from './land';
export { buildReview, gradeChange, type ReviewRow, type ReviewBody } from './review';
export { DEFAULT_POLICY_TIERS, type PolicyTier } from './tiers';
