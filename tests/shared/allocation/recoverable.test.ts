import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { verifyPlacements } from '../../../shared/allocation/verify';
import { plot, project, scenario } from '../../fixtures/allocation/build';

// Retained share 0.5·0.5 + 0.5·0.4 = 0.45 of 500 万元 a year = 225; no discount, 10-year horizon.
const YEARLY = 225;
const flagged = plot('plot:2', 1, 60, { recoveryCostWan: 300, recoveryDelayYears: 1 });

describe('recoverable (flagged) plots: 腾笼换鸟 in the engine', () => {
  it(
    'when only a flagged plot fits a dominant-chain project, then it is ' +
      'used and the plan carries its cost and delay',
    () => {
      const f = parseScenarioFile(scenario({ sites: [plot('plot:1', 1, 20), flagged], projects: [project(1)] }));
      const r = solveScenario(f, { seed: 1 });
      expect(r.verified).toBe(true);
      expect(r.allocations).toHaveLength(1);
      const a = r.allocations[0];
      expect(a.siteId).toBe('plot:2');
      expect(a.breakdown.recoveryCostWan).toBe(300);
      expect(a.breakdown.recoveryDelayYears).toBe(1);
      // One year lost to the recovery: 9 producing years; package 100 and recovery 300 are both costs.
      expect(a.breakdown.taxPvWan).toBeCloseTo(9 * YEARLY, 6);
      expect(a.valueWan).toBeCloseTo(9 * YEARLY - 100 - 300, 6);
      expect(verifyPlacements(f, [{ projectId: 1, siteId: 'plot:2', packageId: 11 }], 0).objective).toBeCloseTo(
        a.valueWan,
        6,
      );
    },
  );

  it('when a vacant plot fits as well, then the vacant one is used (recovery only when it is needed)', () => {
    const f = parseScenarioFile(scenario({ sites: [plot('plot:1', 1, 60), flagged], projects: [project(1)] }));
    const a = solveScenario(f, { seed: 1 }).allocations[0];
    expect(a.siteId).toBe('plot:1');
    expect(a.breakdown.recoveryCostWan).toBeUndefined();
    expect(a.valueWan).toBeCloseTo(10 * YEARLY - 100, 6);
  });

  it('when the flagged plot is not offered, then the project cannot be placed', () => {
    const f = parseScenarioFile(scenario({ sites: [plot('plot:1', 1, 20)], projects: [project(1)] }));
    const r = solveScenario(f, { seed: 1 });
    expect(r.allocations).toHaveLength(0);
    expect(r.leftOut[0].projectId).toBe(1);
  });

  it('when a recovery cost is negative, then the file is refused naming the field', () => {
    expect(() =>
      parseScenarioFile(scenario({ sites: [plot('plot:2', 1, 60, { recoveryCostWan: -1 })], projects: [] })),
    ).toThrow(/recoveryCostWan/);
  });
});
