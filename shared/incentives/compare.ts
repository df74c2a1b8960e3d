import { AppError } from '../errors';
import type { IncentivePackage } from '../types/incentive-package';
import type { Project } from '../types/project';
import { underDelivery, type UnderDeliveryResult } from './clawback';
import { checkCompliance, type ComplianceInput, type ComplianceWarning } from './compliance';
import { cumulative, discountFlows } from '../finance';
import { packageFlows } from './flows';
import { metricsFromFlows, type PackageMetrics } from './metrics';
import type { FinanceSettings } from './settings';

export const MAX_COMPARED_PACKAGES = 5;

export type ComparedPackage = Pick<IncentivePackage, 'name' | 'nameEn' | 'components'> & { id?: number };

export interface CompareInput {
  packages: readonly ComparedPackage[];
  project: Pick<Project, 'investmentWan' | 'taxWan' | 'vatShare' | 'rampUpYears' | 'jobs' | 'landNeedMu'>;
  settings: FinanceSettings;
  /** The under-delivery slider, 0..1; 1 = everything committed is delivered. */
  deliveredShare?: number;
  /** Without a park the compliance checks that need it are skipped (warnings: []). */
  park?: ComplianceInput['park'] | null;
  gbtGroup?: number | null;
  plannedFar?: number | null;
}

export interface PackageComparison {
  id: number | null;
  name: string;
  nameEn: string;
  /** At full delivery. */
  metrics: PackageMetrics;
  series: {
    /** Government gross flows and their cumulative discounted sum (the chart's line). */
    gov: number[];
    govCumulativePv: number[];
    govButForCumulativePv: number[];
    investor: number[];
    investorCumulativePv: number[];
    incentive: number[];
  };
  /** The same package when only `deliveredShare` is delivered. */
  delivery: Pick<
    UnderDeliveryResult,
    | 'deliveredShare'
    | 'clawbackYear'
    | 'recoveredWan'
    | 'govNpvWithoutClawbackWan'
    | 'govNpvWithClawbackWan'
    | 'govNpvButForWithoutClawbackWan'
    | 'govNpvButForWithClawbackWan'
  > & {
    metrics: PackageMetrics;
    govCumulativePvWithClawback: number[];
  };
  warnings: ComplianceWarning[];
}

/** Everything the comparison screen shows, for up to five packages; pure and fast enough to rerun on every slider move.
 * */
export function comparePackages(input: CompareInput): PackageComparison[] {
  if (input.packages.length > MAX_COMPARED_PACKAGES) {
    throw new AppError('too_many_packages', `at most ${MAX_COMPARED_PACKAGES} packages can be compared`, 400, {
      count: input.packages.length,
    });
  }
  const { project, settings: s } = input;
  const share = input.deliveredShare ?? 1;
  const r = s.discountRate;
  return input.packages.map((pkg) => {
    const flows = packageFlows(pkg.components, project, s);
    const metrics = metricsFromFlows(flows, project, s);
    const ud = underDelivery(pkg.components, project, share, s);
    const warnings = input.park
      ? checkCompliance({
          components: pkg.components,
          project,
          park: input.park,
          gbtGroup: input.gbtGroup,
          plannedFar: input.plannedFar,
          settings: s,
        })
      : [];
    return {
      id: pkg.id ?? null,
      name: pkg.name,
      nameEn: pkg.nameEn,
      metrics,
      series: {
        gov: flows.gov,
        govCumulativePv: cumulative(discountFlows(r, flows.gov)),
        govButForCumulativePv: cumulative(discountFlows(r, flows.govButFor)),
        investor: flows.investor,
        investorCumulativePv: cumulative(discountFlows(s.investorDiscountRate, flows.investor)),
        incentive: flows.incentive,
      },
      delivery: {
        deliveredShare: ud.deliveredShare,
        metrics: share === 1 ? metrics : metricsFromFlows(ud.flows, ud.project, s),
        clawbackYear: ud.clawbackYear,
        recoveredWan: ud.recoveredWan,
        govNpvWithoutClawbackWan: ud.govNpvWithoutClawbackWan,
        govNpvWithClawbackWan: ud.govNpvWithClawbackWan,
        govNpvButForWithoutClawbackWan: ud.govNpvButForWithoutClawbackWan,
        govNpvButForWithClawbackWan: ud.govNpvButForWithClawbackWan,
        govCumulativePvWithClawback: cumulative(discountFlows(r, ud.govWithClawback)),
      },
      warnings,
    };
  });
}
