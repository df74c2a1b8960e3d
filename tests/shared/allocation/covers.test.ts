import { readFileSync } from 'node:fs';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { branchAndBound, solveLp } from '../../../shared/allocation/engines/bnb';
import { groupsOf, separateCovers } from '../../../shared/allocation/engines/covers';
import { buildMilp, toCplexLp, type MilpProblem } from '../../../shared/allocation/milp';
import { buildModel } from '../../../shared/allocation/model';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { generateScenario } from '../../bench/solver/generate';

const clock = () => performance.now();
const fixture = (name: string) => {
  const raw = JSON.parse(readFileSync(new URL(`../../fixtures/allocation/${name}`, import.meta.url), 'utf8')) as {
    scenario: unknown;
  };
  return buildMilp(buildModel(parseScenarioFile(raw.scenario))).problem;
};
const generated = (seed: number) =>
  buildMilp(
    buildModel(
      parseScenarioFile(generateScenario({ parks: 2, sites: 14, projects: 10 }, seed, { budgetTightness: 0.4 })),
    ),
  ).problem;

/** Three rounds of separation at the root LP; returns the problem with every cut found. */
function withCuts(pb: MilpProblem): { pb: MilpProblem; cuts: number } {
  const g = groupsOf(pb);
  let cur = pb,
    cuts = 0;
  for (let round = 0; round < 3; round++) {
    const lp = solveLp(cur, new Int8Array(pb.vars.length).fill(-1));
    if (!lp) break;
    const found = separateCovers(cur, lp.values, g);
    // Each cut is violated by the LP answer it was separated from.
    for (const c of found) {
      let s = 0;
      c.vars.forEach((k, j) => (s += c.coefs[j] * lp.values[k]));
      expect(s).toBeGreaterThan(c.hi! + 1e-6);
    }
    if (!found.length) break;
    cuts += found.length;
    cur = { vars: pb.vars, rows: [...cur.rows, ...found] };
  }
  return { pb: cur, cuts };
}

describe('cover cuts on knapsack and dominant-share rows', () => {
  const cases: [string, MilpProblem][] = [
    ['random-small-1.json', fixture('random-small-1.json')],
    ['random-small-2.json', fixture('random-small-2.json')],
    ...[31, 32, 33].map((s) => [`generated 2/14/10 seed ${s}`, generated(s)] as [string, MilpProblem]),
  ];
  for (const [name, pb] of cases)
    it(
      `when cuts are separated on ${name}, then HiGHS finds the same optimum with them ` +
        '(no integer plan is cut off)',
      async () => {
        const { pb: cut, cuts } = withCuts(pb);
        const highs = await highsLoader();
        const a = highs.solve(toCplexLp(pb), { output_flag: false, mip_rel_gap: 0 });
        const b = highs.solve(toCplexLp(cut), { output_flag: false, mip_rel_gap: 0 });
        expect(a.Status).toBe('Optimal');
        expect(b.Status).toBe('Optimal');
        expect(b.ObjectiveValue).toBeCloseTo(a.ObjectiveValue, 6);
        if (name === 'random-small-1.json') expect(cuts).toBeGreaterThan(0);
      },
    );

  it('when the root LP of random-small-1 is cut, then its bound falls towards the optimum and the tree shrinks', () => {
    const pb = fixture('random-small-1.json');
    const plain = branchAndBound(pb, { timeLimitMs: 60_000, clock, cutRounds: 0 });
    const cut = branchAndBound(pb, { timeLimitMs: 60_000, clock });
    expect(cut.status).toBe('optimal');
    expect(cut.objective!).toBeCloseTo(plain.objective!, 6);
    expect(cut.cuts).toBeGreaterThan(0);
    expect(cut.cutBound).toBeLessThan(plain.rootBound - 0.01 * Math.abs(plain.rootBound));
    expect(cut.cutBound).toBeGreaterThanOrEqual(plain.objective! - 1e-6 * Math.abs(plain.objective!));
    expect(cut.nodes).toBeLessThan(plain.nodes);
  });
});
