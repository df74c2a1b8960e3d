import type { Project } from '../types/project';
import {
  buildToSuitFlows,
  emptyFlows,
  equipmentSubsidyFlows,
  equityFlows,
  landFlows,
  leaseFlows,
  taxRefundFlows,
  type ComponentFlows,
} from './components';
import { rampShare, retainedTaxAtFull as retainedAtFull, retainedTaxFlows as taxFlows } from '../finance';
import type { FinanceSettings } from './settings';
import type { IncentiveComponents } from './types';

export const COMPONENT_KEYS = ['land', 'equity', 'lease', 'buildToSuit', 'equipmentSubsidy', 'taxRefund'] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/** The project facts the cash flows read. */
export type ProjectFinance = Pick<
  Project,
  'investmentWan' | 'taxWan' | 'vatShare' | 'rampUpYears' | 'jobs' | 'landNeedMu'
>;

export interface PackageFlows {
  horizonYears: number;
  /** Local retained tax from the project, ramped up (government inflow). */
  retainedTax: number[];
  components: Partial<Record<ComponentKey, ComponentFlows>>;
  /** Government: all components plus retained tax. */
  gov: number[];
  /** Government: all components, no tax (refunds included, as outflows). */
  govNonTax: number[];
  /** Government, "but-for": all components plus only `butForShare` of the retained tax. */
  govButFor: number[];
  investor: number[];
  incentive: number[];
}

/** Retained local tax per year at full production (shared/finance/tax.ts with the settings' shares). */
export function retainedTaxAtFull(project: Pick<Project, 'taxWan' | 'vatShare'>, s: FinanceSettings): number {
  return retainedAtFull(project, s);
}

export { rampShare };

export function retainedTaxFlows(project: ProjectFinance, s: FinanceSettings): number[] {
  return taxFlows(retainedTaxAtFull(project, s), project.rampUpYears, s.horizonYears);
}

/** All yearly flows of a package for a project, years 0..horizonYears. */
export function packageFlows(
  components: IncentiveComponents,
  project: ProjectFinance,
  s: FinanceSettings,
): PackageFlows {
  const h = s.horizonYears;
  const retainedTax = retainedTaxFlows(project, s);
  const parts: Partial<Record<ComponentKey, ComponentFlows>> = {};
  if (components.land) parts.land = landFlows(components.land, h);
  if (components.equity) parts.equity = equityFlows(components.equity, h, s);
  if (components.lease) parts.lease = leaseFlows(components.lease, h);
  if (components.buildToSuit) parts.buildToSuit = buildToSuitFlows(components.buildToSuit, h, s.discountRate);
  if (components.equipmentSubsidy) parts.equipmentSubsidy = equipmentSubsidyFlows(components.equipmentSubsidy, h);
  if (components.taxRefund) parts.taxRefund = taxRefundFlows(components.taxRefund, retainedTax);

  const sum = emptyFlows(h);
  for (const key of COMPONENT_KEYS) {
    const c = parts[key];
    if (!c) continue;
    for (let t = 0; t <= h; t++) {
      sum.gov[t] += c.gov[t];
      sum.investor[t] += c.investor[t];
      sum.incentive[t] += c.incentive[t];
    }
  }
  const gov = new Array<number>(h + 1);
  const govButFor = new Array<number>(h + 1);
  for (let t = 0; t <= h; t++) {
    gov[t] = sum.gov[t] + retainedTax[t];
    govButFor[t] = sum.gov[t] + s.butForShare * retainedTax[t];
  }
  return {
    horizonYears: h,
    retainedTax,
    components: parts,
    gov,
    govNonTax: sum.gov,
    govButFor,
    investor: sum.investor,
    incentive: sum.incentive,
  };
}
