import type { Progress } from '../allocation/types';
import type { FocusCurve } from '../scenarios/focus';

/** A solve running in the worker pool, as the server reports it and the client polls it. */
export interface SolveJob {
  id: string;
  scenarioId: number;
  /** Optional (absent = 'solve'): 'focus' is a price-of-focus curve, solves not saved to the scenario. */
  kind?: 'solve' | 'focus';
  status: 'running' | 'done' | 'failed' | 'cancelled';
  progress: Progress | null;
  error: { code: string; message: string } | null;
  startedAt: string;
  finishedAt: string | null;
  /** A 'focus' job's curve: its points fill in as their solves end. */
  focus?: FocusCurve;
}
