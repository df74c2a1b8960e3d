import { afterEach, describe, expect, it } from 'vitest';
import { createSolverPool, type SolverPool } from '../../../server/workers/solver-pool';
import { AppError } from '../../../shared/errors';
import type { Progress } from '../../../shared/allocation/types';
import { generateScenario, SIZES } from '../../bench/solver/generate';

let pool: SolverPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

const small = () => generateScenario(SIZES.S, 1);
/** A real city-scale scenario: building its model alone takes longer than the tiny limits below. */
const heavy = () => generateScenario(SIZES.XL, 1);
const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected a rejection');
};

describe('solver worker pool', () => {
  it(
    'when a scenario is submitted, then a worker thread returns the ' + 'verified result and reports progress',
    async () => {
      // The solver thread runs at nice 19: on a loaded 2-core machine a 1.5 s solve can take ten times as long.
      pool = createSolverPool({ size: 1, maxQueue: 2, timeLimitMs: 45_000 });
      const events: Progress[] = [];
      const r = await pool.submit(small(), { onProgress: (p) => events.push(p) });
      expect(r.verified).toBe(true);
      expect(r.allocations.length).toBeGreaterThan(0);
      expect(r.objective).toBeLessThanOrEqual(r.bound + 1e-6);
      expect(events.map((e) => e.stage)).toContain('bound');
      expect(events.at(-1)!.bestObjective).toBeCloseTo(r.objective, 6);
      expect(events.every((e) => e.elapsedMs >= 0)).toBe(true);
    },
    120_000,
  );

  it(
    'when a solve runs past the hard limit, then the worker is terminated ' +
      'with SOLVER_TIMEOUT (504) and no worker stays busy',
    async () => {
      pool = createSolverPool({ size: 1, maxQueue: 1, timeLimitMs: 400 });
      const t = performance.now();
      const e = await rejection(pool.submit(heavy()));
      expect(e).toBeInstanceOf(AppError);
      expect(e.code).toBe('SOLVER_TIMEOUT');
      expect(e.status).toBe(504);
      expect(performance.now() - t).toBeLessThan(15_000);
      expect(pool.stats().busy).toBe(0);
    },
    60_000,
  );

  it('when the caller aborts, then the running solve is cancelled and a queued one is dropped', async () => {
    pool = createSolverPool({ size: 1, maxQueue: 2, timeLimitMs: 60_000 });
    const a = new AbortController(),
      b = new AbortController();
    const running = pool.submit(heavy(), { signal: a.signal });
    const queued = pool.submit(small(), { signal: b.signal });
    expect(pool.stats().queued + pool.stats().busy).toBe(2);
    b.abort();
    const eb = await rejection(queued);
    expect(eb.code).toBe('SOLVER_CANCELLED');
    // Abort once the worker has really taken the heavy solve (its cold start can outlast any fixed delay).
    for (let i = 0; pool.stats().busy === 0 && i < 3000; i++) await new Promise((r) => setTimeout(r, 10));
    expect(pool.stats()).toEqual({ size: 1, busy: 1, queued: 0 });
    a.abort();
    const ea = await rejection(running);
    expect(ea.code).toBe('SOLVER_CANCELLED');
    expect(pool.stats()).toEqual({ size: 1, busy: 0, queued: 0 });
    const r = await pool.submit(small());
    expect(r.verified).toBe(true);
  }, 120_000);

  it('when the queue is full, then submit throws SOLVER_BUSY (429) with a retry delay', async () => {
    pool = createSolverPool({ size: 1, maxQueue: 1, timeLimitMs: 60_000 });
    const ac = new AbortController();
    const first = pool.submit(heavy(), { signal: ac.signal });
    const second = pool.submit(heavy(), { signal: ac.signal });
    let busy: AppError | null = null;
    try {
      await pool.submit(small());
    } catch (e) {
      busy = e as AppError;
    }
    expect(busy?.code).toBe('SOLVER_BUSY');
    expect(busy?.status).toBe(429);
    expect((busy?.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    ac.abort();
    expect((await rejection(first)).code).toBe('SOLVER_CANCELLED');
    expect((await rejection(second)).code).toBe('SOLVER_CANCELLED');
  }, 60_000);

  it(
    'when the file is invalid or too large, then submit refuses it (422 ' +
      'naming the field, 413) without using a worker',
    async () => {
      pool = createSolverPool({ size: 1, maxQueue: 1, timeLimitMs: 10_000, limits: { maxSites: 100 } });
      const bad = small() as unknown as { projects: { taxWan: unknown }[] };
      bad.projects[3].taxWan = 'a lot';
      let e: AppError | null = null;
      try {
        await pool.submit(bad);
      } catch (x) {
        e = x as AppError;
      }
      expect(e?.status).toBe(422);
      expect(e?.message).toContain('projects.3.taxWan');
      let big: AppError | null = null;
      try {
        await pool.submit(generateScenario(SIZES.M, 1));
      } catch (x) {
        big = x as AppError;
      }
      expect(big?.status).toBe(413);
      expect(big?.message).toContain('500 sites');
      expect(pool.stats()).toEqual({ size: 1, busy: 0, queued: 0 });
    },
  );

  it('when too many pairs survive pre-filtering, then the worker answers 422 MODEL_TOO_LARGE', async () => {
    pool = createSolverPool({ size: 1, maxQueue: 1, timeLimitMs: 20_000, limits: { maxPairs: 100 } });
    const e = await rejection(pool.submit(small()));
    expect(e.code).toBe('MODEL_TOO_LARGE');
    expect(e.status).toBe(422);
  }, 60_000);
});
