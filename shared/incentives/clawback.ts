import type { IncentivePackage } from '../types/incentive-package';
import { npv } from '../finance';
import { packageFlows, type PackageFlows, type ProjectFinance } from './flows';
import type { FinanceSettings } from './settings';
import type { IncentiveComponents } from './types';

export interface UnderDeliveryResult {
  /** Share of committed tax, investment and jobs actually delivered, 0..1. */
  deliveredShare: number;
  /** The project with tax, investment and jobs scaled by the delivered share. */
  project: ProjectFinance;
  /** Year the clawback is collected, or null when none applies (full delivery, no pro-rata terms, or after the
   * horizon). */
  clawbackYear: number | null;
  /** Nominal amount recovered: (1 − delivered) × incentives given up to and including the clawback year. */
  recoveredWan: number;
  govNpvWithoutClawbackWan: number;
  govNpvWithClawbackWan: number;
  govNpvButForWithoutClawbackWan: number;
  govNpvButForWithClawbackWan: number;
  /** Flows under delivery, without clawback. */
  flows: PackageFlows;
  /** Government gross flows with the recovery added at the clawback year. */
  govWithClawback: number[];
}

const componentsOf = (p: IncentiveComponents | Pick<IncentivePackage, 'components'>): IncentiveComponents =>
  'components' in p && p.components ? p.components : (p as IncentiveComponents);

/**
 * The investor delivers only `deliveredShare` of what it committed: tax, investment and jobs are
 * scaled by that share (the whole tax stream, refunds with it), incentives already promised are
 * still given. With pro-rata clawback terms, the government recovers (1 − share) of the nominal
 * incentives given up to the clawback year, collected in that year. Incentives after the
 * clawback year are not adjusted (the terms do not say so; a simplification to review).
 */
export function underDelivery(
  pkg: IncentiveComponents | Pick<IncentivePackage, 'components'>,
  project: ProjectFinance,
  deliveredShare: number,
  settings: FinanceSettings,
): UnderDeliveryResult {
  const share = Math.min(1, Math.max(0, deliveredShare));
  const components = componentsOf(pkg);
  const scaled: ProjectFinance = {
    ...project,
    taxWan: project.taxWan * share,
    investmentWan: project.investmentWan * share,
    jobs: project.jobs * share,
  };
  const flows = packageFlows(components, scaled, settings);
  const c = components.commitments;
  const applies = !!c && c.clawbackProRata && share < 1 && c.clawbackYear <= settings.horizonYears;
  let recoveredWan = 0;
  const govWithClawback = flows.gov.slice();
  const butForWithClawback = flows.govButFor.slice();
  if (applies && c) {
    let given = 0;
    for (let t = 0; t <= c.clawbackYear; t++) given += flows.incentive[t];
    recoveredWan = (1 - share) * given;
    govWithClawback[c.clawbackYear] += recoveredWan;
    butForWithClawback[c.clawbackYear] += recoveredWan;
  }
  const r = settings.discountRate;
  return {
    deliveredShare: share,
    project: scaled,
    clawbackYear: applies && c ? c.clawbackYear : null,
    recoveredWan,
    govNpvWithoutClawbackWan: npv(r, flows.gov),
    govNpvWithClawbackWan: npv(r, govWithClawback),
    govNpvButForWithoutClawbackWan: npv(r, flows.govButFor),
    govNpvButForWithClawbackWan: npv(r, butForWithClawback),
    flows,
    govWithClawback,
  };
}
