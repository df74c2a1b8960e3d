import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { park, plot, project, scenario } from '../../fixtures/allocation/build';

describe('small models: the exact stage proves the optimum', () => {
  it('when a county-sized scenario has a weak Lagrangian bound, then the exact stage still proves the optimum (gap 0)', () => {
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
  });
});

describe('infeasible scenarios: signed projects that cannot all be placed', () => {
  it('when two signed projects compete for one plot, then the result is infeasible, the bound check says n/a and the warning names both', () => {
    const r = solveScenario(
      parseScenarioFile(
        scenario({
          sites: [plot('plot:1', 1, 100)],
          projects: [
            project(1, { landNeedMu: 60, stage: 'signed', taxWan: 500 }),
            project(2, { landNeedMu: 60, stage: 'signed', taxWan: 400 }),
          ],
        }),
      ),
      { seed: 1 },
    );
    expect(r.status).toBe('infeasible');
    expect(r.verified).toBe(false);
    expect(r.stoppedBy).not.toBe('proven_optimal');
    const boundCheck = r.checks.find((c) => c.name === 'bound_not_below_objective')!;
    expect(boundCheck.ok).toBe(true);
    expect(boundCheck.detail).toMatch(/^n\/a/);
    const placed = r.allocations.map((a) => a.projectId);
    expect(placed).toHaveLength(1);
    const missing = placed[0] === 1 ? 2 : 1;
    const why = r.warnings.find((w) => w.startsWith(`signed project ${missing} could not be placed`));
    expect(why).toBeDefined();
    expect(why).toContain('capacity');
    expect(why).toContain(`signed/pinned projects ${placed[0]}`);
  });

  it("when a signed non-dominant project has no dominant space to lean on, then the warning blames the park's dominant share", () => {
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
    expect(r.status).toBe('infeasible');
    expect(r.checks.find((c) => c.name === 'bound_not_below_objective')!.ok).toBe(true);
    expect(r.warnings.find((w) => w.startsWith('signed project 1 could not be placed'))).toMatch(
      /dominant share — park\(s\) 1 would fall below θ/,
    );
  });
});
