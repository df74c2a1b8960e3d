import { describe, expect, it } from 'vitest';
import { solveSchedule, warmLimitMs, type ModelSize, type Schedule } from '../../../shared/allocation/schedule';

const on = { effort: 1, explain: true };
/** The windows a solve moves through, in the order the stages reach them. */
const windows = (s: Schedule) => [
  s.repair.endMs,
  s.search.endMs,
  s.search.endCloseMs,
  s.polish.capEndMs,
  s.explain.capEndMs,
  s.limitMs,
];

describe('solve schedule (time shares and iteration budgets as a function of model size and limit)', () => {
  const sizes: ModelSize[] = [
    { projects: 5, pairs: 40 },
    { projects: 300, pairs: 400 },
    { projects: 301, pairs: 401 },
    { projects: 1001, pairs: 60_000 },
    { projects: 5000, pairs: 2_000_000 },
  ];
  const limits = [300, 2_000, 10_000, 30_000];

  it('when any size and limit is scheduled, then the windows come in stage order and all end inside the limit', () => {
    for (const size of sizes)
      for (const limit of limits)
        for (const explain of [true, false]) {
          const s = solveSchedule(size, limit, { effort: 1, explain });
          const w = windows(s);
          for (let i = 1; i < w.length; i++) expect(w[i], `${JSON.stringify(size)} ${limit}`).toBeGreaterThan(w[i - 1]);
          expect(s.repair.endMs).toBeGreaterThan(0);
          // The explanations' reserve starts no later than the search and polish leave it.
          expect(s.polish.capEndMs + s.explain.reserveMs).toBeLessThanOrEqual(s.explain.capEndMs);
          expect(s.bound.budgetMs).toBeLessThanOrEqual(s.bound.hardMs);
          expect(s.rebound.endMs).toBeLessThan(limit);
          expect(s.exact.timedOutMs).toBeLessThan(Math.min(s.exact.capMs, s.exact.endMs));
          expect(s.timeLimitAfterMs).toBeLessThan(limit);
        }
  });

  it('when the limit doubles, then every share of it doubles and the capped exact times do not pass their caps', () => {
    const size = { projects: 120, pairs: 3_000 };
    const a = solveSchedule(size, 10_000, on);
    const b = solveSchedule(size, 20_000, on);
    expect(windows(b)).toEqual(windows(a).map((x) => 2 * x));
    expect(b.bound.budgetMs).toBe(2 * a.bound.budgetMs);
    expect(b.explain.reserveMs).toBe(2 * a.explain.reserveMs);
    expect(b.exact.capMs).toBe(5000);
    expect(b.exactFirst.timeLimitMs).toBeLessThanOrEqual(4000);
    expect(b.bound.maxIterations).toBe(a.bound.maxIterations);
  });

  it('when mid-size (≤ 300 projects), then the search anneals and polishes, the bound takes ≥ 400 steps', () => {
    const mid = solveSchedule({ projects: 300, pairs: 5_000 }, 10_000, on);
    const large = solveSchedule({ projects: 301, pairs: 5_000 }, 10_000, on);
    expect([mid.midModel, mid.search.annealByTime, mid.polish.enabled]).toEqual([true, true, true]);
    expect([large.midModel, large.search.annealByTime, large.polish.enabled]).toEqual([false, false, false]);
    expect(mid.bound.minIterations).toBe(400);
    expect(large.bound.minIterations).toBe(0);
    // Mid-size explains fast, so it reserves more for re-optimised cost-to-place (15% against 10%).
    expect(mid.explain.reserveMs).toBe(1500);
    expect(large.explain.reserveMs).toBe(1000);
    expect(mid.search.endMs).toBe(7500 - 1500);
    expect(mid.search.exactShare).toBeLessThan(large.search.exactShare);
  });

  it('when over 1000 projects, then the first bound run gets 20% of the limit instead of 12%', () => {
    expect(solveSchedule({ projects: 1000, pairs: 9e5 }, 10_000, on).bound.budgetMs).toBeCloseTo(1200, 9);
    expect(solveSchedule({ projects: 1001, pairs: 9e5 }, 10_000, on).bound.budgetMs).toBeCloseTo(2000, 9);
  });

  it('when explanations are off, then nothing is reserved for them and the search keeps the time', () => {
    const s = solveSchedule({ projects: 50, pairs: 900 }, 10_000, { effort: 1, explain: false });
    expect(s.explain.reserveMs).toBe(0);
    expect(s.search.endMs).toBe(7500);
    expect(s.explain.minMs).toBeGreaterThan(0);
  });

  it('when small (≤ 400 pairs), then the whole model goes to the exact stage, first and after fixing', () => {
    const small = solveSchedule({ projects: 20, pairs: 400 }, 2_000, on);
    const big = solveSchedule({ projects: 20, pairs: 401 }, 2_000, on);
    expect(small.exactFirst.enabled).toBe(true);
    expect(big.exactFirst.enabled).toBe(false);
    expect(small.exact.maxColumns).toBe(400);
    expect(big.exact.maxColumns).toBe(120);
    expect(small.exact.capMs).toBe(800);
    expect(big.exact.capMs).toBe(5000);
    expect(small.exactFirst.timeLimitMs).toBe(600);
    expect(solveSchedule({ projects: 20, pairs: 401 }, 2_000, { ...on, exactMaxColumns: 60 }).exact.maxColumns).toBe(
      60,
    );
    // A very short limit still gives the exact stage its floor.
    expect(solveSchedule({ projects: 20, pairs: 90 }, 300, on).exactFirst.timeLimitMs).toBe(200);
  });

  it('when effort is doubled, then the iteration budgets double and the times stay', () => {
    const size = { projects: 200, pairs: 4_000 };
    const a = solveSchedule(size, 10_000, on);
    const b = solveSchedule(size, 10_000, { ...on, effort: 2 });
    expect(b.search.maxIterations).toBe(2 * a.search.maxIterations);
    expect(b.search.patience).toBe(2 * a.search.patience);
    expect(b.repair.maxIterations).toBe(2 * a.repair.maxIterations);
    expect(b.bound.maxIterations).toBe(2 * a.bound.maxIterations);
    expect(windows(b)).toEqual(windows(a));
    // The search's iteration cap grows with the model: 6000 + 60 per project.
    expect(a.search.maxIterations).toBe(6000 + 60 * 200);
  });

  it('when a re-solve keeps its start plan, then it runs on 45% of the limit, never under 300 ms', () => {
    expect(warmLimitMs(30_000)).toBe(13_500);
    expect(warmLimitMs(30_000, 0.2)).toBe(6_000);
    expect(warmLimitMs(500)).toBe(300);
    expect(warmLimitMs(200)).toBe(200);
  });
});
