import { randomUUID } from 'node:crypto';
import { planOf } from '../../shared/allocation/start';
import type { Ctx } from './context';
import type { Db } from '../db/db';
import type { SolverPool } from '../workers/solver-pool';
import type { AllocationResult } from '../../shared/allocation/types';
import type { SolveJob } from '../../shared/types/solve-job';
import type { ScenarioFile } from '../../shared/schemas/scenario-file';
import { failedChecks } from './result-checks';
import { runFocusCurve } from './focus-curve.service';
import { parseScenarioFile } from '../../shared/allocation/parse';
import { buildScenarioFile } from '../../shared/scenarios/build-file';
import { landFlagsService } from './land-flags.service';
import { scenariosRepo } from '../repositories/scenarios.repo';
import { auditRepo } from '../repositories/audit.repo';
import { loadCityState } from './city-state.service';
import { assertScope, SCENARIO_ONLY } from './scenarios.service';
import { found } from './not-found';
import { AppError } from '../../shared/errors';

export type { SolveJob };

type Entry = SolveJob & { abort: AbortController; userId: number; jurisdictionIds: number[] };

/** Finished jobs are kept this long for the client to read their outcome. */
const KEEP_MS = 10 * 60_000;
const inputKey = (s: { jurisdictionIds: unknown; levers: unknown; pins: unknown; exclusions: unknown }) =>
  JSON.stringify([s.jurisdictionIds, s.levers, s.pins, s.exclusions]);

/**
 * Solves run as jobs in the worker pool: `start` answers at once with a job id, the client polls
 * progress, and the verified result is saved to the scenario when the job ends. The server never
 * waits on the engine in a request.
 */
