import type { SolverPool } from '../workers/solver-pool';
import type { Progress } from '../../shared/allocation/types';
import type { ScenarioFile, StartPlacement } from '../../shared/schemas/scenario-file';
import {
  focusCurve,
  focusFile,
  focusPoint,
  planOf,
  solveOrder,
  type FocusCurve,
  type FocusPoint,
} from '../../shared/scenarios/focus';
import { isAppError } from '../../shared/errors';
import { failedChecks } from './result-checks';

export interface FocusRun {
  signal: AbortSignal;
  /** Hard limit of each point's solve (ms). */
  pointMs: number;
  onCurve(c: FocusCurve): void;
  onProgress(p: Progress): void;
}

/**
 * The price-of-focus curve: one solve per θ in the worker pool, one after another (so the curve
 * takes at most thetas × pointMs of solver time), highest θ first, each starting from the plan of
 * the θ above it (the scenario's own plan for the first). Only verified answers give figures; a
 * point whose solve times out or fails verification is kept as 'unverified' and the curve goes on.
 */
export async function runFocusCurve(
  pool: SolverPool,
  file: ScenarioFile,
  start: StartPlacement[] | undefined,
  thetas: number[],
  o: FocusRun,
): Promise<FocusCurve> {
  const points: FocusPoint[] = [];
  let prev = start;
  for (const theta of solveOrder(thetas)) {
    const f = focusFile(file, theta, prev);
    const t0 = Date.now();
    let point: FocusPoint;
    try {
      const r = await pool.submit(f, {
        signal: o.signal,
        timeLimitMs: o.pointMs,
        explain: false,
        onProgress: o.onProgress,
      });
      const ok = failedChecks(f, r, false).length === 0;
      point = focusPoint(file, theta, ok ? r : null, Date.now() - t0);
      if (ok) prev = planOf(r);
    } catch (e) {
      // A point that ran out of time has no verified plan: it stays on the curve without figures.
      if (!isAppError(e) || e.code !== 'SOLVER_TIMEOUT') throw e;
      point = focusPoint(file, theta, null, Date.now() - t0);
    }
    points.push(point);
    o.onCurve(focusCurve(thetas, points));
  }
  return focusCurve(thetas, points);
}
