import { discountedPaybackYear, npv, paybackYear } from '../finance';
import { packageFlows, type PackageFlows, type ProjectFinance } from './flows';
import { irr } from './irr';
import type { FinanceSettings } from './settings';
import type { IncentiveComponents } from './types';

/** What the comparison table shows per package. Money in 万元, present values at settings' rates. */
export interface PackageMetrics {
  /** PV of the project's local retained tax over the horizon. */
  retainedTaxPvWan: number;
  /** PV of all government flows, counting all retained tax (gross). */
  govNpvWan: number;
  /** PV of all government flows, counting only butForShare of the retained tax. */
  govNpvButForWan: number;
  /** PV of the value given away (the incentive cost to the government). */
  incentivePvWan: number;
  /** Undiscounted and discounted payback of the government's gross flows, or null if never within the horizon. */
  govPaybackYear: number | null;
  govDiscountedPaybackYear: number | null;
  /** IRR of the government's gross flows; null where it does not exist or is not unique. */
  govIrr: number | null;
  /** incentivePvWan / jobs; null when the project creates no jobs. */
  costPerJobWan: number | null;
  /** incentivePvWan / investment; null when investment is 0. */
  incentiveShareOfInvestment: number | null;
  /** PV of the investor's gains over market terms, at the investor's rate (may be < 0, e.g. a costly buy-back). */
  investorPvSavingWan: number;
  /** The investor's own capital in year 0: investment less what the package funds or waives in year 0. */
  investorUpfrontWan: number;
}

export function metricsFromFlows(f: PackageFlows, project: ProjectFinance, s: FinanceSettings): PackageMetrics {
  const r = s.discountRate;
  const incentivePvWan = npv(r, f.incentive);
  return {
    retainedTaxPvWan: npv(r, f.retainedTax),
    govNpvWan: npv(r, f.gov),
    govNpvButForWan: npv(r, f.govButFor),
    incentivePvWan,
    govPaybackYear: paybackYear(f.gov),
    govDiscountedPaybackYear: discountedPaybackYear(r, f.gov),
    govIrr: irr(f.gov),
    costPerJobWan: project.jobs > 0 ? incentivePvWan / project.jobs : null,
    incentiveShareOfInvestment: project.investmentWan > 0 ? incentivePvWan / project.investmentWan : null,
    investorPvSavingWan: npv(s.investorDiscountRate, f.investor),
    // investor[0] = land discount + equity received + build-to-suit cost + any year-0 subsidy.
    investorUpfrontWan: Math.max(0, project.investmentWan - f.investor[0]),
  };
}

export function packageMetrics(
  components: IncentiveComponents,
  project: ProjectFinance,
  s: FinanceSettings,
): PackageMetrics {
  return metricsFromFlows(packageFlows(components, project, s), project, s);
}

/** The coefficients the allocation engine reads for a package, in 万元. */
export interface AllocationCost {
  /**
   * PV of the government's net cash outlay for the package, excluding the project's retained tax:
   * −NPV of land revenue − preparation cost, equity out + dividends + buy-back, rent received,
   * transfer price − building cost, build-to-suit cost − instalments, subsidies, tax refunds.
   * Negative when the package earns cash (e.g. land sold above its preparation cost) — so using
   * it as the objective's cost would reward selling land; prefer incentivePvWan there.
   */
  pvCostWan: number;
  /** Nominal government equity paid in year 0 (for the equity-fund budget); 0 without a stake. */
  equityWan: number;
  /**
   * PV of the value given away, ≥ 0: land discount off the listed price, rent forgone against
   * market rent, transfer below building cost, the subsidy element of equity and build-to-suit
   * (outlay − PV of what comes back, floored at 0), subsidies, tax refunds. The cost coefficient
   * for the objective and for the incentive budget.
   */
  incentivePvWan: number;
}

export function packageCostForAllocation(
  components: IncentiveComponents,
  project: ProjectFinance,
  settings: FinanceSettings,
): AllocationCost {
  const f = packageFlows(components, project, settings);
  return {
    pvCostWan: -npv(settings.discountRate, f.govNonTax),
    equityWan: components.equity?.amountWan ?? 0,
    incentivePvWan: npv(settings.discountRate, f.incentive),
  };
}
