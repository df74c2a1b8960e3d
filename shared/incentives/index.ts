/** Incentive package finance: cash flows, NPV / IRR / payback, clawback, compliance, templates. */
export * from './types';
export { npv, discountFlows, cumulative, paybackYear, discountedPaybackYear } from '../finance';
export { irr, irrRoots, IRR_MIN_RATE, IRR_MAX_RATE } from './irr';
export { DEFAULT_FINANCE_SETTINGS, financeSettings, type FinanceSettings } from './settings';
export {
  landFlows,
  equityFlows,
  leaseFlows,
  buildToSuitFlows,
  equipmentSubsidyFlows,
  taxRefundFlows,
  type ComponentFlows,
} from './components';
export {
  COMPONENT_KEYS,
  packageFlows,
  retainedTaxAtFull,
  retainedTaxFlows,
  rampShare,
  type ComponentKey,
  type PackageFlows,
  type ProjectFinance,
} from './flows';
export {
  packageMetrics,
  metricsFromFlows,
  packageCostForAllocation,
  type PackageMetrics,
  type AllocationCost,
} from './metrics';
export { underDelivery, type UnderDeliveryResult } from './clawback';
export { checkCompliance, RULES, type ComplianceInput, type ComplianceWarning, type Severity } from './compliance';
export {
  LAND_FLOOR_YUAN_PER_M2,
  MIN_FAR_BY_GBT_GROUP,
  PRIORITY_FLOOR_FACTOR,
  landFloorWanPerMu,
  nationalMinFar,
  yuanPerM2ToWanPerMu,
} from './land-rules';
export { packageTemplates, type IncentivePackageDraft, type TemplateOptions } from './templates';
export {
  comparePackages,
  MAX_COMPARED_PACKAGES,
  type CompareInput,
  type ComparedPackage,
  type PackageComparison,
} from './compare';
