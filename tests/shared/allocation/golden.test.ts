import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveScenario } from '../../../shared/allocation/solve';
import { verifyPlacements } from '../../../shared/allocation/verify';

const dir = new URL('../../fixtures/allocation/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('golden fixtures (optimum proven by brute force and/or HiGHS)', () => {
  it('has fixtures to run', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));
  for (const name of fixtures) {
    it(`${name}: the engine reaches the proven optimum and its plan verifies`, () => {
      const fx = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as {
        expected: { objective: number };
        scenario: unknown;
      };
      const file = parseScenarioFile(fx.scenario);
      const r = solveScenario(file, { seed: 1 });
      const tol = 1e-6 * Math.max(1, Math.abs(fx.expected.objective));
      expect(r.objective).toBeCloseTo(fx.expected.objective, 4);
      expect(r.bound).toBeGreaterThanOrEqual(fx.expected.objective - tol);
      expect(r.verified).toBe(true);
      expect(r.checks.every((c) => c.ok)).toBe(true);
      // Re-verify the returned allocations independently of the result's own checks.
      const v = verifyPlacements(file, r.allocations, r.objective);
      expect(v.ok).toBe(true);
      expect(v.objective).toBeCloseTo(fx.expected.objective, 4);
    });
  }
});
