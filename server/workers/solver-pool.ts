import { Worker } from 'node:worker_threads';
import { DEFAULT_LIMITS, checkSize, parseScenarioFile, type ModelLimits } from '../../shared/allocation/parse';
import type { AllocationResult, Progress } from '../../shared/allocation/types';
import { AppError } from '../../shared/errors';

export interface SolverPoolOptions {
  /** Worker threads (solves running at once). */
  size: number;
  /** Solves waiting for a worker; one more is refused with 429. */
  maxQueue: number;
  /** Hard wall-clock limit per solve, from the moment a worker picks it up. */
  timeLimitMs: number;
  limits?: Partial<ModelLimits>;
}

export interface SubmitOptions {
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  seed?: number;
  /** A shorter hard limit for this solve (ms; never longer than the pool's), e.g. one point of a curve. */
  timeLimitMs?: number;
  /** false: skip the cost-to-place of left-out projects (a curve point shows no left-out table). */
  explain?: boolean;
  /** A place taken earlier with reserve(): used by this submit instead of a new one. */
  reservation?: () => void;
}

export interface SolverPool {
  submit(file: unknown, o?: SubmitOptions): Promise<AllocationResult>;
  /**
   * Takes a place in the queue before the caller builds a file (which costs the event loop): throws
   * 429 when there is none, so a refused start does no work. Returns the release; submit takes it.
   */
  reserve(): () => void;
  stats(): { size: number; busy: number; queued: number };
  close(): Promise<void>;
}

interface Job {
  file: unknown;
  o: SubmitOptions;
  resolve: (r: AllocationResult) => void;
  reject: (e: unknown) => void;
  onAbort?: () => void;
}
interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  ready: boolean;
}

/**
 * The engine gets 85% of the hard limit as its own soft budget, so it normally returns its best
 * verified plan (stoppedBy 'time_limit') before the limit. Past the hard limit the worker is
 * terminated and the solve fails with SOLVER_TIMEOUT (504): a killed worker has no verified plan to
 * give, and an unverified incumbent is never returned.
 */
export const SOFT_LIMIT_SHARE = 0.85;

/**
 * The server runs TypeScript through tsx, and so must the worker. On Node 20 `execArgv: ['--import',
 * 'tsx']` fails ("Unknown file extension .ts": the entry resolves before the hooks exist), so a
 * tiny bootstrap registers tsx's ESM hooks inside the thread, then imports the worker module.
 * Verified under `npx tsx` and under vitest (tests/server/workers/solver-pool.test.ts).
 */
