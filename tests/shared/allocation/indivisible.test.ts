import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { verifyPlacements } from '../../../shared/allocation/verify';
import { buildMilp } from '../../../shared/allocation/milp';
import { buildModel } from '../../../shared/allocation/model';
import { plot, project, scenario } from '../../fixtures/allocation/build';

const two = (shared: boolean | undefined) =>
  parseScenarioFile(
    scenario({
      sites: [plot('plot:1', 1, 100, shared === undefined ? {} : { shared })],
      projects: [project(1, { landNeedMu: 40, taxWan: 500 }), project(2, { landNeedMu: 40, taxWan: 400 })],
    }),
  );

describe('indivisible plots: one project per plot', () => {
  it(
    'when a plot is indivisible, then only the more valuable of two ' +
      'projects that would share it is placed, and the other is left out for ' +
      'capacity',
    () => {
      const f = two(false);
      const r = solveScenario(f, { seed: 1 });
      expect(r.verified).toBe(true);
      expect(r.allocations.map((a) => a.projectId)).toEqual([1]);
      expect(r.leftOut.find((l) => l.projectId === 2)?.reason).toBe('capacity');
      expect(r.bound).toBeGreaterThanOrEqual(r.objective - 1e-6);
    },
  );

  it('when the site may be shared (files without the field keep their meaning), then both fit', () => {
    for (const shared of [undefined, true]) {
      const r = solveScenario(two(shared), { seed: 1 });
      expect(r.allocations.map((a) => a.projectId).sort()).toEqual([1, 2]);
    }
  });

  it(
    'verification refuses two projects on an indivisible plot, and the ' + 'exported MILP carries the one-project row',
    () => {
      const f = two(false);
      const both = [1, 2].map((projectId) => ({ projectId, siteId: 'plot:1', packageId: null }));
      const v = verifyPlacements(f, both, 0);
      expect(v.checks.find((c) => c.name === 'indivisible_sites')?.ok).toBe(false);
      expect(JSON.stringify(buildMilp(buildModel(f)))).toContain('solo_0');
    },
  );
});
