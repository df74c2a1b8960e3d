import type { Allocation, AllocationResult, BudgetReport, LeftOut, ParkReport, QuotaReport } from './types';
import type { ValueBreakdown } from './value';

/**
 * A result as the API sends it: a viewer gets what goes where, never the money (issue 15 #2). One
 * policy: a withheld figure is null, so it cannot be read as a real 0.
 */
type W = number | null;
export type AllocationView = Omit<Allocation, 'valueWan' | 'breakdown' | 'investorValueWan'> & {
  valueWan: W;
  breakdown: ValueBreakdown | null;
  investorValueWan?: W;
};
export type BudgetView = Omit<BudgetReport, 'used' | 'available' | 'marginalValueWan'> & {
  used: W;
  available: W;
  marginalValueWan: W;
};
export type QuotaView = Omit<QuotaReport, 'penaltyWan'> & { penaltyWan: W };
export type ParkView = Omit<ParkReport, 'marginalValueWanPerMu'> & { marginalValueWanPerMu: W };
export type LeftOutView = Omit<LeftOut, 'bindingDetail'> & {
  bindingDetail: Omit<LeftOut['bindingDetail'], 'bestOption' | 'shadowCostWan'> & {
    bestOption?: Omit<NonNullable<LeftOut['bindingDetail']['bestOption']>, 'valueWan'> & { valueWan: W };
    shadowCostWan?: LeftOut['bindingDetail']['shadowCostWan'] | null;
  };
};
export type ResultView = Omit<
  AllocationResult,
  'objective' | 'bound' | 'gap' | 'allocations' | 'budgets' | 'quotas' | 'parks' | 'leftOut' | 'stats'
> & {
  objective: W;
  bound: W;
  gap: W;
  allocations: AllocationView[];
  budgets: BudgetView[];
  quotas: QuotaView[];
  parks: ParkView[];
  leftOut: LeftOutView[];
  stats: Omit<AllocationResult['stats'], 'lagrangianBound'> & { lagrangianBound: W };
};

/** Every money figure of a result withheld (null); placements, areas, shares and reasons stay. */
export function withholdResultMoney(r: AllocationResult): ResultView {
  return {
    ...r,
    objective: null,
    bound: null,
    gap: null,
    allocations: r.allocations.map((a) => ({ ...a, valueWan: null, breakdown: null, investorValueWan: null })),
    budgets: r.budgets.map((b) => ({ ...b, used: null, available: null, marginalValueWan: null })),
    quotas: r.quotas.map((q) => ({ ...q, penaltyWan: null })),
    parks: r.parks.map((p) => ({ ...p, marginalValueWanPerMu: null })),
    leftOut: r.leftOut.map((l) => ({
      ...l,
      costToPlaceWan: null,
      costToPlaceLowerBoundWan: null,
      bindingDetail: {
        ...l.bindingDetail,
        bestOption: l.bindingDetail.bestOption && { ...l.bindingDetail.bestOption, valueWan: null },
        shadowCostWan: l.bindingDetail.shadowCostWan && null,
      },
    })),
    stats: { ...r.stats, lagrangianBound: null, exact: r.stats.exact && { ...r.stats.exact, bound: undefined } },
  };
}
