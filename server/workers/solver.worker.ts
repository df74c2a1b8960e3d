import { parentPort } from 'node:worker_threads';
import { setPriority } from 'node:os';
import type { ModelLimits } from '../../shared/allocation/parse';
import type { ScenarioFile } from '../../shared/schemas/scenario-file';
import { solveScenario } from '../../shared/allocation/solve';
import { isAppError } from '../../shared/errors';

/** One solve per message; progress is throttled to a few messages per second. */
export interface SolveRequest {
  /** Parsed and validated by the pool (solver-pool.ts submit): a solve parses its file once. */
  file: ScenarioFile;
  timeLimitMs: number;
  seed?: number;
  /** false: no cost-to-place for left-out projects (default true). */
  explain?: boolean;
  limits: ModelLimits;
}

const port = parentPort!;

// On Linux, setpriority for "this process" (pid 0) applies to the calling thread only: the solver
// thread runs at the lowest priority and gives the CPU to request handling whenever it needs it.
try {
  setPriority(19);
} catch {
  // Not permitted here: the solver runs at normal priority.
}

port.on('message', (req: SolveRequest) => {
  try {
    const file = req.file;
    let last = -Infinity;
    const result = solveScenario(file, {
      clock: () => performance.now(),
      timeLimitMs: req.timeLimitMs,
      seed: req.seed,
      explain: req.explain,
      maxPairs: req.limits.maxPairs,
      onProgress: (p) => {
        const now = performance.now();
        if (now - last < 200 && p.stage === 'search') return;
        last = now;
        port.postMessage({ type: 'progress', progress: p });
      },
    });
    port.postMessage({ type: 'result', result });
  } catch (e) {
    if (isAppError(e))
      port.postMessage({ type: 'error', code: e.code, message: e.message, status: e.status, details: e.details });
    else
      port.postMessage({
        type: 'error',
        code: 'SOLVER_FAILED',
        message: e instanceof Error ? e.message : String(e),
        status: 500,
      });
  }
});

port.postMessage({ type: 'ready' });
