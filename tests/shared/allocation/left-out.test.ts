import { describe, expect, it } from 'vitest';
import { solveScenario } from '../../../shared/allocation/solve';
import { PLAIN_LEVERS, plot, project, scenario } from '../../fixtures/allocation/build';

// With PLAIN_LEVERS and retained shares 1: value = tax × (0.5·0.5 + 0.5·0.4) × 10 years − package cost = 4.5·tax −
// cost.
const pkg = (id: number, pvCostWan: number, equityWan = 0, incentivePvWan = pvCostWan) => ({
  id,
  pvCostWan,
  equityWan,
  incentivePvWan,
  appliesTo: 'both' as const,
});
const out = (r: ReturnType<typeof solveScenario>, id: number) => r.leftOut.find((l) => l.projectId === id)!;

describe('left-out projects: reason and cost to place', () => {
  it(
    'when two projects want the only plot, then the weaker is left out for ' +
      'capacity and costs the value difference',
    () => {
      const r = solveScenario(
        scenario({
          sites: [plot('plot:1', 1, 100)],
          projects: [project(1, { landNeedMu: 60, taxWan: 500 }), project(2, { landNeedMu: 60, taxWan: 400 })],
        }),
      );
      expect(r.objective).toBeCloseTo(4.5 * 500 - 100, 6);
      expect(r.allocations.map((a) => a.projectId)).toEqual([1]);
      const l = out(r, 2);
      expect(l.reason).toBe('capacity');
      expect(l.costMethod).toBe('reoptimised');
      expect(l.costToPlaceWan).toBeCloseTo(4.5 * 500 - 100 - (4.5 * 400 - 100), 6); // 450
      expect(l.costToPlaceLowerBoundWan!).toBeLessThanOrEqual(l.costToPlaceWan! + 1e-6);
      expect(l.bindingDetail.displaced).toEqual([1]);
    },
  );

  it(
    'when the equity fund covers one stake, then the other project is left ' +
      'out for the budget and its cost is the difference',
    () => {
      const r = solveScenario(
        scenario({
          levers: { ...PLAIN_LEVERS, equityFundWan: 1000 },
          sites: [plot('plot:1', 1, 300)],
          projects: [
            project(1, { taxWan: 500, packages: [pkg(11, 50, 800, 0)] }),
            project(2, { taxWan: 600, packages: [pkg(21, 50, 700, 0)] }),
          ],
        }),
      );
      expect(r.allocations.map((a) => a.projectId)).toEqual([2]);
      const l = out(r, 1);
      expect(l.reason).toBe('equity_budget');
      expect(l.message).toEqual({
        code: 'lo_equity_budget',
        params: { needWan: 800, usedWan: 700, availableWan: 1000 },
      });
      expect(l.costToPlaceWan).toBeCloseTo(4.5 * 600 - 50 - (4.5 * 500 - 50), 6); // 450
      const fund = r.budgets.find((b) => b.key === 'equity_fund')!;
      expect(fund.used).toBe(700);
      expect(fund.available).toBe(1000);
    },
  );

  it(
    'when a non-dominant project would break the park focus, then the ' +
      'reason is dominant share and it cannot be placed',
    () => {
      const r = solveScenario(
        scenario({
          sites: [plot('plot:1', 1, 200)],
          projects: [
            project(1, { landNeedMu: 50, taxWan: 300 }),
            project(2, { chainId: 2, chainLinkId: 201, landNeedMu: 50, taxWan: 800 }),
          ],
        }),
      );
      expect(r.allocations.map((a) => a.projectId)).toEqual([1]);
      const l = out(r, 2);
      expect(l.reason).toBe('dominant_share');
      // 50 亩 non-dominant needs ≥ 116.7 亩 dominant (θ = 0.7); only 50 exist: impossible, not merely costly.
      expect(l.costToPlaceWan).toBeNull();
      expect(l.costMethod).toBe('impossible');
      // The proof says what would have to change: 116.7 亩 of new dominant land needed, 50 亩 in the scenario.
      expect(l.message).toMatchObject({ code: 'lo_share_unreachable', params: { parkId: 1, theta: 0.7 } });
      const proof = l.message!.params as { dominantNeedMu: number; dominantAvailableMu: number };
      expect(proof.dominantNeedMu).toBeCloseTo((0.7 * 50) / 0.3, 6);
      expect(proof.dominantAvailableMu).toBe(50);
      const park = r.parks[0];
      expect(park.newDominantShare).toBe(1);
      expect(park.areaAllocatedMu).toBe(50);
    },
  );

  it(
    'when no plot has the land use a polluting project needs, then it has ' +
      'no compatible site and the filters say why',
    () => {
      const r = solveScenario(
        scenario({
          sites: [plot('plot:1', 1, 100, { landUse: 'M1' })],
          projects: [project(1, { pollutionClass: 'M3' })],
        }),
      );
      const l = out(r, 1);
      expect(l.reason).toBe('no_compatible_site');
      expect(l.costToPlaceWan).toBeNull();
      expect(l.bindingDetail.filters?.land_use).toBe(1);
    },
  );

  it('when every placement is worth less than the minimum placement value, then the space stays empty', () => {
    const r = solveScenario(
      scenario({
        levers: { ...PLAIN_LEVERS, minPlacementValueWan: 3000 },
        sites: [plot('plot:1', 1, 100)],
        projects: [project(1, { taxWan: 500 })],
      }),
    );
    expect(r.allocations).toEqual([]);
    expect(r.objective).toBe(0);
    expect(out(r, 1).reason).toBe('below_min_value');
  });
});

describe('left-out projects: the dominant-share proof', () => {
  // θ = 0.7: 50 亩 non-dominant needs ≥ 116.7 亩 of new dominant land beside it; three 40 亩 dominant projects.
  const file = (plotMu: number) =>
    scenario({
      sites: [plot('plot:1', 1, plotMu)],
      projects: [
        ...[1, 2, 3].map((id) => project(id, { landNeedMu: 40, taxWan: 50 })),
        project(4, { chainId: 2, chainLinkId: 201, landNeedMu: 50, taxWan: 800 }),
      ],
    });

  it(
    'when the park has room for enough dominant land, then it proves ' + 'nothing and the project is placed beside it',
    () => {
      const r = solveScenario(file(170));
      expect(r.allocations.map((a) => a.projectId).sort()).toEqual([1, 2, 3, 4]);
      expect(r.leftOut).toEqual([]);
    },
  );

  it('when the park is too small to hold the dominant land it needs beside it, then it is proven impossible', () => {
    // 160 亩 leave 110 亩 beside the 50: less than 116.7, whatever the plan.
    const l = out(solveScenario(file(160)), 4);
    expect(l.costMethod).toBe('impossible');
    expect(l.costToPlaceWan).toBeNull();
    expect(l.message).toMatchObject({ code: 'lo_share_unreachable', params: { dominantAvailableMu: 110 } });
  });
});
