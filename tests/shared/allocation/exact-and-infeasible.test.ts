import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { bnbEngine } from '../../../shared/allocation/engines/bnb';
import { exactStage } from '../../../shared/allocation/exact';
import { buildModel } from '../../../shared/allocation/model';
import { State } from '../../../shared/allocation/state';
import { park, plot, project, scenario } from '../../fixtures/allocation/build';

describe('small models: the exact stage proves the optimum', () => {
  it(
    'when a county-sized scenario has a weak Lagrangian bound, then the ' +
      'exact stage still proves the optimum (gap 0)',
    () => {
      const fx = JSON.parse(
        readFileSync(new URL('../../fixtures/allocation/demo-county4.json', import.meta.url), 'utf8'),
      ) as { expected: { objective: number }; scenario: unknown };
      const r = solveScenario(parseScenarioFile(fx.scenario), { seed: 1, explain: false });
      expect(r.objective).toBeCloseTo(fx.expected.objective, 4);
      // The Lagrangian bound alone stays far above the optimum here (2,564 vs 936.6)…
      expect(r.stats.lagrangianBound).toBeGreaterThan(fx.expected.objective * 1.5);
      // …and more columns survive reduced-cost fixing than the large-model limit of 120 allows.
      expect(r.stats.exact?.columns).toBeGreaterThan(120);
      expect(r.stats.exact?.status).toBe('optimal');
      expect(r.status).toBe('optimal');
      expect(r.gap).toBe(0);
      expect(r.bound).toBeCloseTo(r.objective, 6);
    },
  );
});

describe('land shortfall: signed projects that cannot all be placed do not sink the scenario', () => {
  it(
    'when two signed projects compete for one plot, then the plan places ' +
      'one, reports the other as a shortfall naming the holder, and verifies',
    () => {
      const r = solveScenario(
        parseScenarioFile(
          scenario({
            sites: [plot('plot:1', 1, 100)],
            projects: [
              project(1, { landNeedMu: 60, stage: 'signed', taxWan: 500 }),
              project(2, { landNeedMu: 60, stage: 'signed', taxWan: 400 }),
              project(3, { landNeedMu: 30, taxWan: 100 }),
            ],
          }),
        ),
        { seed: 1 },
      );
      expect(r.partial).toBe(true);
      expect(r.verified).toBe(true);
      expect(r.status).not.toBe('infeasible');
      expect(r.bound).toBeGreaterThanOrEqual(r.objective - 1e-6);
      const placed = r.allocations.map((a) => a.projectId);
      const signedPlaced = placed.filter((id) => id !== 3);
      expect(signedPlaced).toHaveLength(1);
      const missing = signedPlaced[0] === 1 ? 2 : 1;
      expect(r.shortfall).toHaveLength(1);
      const entry = r.shortfall![0];
      expect(entry.projectId).toBe(missing);
      expect(entry.message.code).toBe('shortfall_conflict');
      if (entry.message.code !== 'shortfall_conflict') throw new Error('unreachable');
      expect(entry.message.params.heldBy).toEqual([signedPlaced[0]]);
      expect(entry.message.params.sites.map((x) => x.siteId)).toEqual(['plot:1']);
      // The rest of the scenario is planned: the 30 亩 prospect fits beside the signed project.
      expect(placed).toContain(3);
      expect(r.warnings).toContainEqual({ code: 'plan_partial', params: { projectIds: [missing] } });
    },
  );

  it(
    'when a signed non-dominant project has no dominant space to lean on, ' +
      "then the shortfall blames the park's dominant share",
    () => {
      const r = solveScenario(
        parseScenarioFile(
          scenario({
            parks: [park(1, { dominantChainIds: [1], minDominantShare: 0.7 })],
            sites: [plot('plot:1', 1, 100)],
            projects: [project(1, { chainId: 2, chainLinkId: 201, landNeedMu: 40, stage: 'signed' })],
          }),
        ),
        { seed: 1 },
      );
      expect(r.verified).toBe(true);
      expect(r.partial).toBe(true);
      expect(r.checks.find((c) => c.name === 'bound_not_below_objective')!.ok).toBe(true);
      expect(r.shortfall![0].message).toEqual({
        code: 'shortfall_share',
        params: { projectId: 1, pinned: false, parkIds: [1] },
      });
    },
  );

  it(
    'when a signed project needs more land than any plot of its parks, ' + 'then the shortfall gives the nearest miss',
    () => {
      const r = solveScenario(
        parseScenarioFile(
          scenario({
            sites: [plot('plot:1', 1, 98), plot('plot:2', 1, 40)],
            projects: [project(1, { landNeedMu: 139.7, stage: 'signed' })],
          }),
        ),
        { seed: 1 },
      );
      expect(r.verified).toBe(true);
      const msg = r.shortfall![0].message;
      expect(msg.code).toBe('shortfall_no_site');
      if (msg.code !== 'shortfall_no_site') throw new Error('unreachable');
      expect(msg.params.need).toBe(139.7);
      expect(msg.params.largest).toMatchObject({ siteId: 'plot:1', capacity: 98 });
      expect(msg.params.mainFilter).toBe('size');
    },
  );
});

describe('exact stage: replaying the branch-and-bound answer', () => {
  it(
    'when a non-dominant project comes before the dominant project that ' +
      'gives it room, then the answer is still accepted and proven',
    () => {
      // Project 1 (chain 2, not dominant in park 1) can only go in next to project 2 (chain 1, dominant):
      // 0.7 share needs 70 亩 dominant for 30 亩 other. In index order project 1 is replayed first.
      const f = parseScenarioFile(
        scenario({
          parks: [park(1, { dominantChainIds: [1], minDominantShare: 0.7 })],
          sites: [plot('plot:1', 1, 40), plot('plot:2', 1, 80)],
          projects: [
            project(1, { chainId: 2, landNeedMu: 30, taxWan: 900 }),
            project(2, { landNeedMu: 70, taxWan: 100 }),
          ],
        }),
      );
      const m = buildModel(f);
      const r = exactStage(m, new State(m), null, bnbEngine, {
        maxColumns: Infinity,
        timeLimitMs: 10_000,
        clock: () => 0,
      });
      expect(r.info.status).toBe('optimal');
      expect(r.proven).toBe(true);
      expect(r.state).not.toBeNull();
      expect(r.state!.slot[0]).toBeGreaterThanOrEqual(0);
      expect(r.state!.slot[1]).toBeGreaterThanOrEqual(0);
    },
  );
});
