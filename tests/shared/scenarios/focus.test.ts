import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { verifyPlacements } from '../../../shared/allocation/verify';
import {
  FOCUS_DEFAULT_THETAS,
  focusCurve,
  focusFile,
  focusPoint,
  focusThetas,
  planOf,
  solveOrder,
  type FocusPoint,
} from '../../../shared/scenarios/focus';
import type { StartPlacement } from '../../../shared/schemas/scenario-file';

// Three parks, 16 prospects, no signed project: the dominant-share rule is what decides the plan.
const file = parseScenarioFile(JSON.parse(readFileSync('docs/examples/generated-county.json', 'utf8')));

const point = (theta: number, objective: number, bound: number, shortfallProjectIds: number[] = []): FocusPoint => ({
  theta,
  status: 'verified',
  objective,
  bound,
  projectsPlaced: 1,
  focusShare: theta,
  shortfallProjectIds,
  elapsedMs: 1,
});

describe('the price of focus (dominant-share floor θ against plan value)', () => {
  it('when θ values are asked for, then they are unique and ascending, with 50% to 95% by default', () => {
    expect(focusThetas()).toEqual([...FOCUS_DEFAULT_THETAS]);
    expect(focusThetas([0.9, 0.5, 0.9, 0.7])).toEqual([0.5, 0.7, 0.9]);
    expect(solveOrder([0.5, 0.9, 0.7])).toEqual([0.9, 0.7, 0.5]);
  });

  it(
    'when a focus file is made, then every park with a dominant chain gets ' +
      'θ, the others and the original file are untouched',
    () => {
      const withChainless = { ...file, parks: [...file.parks, { ...file.parks[0], id: 99, dominantChainIds: [] }] };
      const start: StartPlacement[] = [{ projectId: file.projects[0].id, siteId: file.sites[0].id, packageId: null }];
      const f = focusFile(withChainless, 0.85, start);
      for (const p of file.parks) expect(f.levers.dominantShareByPark[String(p.id)]).toBe(0.85);
      expect(f.levers.dominantShareByPark['99']).toBeUndefined();
      expect(f.startPlan).toEqual(start);
      expect(withChainless.levers.dominantShareByPark).toEqual({});
      expect(focusFile(file, 0.5, undefined).startPlan).toBeUndefined();
    },
  );

  it(
    'when the example county is solved from the highest θ down, each from ' +
      'the plan above, then every point verifies, keeps its share and the ' +
      'value never rises with θ',
    () => {
      const thetas = [0.5, 0.8, 0.95];
      let prev: StartPlacement[] | undefined;
      const points: FocusPoint[] = [];
      for (const theta of solveOrder(thetas)) {
        const f = focusFile(file, theta, prev);
        const r = solveScenario(f, { clock: () => performance.now(), timeLimitMs: 1500, explain: false, seed: 1 });
        expect(r.verified).toBe(true);
        // Independently of the engine's own checks, against the θ file it was given.
        expect(verifyPlacements(f, r.allocations, r.objective).ok).toBe(true);
        for (const p of r.parks)
          if (p.newDominantShare !== null) expect(p.newDominantShare).toBeGreaterThanOrEqual(theta - 1e-9);
        points.push(focusPoint(file, theta, r, 0));
        prev = planOf(r);
      }
      const curve = focusCurve(thetas, points);
      expect(curve.points.map((p) => p.theta)).toEqual(thetas);
      curve.points.forEach((p, i) => {
        expect(p.status).toBe('verified');
        expect(p.bound!).toBeGreaterThanOrEqual(p.objective! - 1e-6 * Math.abs(p.objective!));
        expect(p.focusShare!).toBeGreaterThanOrEqual(p.theta - 1e-9);
        if (i > 0) expect(p.objective!).toBeLessThanOrEqual(curve.points[i - 1].objective! + 1e-9);
      });
      // Focus has a price here: at 95% the plan is worth less and places fewer projects than at 50%.
      expect(curve.points[2].objective!).toBeLessThan(curve.points[0].objective! * 0.9);
      expect(curve.points[2].projectsPlaced!).toBeLessThan(curve.points[0].projectsPlaced!);
    },
    60_000,
  );

  it(
    'when the curve is assembled, then a lower θ bound tightens a higher θ ' +
      'only where it excused the same shortfall projects',
    () => {
      const c = focusCurve(
        [0.5, 0.7, 0.8, 0.9],
        [
          point(0.9, 80, 140, [7]),
          point(0.5, 100, 110),
          point(0.8, 90, 120),
          { ...point(0.7, 0, 0), status: 'unverified', objective: null, bound: null },
        ],
      );
      expect(c.points.map((p) => p.theta)).toEqual([0.5, 0.7, 0.8, 0.9]);
      expect(c.points[0].bound).toBe(110);
      expect(c.points[1].bound).toBeNull();
      expect(c.points[2].bound).toBe(110);
      // θ 0.9 excused project 7, the lower points did not: their bounds are of a stricter model.
      expect(c.points[3].bound).toBe(140);
      const excused = focusCurve([0.5, 0.9], [point(0.5, 100, 110, [7, 8]), point(0.9, 80, 140, [7])]);
      expect(excused.points[1].bound).toBe(110);
      // A lower bound below a higher point's value would be no bound: it is not used, never clamped.
      expect(focusCurve([0.5, 0.9], [point(0.5, 70, 75), point(0.9, 80, 90)]).points[1].bound).toBe(90);
    },
  );
});
