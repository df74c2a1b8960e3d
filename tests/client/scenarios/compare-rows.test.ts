import { describe, expect, it } from 'vitest';
import { differingSites, shareRows } from '@/features/scenarios/model/compare-rows';
import type { ScenarioComparison } from '@shared/scenarios/compare';
import type { ScenarioKpis } from '@shared/scenarios/kpis';

const kpis = (shares: Record<string, number | null>): ScenarioKpis => ({
  objectiveWan: 0,
  gap: 0,
  placements: 0,
  leftOut: 0,
  taxPvWan: 0,
  jobs: 0,
  investmentWan: 0,
  landMu: 0,
  floorM2: 0,
  incentiveCostWan: 0,
  equityWan: 0,
  dominantShareByPark: shares,
});

const cmp: ScenarioComparison = {
  scenarios: [
    { id: 1, name: 'A', kpis: kpis({ '5': 0.8, '2': null }) },
    { id: 2, name: 'B', kpis: kpis({ '5': 0.86 }) },
    { id: 3, name: 'C', kpis: kpis({ '5': 0.7, '2': 0.9 }) },
  ],
  deltas: [{}, {}, {}],
  differences: [
    { projectId: 10, sites: [{ siteId: 'plot:1', packageId: null }, null, { siteId: 'plot:2', packageId: 4 }] },
    { projectId: 11, sites: [null, { siteId: 'plot:1', packageId: 7 }, null] },
  ],
};

describe('compare page rows', () => {
  it(
    'lists the dominant share of every park with deltas against the first ' + 'scenario; unknown shares give no delta',
    () => {
      const rows = shareRows(cmp);
      expect(rows.map((r) => r.parkId)).toEqual([2, 5]);
      expect(rows[0].values).toEqual([null, null, 0.9]);
      expect(rows[0].deltas).toEqual([null, null, null]);
      expect(rows[1].deltas[0]).toBe(0);
      expect(rows[1].deltas[1]).toBeCloseTo(0.06, 12);
      expect(rows[1].deltas[2]).toBeCloseTo(-0.1, 12);
    },
  );

  it('maps each differing site to the project each scenario puts there', () => {
    const sites = differingSites(cmp);
    expect([...sites.keys()].sort()).toEqual(['plot:1', 'plot:2']);
    expect(sites.get('plot:1')).toEqual([10, 11, null]);
    expect(sites.get('plot:2')).toEqual([null, null, 10]);
  });
});
