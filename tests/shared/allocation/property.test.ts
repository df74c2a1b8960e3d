import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { verifyPlacements } from '../../../shared/allocation/verify';
import type { ScenarioFile } from '../../../shared/schemas/scenario-file';
import { generateScenario } from '../../bench/solver/generate';
import { bruteForce } from '../../fixtures/allocation/brute-force';

const instance = (maxProjects: number, maxSites: number) =>
  fc
    .record({
      parks: fc.integer({ min: 1, max: 3 }),
      sites: fc.integer({ min: 2, max: maxSites }),
      projects: fc.integer({ min: 1, max: maxProjects }),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
      tight: fc.double({ min: 0.1, max: 1.2, noNaN: true }),
      total: fc.boolean(),
      pin: fc.boolean(),
      exclude: fc.boolean(),
      minValue: fc.integer({ min: -500, max: 3000 }),
    })
    .map((o): ScenarioFile => {
      const f = generateScenario({ parks: o.parks, sites: o.sites, projects: o.projects }, o.seed, {
        budgetTightness: o.tight,
      });
      f.levers = { ...f.levers, shareBasis: o.total ? 'total' : 'new', minPlacementValueWan: o.minValue };
      if (o.pin) f.pins = [{ projectId: f.projects[0].id, siteId: f.sites[o.seed % f.sites.length].id }];
      if (o.exclude)
        f.exclusions = [
          { projectId: f.projects[f.projects.length - 1].id, parkId: f.parks[0].id },
          { siteId: f.sites[0].id },
        ];
      return f;
    });

describe('every returned plan is feasible, integral and never better than the bound', () => {
  it('on random instances: verified from the raw data, each project at most once, objective ≤ bound', () => {
    fc.assert(
      fc.property(instance(12, 14), (doc) => {
        const f = parseScenarioFile(doc);
        const r = solveScenario(f, { effort: 0.15, seed: 7 });
        const ids = r.allocations.map((a) => a.projectId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(r.objective).toBeLessThanOrEqual(r.bound + 1e-6 * Math.max(1, Math.abs(r.bound)));
        expect(r.status).not.toBe('infeasible');
        expect(r.checks.filter((c) => !c.ok)).toEqual([]);
        expect(r.verified).toBe(true);
        const excused = (r.shortfall ?? []).map((x) => x.projectId);
        expect(verifyPlacements(f, r.allocations, r.objective, excused).ok).toBe(true);
        for (const a of r.allocations) {
          const site = f.sites.find((s) => s.id === a.siteId)!;
          expect(site.parkId).toBe(a.parkId);
          expect(a.siteKind).toBe(site.kind);
        }
      }),
      { numRuns: 25, seed: 20261126 },
    );
  }, 120_000);

  it('on tiny instances: never above the brute-force optimum, and the bound never below it', () => {
    fc.assert(
      fc.property(instance(5, 4), (doc) => {
        const f = parseScenarioFile(doc);
        const best = bruteForce(f);
        const r = solveScenario(f, { effort: 0.15, seed: 3 });
        if (!best) {
          // No plan places every must-place project: a verified partial plan with a shortfall report.
          expect(r.partial).toBe(true);
          expect(r.verified).toBe(true);
          return;
        }
        const tol = 1e-6 * Math.max(1, Math.abs(best.objective));
        expect(r.status).not.toBe('infeasible');
        expect(r.objective).toBeLessThanOrEqual(best.objective + tol);
        expect(r.bound).toBeGreaterThanOrEqual(best.objective - tol);
        if (r.status === 'optimal') expect(r.objective).toBeCloseTo(best.objective, 5);
      }),
      { numRuns: 30, seed: 42 },
    );
  }, 120_000);
});
