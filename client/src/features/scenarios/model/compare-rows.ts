import type { ScenarioComparison } from '@shared/scenarios/compare';
import type { ScenarioKpis } from '@shared/scenarios/kpis';

export type KpiUnit = 'wan' | 'mu' | 'm2' | 'count' | 'share';

/** The KPIs the compare page lists, in order, with their unit (formatting happens in the component). */
export const COMPARE_KPIS: Array<{
  key: Exclude<keyof ScenarioKpis, 'dominantShareByPark' | 'gap'>;
  unit: KpiUnit;
  higherIsBetter: boolean;
}> = [
  { key: 'objectiveWan', unit: 'wan', higherIsBetter: true },
  { key: 'taxPvWan', unit: 'wan', higherIsBetter: true },
  { key: 'jobs', unit: 'count', higherIsBetter: true },
  { key: 'investmentWan', unit: 'wan', higherIsBetter: true },
  { key: 'landMu', unit: 'mu', higherIsBetter: false },
  { key: 'floorM2', unit: 'm2', higherIsBetter: false },
  { key: 'incentiveCostWan', unit: 'wan', higherIsBetter: false },
  { key: 'equityWan', unit: 'wan', higherIsBetter: false },
  { key: 'placements', unit: 'count', higherIsBetter: true },
  { key: 'leftOut', unit: 'count', higherIsBetter: false },
];

export interface ShareRow {
  parkId: number;
  /** Dominant share after each scenario (null: nothing allocated there in that scenario). */
  values: Array<number | null>;
  /** Difference against the first scenario, in share points (null when either side is unknown). */
  deltas: Array<number | null>;
}

/** Dominant share per park across the compared scenarios, parks in id order. */
export function shareRows(c: ScenarioComparison): ShareRow[] {
  const ids = new Set<number>();
  for (const s of c.scenarios) for (const k of Object.keys(s.kpis.dominantShareByPark)) ids.add(Number(k));
  return [...ids]
    .sort((a, b) => a - b)
    .map((parkId) => {
      const values = c.scenarios.map((s) => s.kpis.dominantShareByPark[String(parkId)] ?? null);
      const base = values[0];
      return { parkId, values, deltas: values.map((v) => (v == null || base == null ? null : v - base)) };
    });
}

/**
 * Sites that differ between the scenarios: for each site id, which scenarios (by index) put a
 * project there, and which project. A site used alike by all scenarios is not listed.
 */
export function differingSites(c: ScenarioComparison): Map<string, Array<number | null>> {
  const out = new Map<string, Array<number | null>>();
  for (const d of c.differences) {
    d.sites.forEach((s, i) => {
      if (!s) return;
      const row = out.get(s.siteId) ?? c.scenarios.map(() => null);
      row[i] = d.projectId;
      out.set(s.siteId, row);
    });
  }
  return out;
}
