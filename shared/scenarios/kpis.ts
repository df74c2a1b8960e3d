import type { AllocationResult } from '../allocation/types';
import type { Wan } from '../types/common';
import type { ResultView } from '../allocation/view';

/** The headline figures of a solved scenario, for lists and side-by-side comparison. */
export interface ScenarioKpis {
  /** Money figures are null when withheld from a viewer (withholdMoney). */
  objectiveWan: Wan | null;
  gap: number | null;
  placements: number;
  leftOut: number;
  taxPvWan: Wan | null;
  jobs: number;
  investmentWan: Wan | null;
  landMu: number;
  floorM2: number;
  incentiveCostWan: Wan | null;
  equityWan: Wan | null;
  dominantShareByPark: Record<string, number | null>;
}

export function scenarioKpis(
  r: AllocationResult | ResultView,
  projects: Map<number, { jobs: number; investmentWan: number }>,
): ScenarioKpis {
  const sum = (f: (a: ResultView['allocations'][number]) => number) => r.allocations.reduce((s, a) => s + f(a), 0);
  const k: ScenarioKpis = {
    objectiveWan: r.objective,
    gap: r.gap,
    placements: r.allocations.length,
    leftOut: r.leftOut.length,
    taxPvWan: sum((a) => a.breakdown?.taxPvWan ?? 0),
    jobs: sum((a) => projects.get(a.projectId)?.jobs ?? 0),
    investmentWan: sum((a) => projects.get(a.projectId)?.investmentWan ?? 0),
    landMu: sum((a) => a.areaMu ?? 0),
    floorM2: sum((a) => a.floorM2 ?? 0),
    incentiveCostWan: sum((a) => a.breakdown?.packageCostWan ?? 0),
    equityWan: r.budgets.find((b) => b.key === 'equity_fund')?.used ?? 0,
    dominantShareByPark: Object.fromEntries(r.parks.map((p) => [String(p.parkId), p.dominantShareAfter])),
  };
  // A result with its money withheld (a viewer's) gives no money KPIs either.
  return r.objective === null ? withholdMoney(k) : k;
}

/** The KPIs that are money (or reveal it: the gap is a ratio of objective values). */
export const MONEY_KPIS = [
  'objectiveWan',
  'gap',
  'taxPvWan',
  'investmentWan',
  'incentiveCostWan',
  'equityWan',
] as const;

/** A viewer's KPIs: counts, areas and shares stay; every money figure is null. */
export function withholdMoney(k: ScenarioKpis): ScenarioKpis {
  return { ...k, ...Object.fromEntries(MONEY_KPIS.map((key) => [key, null])) };
}
