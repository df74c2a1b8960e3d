import type { AllocationResult } from '../allocation/types';

/** The headline figures of a solved scenario, for lists and side-by-side comparison. */
export interface ScenarioKpis {
  objectiveWan: number;
  gap: number;
  placements: number;
  leftOut: number;
  taxPvWan: number;
  jobs: number;
  investmentWan: number;
  landMu: number;
  floorM2: number;
  incentiveCostWan: number;
  equityWan: number;
  dominantShareByPark: Record<string, number | null>;
}

export function scenarioKpis(
  r: AllocationResult,
  projects: Map<number, { jobs: number; investmentWan: number }>,
): ScenarioKpis {
  const sum = (f: (a: AllocationResult['allocations'][number]) => number) =>
    r.allocations.reduce((s, a) => s + f(a), 0);
  return {
    objectiveWan: r.objective,
    gap: r.gap,
    placements: r.allocations.length,
    leftOut: r.leftOut.length,
    taxPvWan: sum((a) => a.breakdown.taxPvWan),
    jobs: sum((a) => projects.get(a.projectId)?.jobs ?? 0),
    investmentWan: sum((a) => projects.get(a.projectId)?.investmentWan ?? 0),
    landMu: sum((a) => a.areaMu ?? 0),
    floorM2: sum((a) => a.floorM2 ?? 0),
    incentiveCostWan: sum((a) => a.breakdown.packageCostWan),
    equityWan: r.budgets.find((b) => b.key === 'equity_fund')?.used ?? 0,
    dominantShareByPark: Object.fromEntries(r.parks.map((p) => [String(p.parkId), p.dominantShareAfter])),
  };
}