function spawn(): Worker {
  const entry = new URL('./solver.worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}

export function createSolverPool(opts: SolverPoolOptions): SolverPool {
  const limits: ModelLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let closed = false;

  const finish = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.job?.onAbort) slot.job.o.signal?.removeEventListener('abort', slot.job.onAbort);
    slot.job = null;
    pump();
  };
  const kill = (slot: Slot, err: AppError) => {
    const job = slot.job;
    void slot.worker.terminate();
    slots.splice(slots.indexOf(slot), 1);
    if (job) {
      slot.job = null;
      if (slot.timer) clearTimeout(slot.timer);
      if (job.onAbort) job.o.signal?.removeEventListener('abort', job.onAbort);
      job.reject(err);
    }
    pump();
  };
  const attach = (slot: Slot) => {
    slot.worker.on(
      'message',
      (msg: {
        type: string;
        progress?: Progress;
        result?: AllocationResult;
        code?: string;
        message?: string;
        status?: number;
        details?: unknown;
      }) => {
        if (msg.type === 'ready') {
          slot.ready = true;
          pump();
          return;
        }
        const job = slot.job;
        if (!job) return;
        if (msg.type === 'progress' && msg.progress) job.o.onProgress?.(msg.progress);
        else if (msg.type === 'result') {
          finish(slot);
          job.resolve(msg.result!);
        } else if (msg.type === 'error') {
          finish(slot);
          job.reject(
            new AppError(msg.code ?? 'SOLVER_FAILED', msg.message ?? 'solver failed', msg.status ?? 500, msg.details),
          );
        }
      },
    );
    slot.worker.on('error', (e) => {
      if (slots.includes(slot)) kill(slot, new AppError('SOLVER_CRASHED', `solver worker crashed: ${e.message}`, 500));
    });
    slot.worker.on('exit', () => {
      if (slots.includes(slot)) kill(slot, new AppError('SOLVER_CRASHED', 'solver worker exited', 500));
    });
  };
  const run = (slot: Slot, job: Job) => {
    slot.job = job;
    const limitMs = Math.min(opts.timeLimitMs, job.o.timeLimitMs ?? Infinity);
    slot.timer = setTimeout(
      () =>
        kill(
          slot,
          new AppError('SOLVER_TIMEOUT', `the solve exceeded ${limitMs} ms and was stopped`, 504, {
            timeLimitMs: limitMs,
          }),
        ),
      limitMs,
    );
    job.onAbort = () => kill(slot, new AppError('SOLVER_CANCELLED', 'the solve was cancelled', 499));
    job.o.signal?.addEventListener('abort', job.onAbort, { once: true });
    slot.worker.postMessage({
      file: job.file,
      timeLimitMs: limitMs * SOFT_LIMIT_SHARE,
      seed: job.o.seed,
      explain: job.o.explain,
      limits,
    });
  };
  function grow() {
    while (!closed && slots.length < opts.size && slots.filter((s) => !s.job).length < queue.length) {
      const slot: Slot = { worker: spawn(), job: null, timer: null, ready: false };
      attach(slot);
      slots.push(slot);
    }
  }
  function pump() {
    while (!closed && queue.length) {
      // The hard limit starts when a warm worker takes the job: its cold start (tsx compile) is not billed.
      const slot = slots.find((s) => !s.job && s.ready);
      if (!slot) {
        grow();
        return;
      }
      const job = queue.shift()!;
      if (job.onAbort) job.o.signal?.removeEventListener('abort', job.onAbort);
      run(slot, job);
    }
  }

  /** Places held by starts still building their file count as taken. */
  let reserved = 0;
  function assertRoom(): void {
    const busy = slots.filter((s) => s.job).length;
    const waiting = queue.length + reserved;
    if (busy + waiting >= opts.size + opts.maxQueue) {
      const retryAfterSeconds = Math.max(1, Math.ceil(((waiting + 1) * opts.timeLimitMs) / opts.size / 1000));
      throw new AppError(
        'SOLVER_BUSY',
        `the solver is busy (${busy} running, ${waiting} waiting); retry in about ${retryAfterSeconds} s`,
        429,
        { retryAfterSeconds },
      );
    }
  }

  return {
    submit(file, o = {}) {
      if (closed) return Promise.reject(new AppError('SOLVER_CLOSED', 'the solver pool is closed', 503));
      if (o.signal?.aborted) return Promise.reject(new AppError('SOLVER_CANCELLED', 'the solve was cancelled', 499));
      o.reservation?.();
      // Validate and size-check here, so a bad file never occupies a worker.
      const parsed = parseScenarioFile(file);
      checkSize(parsed, limits);
      assertRoom();
      return new Promise<AllocationResult>((resolve, reject) => {
        const job: Job = { file: parsed, o, resolve, reject };
        job.onAbort = () => {
          const i = queue.indexOf(job);
          if (i >= 0) {
            queue.splice(i, 1);
            reject(new AppError('SOLVER_CANCELLED', 'the solve was cancelled', 499));
          }
        };
        o.signal?.addEventListener('abort', job.onAbort, { once: true });
        queue.push(job);
        pump();
      });
    },
    reserve() {
      if (closed) throw new AppError('SOLVER_CLOSED', 'the solver pool is closed', 503);
      assertRoom();
      reserved++;
      let held = true;
      return () => {
        if (held) reserved--;
        held = false;
      };
    },
    stats: () => ({ size: opts.size, busy: slots.filter((s) => s.job).length, queued: queue.length }),
    async close() {
      closed = true;
      for (const j of queue.splice(0)) j.reject(new AppError('SOLVER_CLOSED', 'the solver pool is closed', 503));
      const all = slots.splice(0);
      for (const s of all) {
        if (s.timer) clearTimeout(s.timer);
        s.job?.reject(new AppError('SOLVER_CLOSED', 'the solver pool is closed', 503));
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
