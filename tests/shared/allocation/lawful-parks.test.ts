import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { verifyPlacements } from '../../../shared/allocation/verify';
import { lawfulParkIds } from '../../../shared/scenarios/lawful-parks';
import { DEFAULT_FINANCE_SETTINGS } from '../../../shared/incentives';
import type { Park } from '../../../shared/types/park';
import { park, plot, project, scenario } from '../../fixtures/allocation/build';

const cityPark = (id: number, landGrade: number): Park => ({
  id,
  jurisdictionId: 1,
  name: `P${id}`,
  nameEn: `P${id}`,
  boundary: { type: 'Polygon', coordinates: [] },
  dominantChainIds: [],
  minDominantShare: 0.7,
  landGrade,
  listedLandPriceWanPerMu: 20,
  minInvestmentIntensityWanPerMu: 0,
  minTaxPerMuWan: 0,
  minFar: 0.8,
  version: 1,
});

describe('a package is placed only in the parks where it is lawful', () => {
  // 9.0 万元/亩 ≥ grade 12's floor (120 元/m² = 8.0) but < grade 10's (168 元/m² = 11.2): 国土资发〔2006〕307号.
  const land = {
    areaMu: 50,
    priceWanPerMu: 9,
    preparationCostWanPerMu: 5,
    listedPriceWanPerMu: 9,
    priorityProject: false,
  };
  const project9 = { investmentWan: 10000, taxWan: 500, landNeedMu: 50 };

  it('lawfulParkIds keeps the grade-12 park and drops the grade-10 one; none dropped gives no field', () => {
    const parks = [cityPark(1, 10), cityPark(2, 12)];
    expect(lawfulParkIds({ components: { land } }, project9, parks, 17, DEFAULT_FINANCE_SETTINGS)).toEqual({
      parkIds: [2],
    });
    expect(lawfulParkIds({ components: { land } }, project9, [parks[1]], 17, DEFAULT_FINANCE_SETTINGS)).toEqual({});
  });

  it('the solver leaves the better plot in the barred park alone, and the verifier refuses it there', () => {
    const f = parseScenarioFile(
      scenario({
        parks: [park(1), park(2)],
        // The plot in park 1 is ready (more valuable); the one in park 2 is raw.
        sites: [plot('plot:1', 1, 100), plot('plot:2', 2, 100, { readiness: 'raw' })],
        projects: [
          project(1, {
            packages: [{ id: 11, pvCostWan: 100, equityWan: 0, incentivePvWan: 100, appliesTo: 'land', parkIds: [2] }],
          }),
        ],
      }),
    );
    const r = solveScenario(f, { seed: 1 });
    expect(r.allocations.map((a) => [a.siteId, a.packageId])).toEqual([['plot:2', 11]]);
    const v = verifyPlacements(f, [{ projectId: 1, siteId: 'plot:1', packageId: 11 }], 0);
    expect(v.ok).toBe(false);
  });
});
