import type { Progress } from '../allocation/types';

/** A solve running in the worker pool, as the server reports it and the client polls it. */
export interface SolveJob {
  id: string;
  scenarioId: number;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  progress: Progress | null;
  error: { code: string; message: string } | null;
  startedAt: string;
  finishedAt: string | null;
}