export function solveJobs(db: Db, pool: () => SolverPool, opts: { focusPointMs: number }) {
  const jobs = new Map<string, Entry>();
  const view = ({ abort: _a, userId: _u, jurisdictionIds: _j, ...j }: Entry): SolveJob => j;
  const sweep = () => {
    const now = Date.now();
    for (const [id, j] of jobs) if (j.finishedAt && now - Date.parse(j.finishedAt) > KEEP_MS) jobs.delete(id);
  };

  async function save(
    scenarioId: number,
    key: string,
    file: ScenarioFile,
    basis: unknown,
    result: AllocationResult,
    ctx: Ctx,
  ) {
    // The engine verified its answer; check it again here against the very file it was given,
    // so nothing unverified is ever stored (and so nothing unverified can be committed). An
    // infeasible scenario (signed or pinned projects that cannot all be placed) is an answer too:
    // it is stored with every other check passing, shown with its reasons, and never committed.
    const bad = failedChecks(file, result, true);
    if (bad.length)
      throw new AppError(
        'UNVERIFIED_RESULT',
        `the solver's answer failed verification and was discarded (${bad.join('; ')})`,
        500,
      );
    await db.write(async (m) => {
      const s = found(await scenariosRepo.get(m, scenarioId), 'scenario', scenarioId);
      if (s.status === 'committed') throw new AppError('COMMITTED', 'the scenario was committed while solving', 409);
      const stale = inputKey(s) !== key;
      await scenariosRepo.update(m, scenarioId, s.version, {
        result: scenariosRepo.resultDoc(result, stale),
        basis,
        status: stale ? 'draft' : 'solved',
        solvedAt: new Date().toISOString(),
      });
      await scenariosRepo.replaceAllocations(m, scenarioId, result);
      await auditRepo.record(m, ctx.user, {
        action: 'update',
        entity: 'scenario',
        entityId: scenarioId,
        after: { solved: true, objective: result.objective, gap: result.gap, placements: result.allocations.length },
      });
    }, SCENARIO_ONLY);
  }

  /** The scenario to solve, in the user's scope and not committed, with no job of this kind running. */
  async function prepare(ctx: Ctx, scenarioId: number, kind: 'solve' | 'focus') {
    sweep();
    const s = found(await scenariosRepo.get(ctx.db.read, scenarioId), 'scenario', scenarioId);
    assertScope(ctx.user, s.jurisdictionIds);
    if (s.status === 'committed')
      throw new AppError('COMMITTED', 'a committed scenario is not solved again; duplicate it', 409);
    const running = [...jobs.values()].find(
      (j) => j.scenarioId === scenarioId && j.status === 'running' && (j.kind ?? 'solve') === kind,
    );
    if (running)
      throw new AppError(
        'ALREADY_SOLVING',
        kind === 'focus' ? 'the price of focus is being computed already' : 'this scenario is being solved already',
        409,
        { jobId: running.id },
      );
    // A solve checks the queue (and holds a place) before the city state is loaded and the file built:
    // a refused start costs the event loop nothing. A curve submits its points one by one later.
    const reservation = kind === 'solve' ? pool().reserve() : undefined;
    let built: ReturnType<typeof buildScenarioFile>;
    try {
      const city = await loadCityState(ctx.db.read);
      // Flagged idle land the county may recover joins the sites, at its recovery cost and delay.
      if (s.levers.recoverFlagged) city.recoverable = await landFlagsService.recoverable(ctx.db.read);
      built = buildScenarioFile(s, city);
    } catch (e) {
      reservation?.();
      throw e;
    }
    const { file, basis } = built;
    // A re-solve starts from the plan the user has (repaired to the new rules by the engine).
    const startPlan = s.result?.allocations.length ? planOf(s.result) : undefined;
    const job: Entry = {
      id: randomUUID(),
      scenarioId,
      kind,
      status: 'running',
      progress: null,
      error: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      abort: new AbortController(),
      userId: ctx.user.id,
      jurisdictionIds: s.jurisdictionIds,
    };
    return { s, file, basis, startPlan, job, reservation };
  }

  /** Records how a job ended (its outcome is read by polling). */
  const settleJob = (job: Entry, promise: Promise<unknown>) =>
    promise
      .then(() => (job.status = 'done'))
      .catch((e: unknown) => {
        const err = e instanceof AppError ? e : new AppError('SOLVER_FAILED', String((e as Error)?.message ?? e), 500);
        job.status = err.code === 'SOLVER_CANCELLED' ? 'cancelled' : 'failed';
        job.error = { code: err.code, message: err.message };
      })
      .finally(() => (job.finishedAt = new Date().toISOString()));

  return {
    async start(ctx: Ctx, scenarioId: number): Promise<SolveJob> {
      const { s, file, basis, startPlan, job, reservation } = await prepare(ctx, scenarioId, 'solve');
      if (startPlan) file.startPlan = startPlan;
      const key = inputKey(s);
      // submit() validates the file and uses the place prepare() held in the queue.
      const promise = pool().submit(file, {
        signal: job.abort.signal,
        reservation,
        onProgress: (p) => (job.progress = p),
      });
      jobs.set(job.id, job);
      void settleJob(
        job,
        promise.then((result) => save(scenarioId, key, file, basis, result, ctx)),
      );
      return view(job);
    },
    /**
     * The price of focus: the scenario solved at each θ (see runFocusCurve). Nothing is saved to
     * the scenario; the curve lives in the job, read by polling, for as long as finished jobs are kept.
     */
    async startFocus(ctx: Ctx, scenarioId: number, thetas: number[]): Promise<SolveJob> {
      const { file, startPlan, job } = await prepare(ctx, scenarioId, 'focus');
      // Refuse a file the solver would refuse before recording a job.
      parseScenarioFile(file);
      job.focus = { thetas, points: [] };
      jobs.set(job.id, job);
      void settleJob(
        job,
        runFocusCurve(pool(), file, startPlan, thetas, {
          signal: job.abort.signal,
          pointMs: opts.focusPointMs,
          onCurve: (c) => (job.focus = c),
          onProgress: (p) => (job.progress = p),
        }),
      );
      return view(job);
    },
    get(ctx: Ctx, jobId: string): SolveJob {
      const j = jobs.get(jobId);
      if (!j) throw new AppError('NOT_FOUND', `solve job ${jobId} does not exist (or ended over 10 minutes ago)`, 404);
      return view(j);
    },
    cancel(ctx: Ctx, jobId: string): SolveJob {
      const j = jobs.get(jobId);
      if (!j) throw new AppError('NOT_FOUND', `solve job ${jobId} does not exist`, 404);
      assertScope(ctx.user, j.jurisdictionIds);
      if (j.status === 'running') j.abort.abort();
      return view(j);
    },
    /** Waits for a job to end: tests and the CLI use it; requests never do. */
    async settle(jobId: string, timeoutMs = 120_000): Promise<SolveJob> {
      const t0 = Date.now();
      for (;;) {
        const j = jobs.get(jobId);
        if (!j || j.finishedAt) return j ? view(j) : Promise.reject(new Error('no such job'));
        if (Date.now() - t0 > timeoutMs) throw new Error('job did not settle');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
export type SolveJobs = ReturnType<typeof solveJobs>;
