import type { AllocationResult } from '../allocation/types';
import { scenarioKpis, type ScenarioKpis } from './kpis';

export interface ComparedScenario {
  id: number;
  name: string;
  kpis: ScenarioKpis;
}

export interface PlacementDiff {
  projectId: number;
  /** Where each scenario puts the project ('plot:12', 'building:3') and with which package; null = left out. */
  sites: Array<{ siteId: string; packageId: number | null } | null>;
}

export interface ScenarioComparison {
  scenarios: ComparedScenario[];
  /** KPI deltas of every scenario against the first. */
  deltas: Array<Partial<Record<keyof ScenarioKpis, number>>>;
  /** Projects placed differently (other site, other package, or in one and out of another). */
  differences: PlacementDiff[];
}

const NUMERIC: Array<keyof ScenarioKpis> = [
  'objectiveWan',
  'placements',
  'leftOut',
  'taxPvWan',
  'jobs',
  'investmentWan',
  'landMu',
  'floorM2',
  'incentiveCostWan',
  'equityWan',
];

/** Two or three solved scenarios side by side: KPIs, deltas against the first, placements that differ. */
export function compareScenarios(
  items: Array<{ id: number; name: string; result: AllocationResult }>,
  projects: Map<number, { jobs: number; investmentWan: number }>,
): ScenarioComparison {
  const scenarios = items.map((s) => ({ id: s.id, name: s.name, kpis: scenarioKpis(s.result, projects) }));
  const base = scenarios[0].kpis;
  const deltas = scenarios.map((s) =>
    Object.fromEntries(
      NUMERIC.flatMap((k) => {
        const [v, b] = [s.kpis[k], base[k]];
        // A withheld figure (null) has no delta either.
        return typeof v === 'number' && typeof b === 'number' ? [[k, v - b]] : [];
      }),
    ),
  );
  const ids = new Set(items.flatMap((s) => s.result.allocations.map((a) => a.projectId)));
  const differences: PlacementDiff[] = [];
  for (const projectId of [...ids].sort((a, b) => a - b)) {
    const sites = items.map((s) => {
      const a = s.result.allocations.find((x) => x.projectId === projectId);
      return a ? { siteId: a.siteId, packageId: a.packageId } : null;
    });
    const keys = new Set(sites.map((x) => (x ? `${x.siteId}|${x.packageId}` : 'out')));
    if (keys.size > 1) differences.push({ projectId, sites });
  }
  return { scenarios, deltas, differences };
}
