import type { ScenarioFile } from '../schemas/scenario-file';
import { bnbEngine } from './engines/bnb';
import type { MilpEngine } from './milp';
import { DEFAULT_TIME_LIMIT_MS } from './schedule';
import { bound, rebound } from './stages/bound';
import { construct } from './stages/construct';
import type { SolveSettings } from './stages/context';
import { exactFirst, exactRestricted } from './stages/exact';
import { explain, settleProof } from './stages/explain';
import { prepare } from './stages/prepare';
import { search } from './stages/search';
import { verifyAndReport } from './stages/verify';
import type { AllocationResult, Progress } from './types';

export { EXACT_FIRST_PAIRS, SMALL_MODEL_PAIRS } from './schedule';

export interface SolveOptions {
  /** Soft wall-clock budget; the engine returns its best verified plan by then (hard kill is the worker's job). */
  timeLimitMs?: number;
  /** Milliseconds clock; shared code reads no clock of its own. Without one, only iteration limits apply. */
  clock?: () => number;
  onProgress?: (p: Progress) => void;
  seed?: number;
  /** Exact engine for the restricted model; null disables the exact stage. */
  engine?: MilpEngine | null;
  /** The exact stage runs only when reduced-cost fixing leaves at most this many columns. */
  exactMaxColumns?: number;
  /** Compute cost-to-place for left-out projects (re-optimisation with the project forced in). */
  explain?: boolean;
  /** Scales the search's iteration limits (1 = default). */
  effort?: number;
  /** Share of the time budget a warm re-solve uses when its start plan still holds (default 0.45). */
  warmTimeShare?: number;
  /** Refuse (AppError 422) when pre-filtering leaves more pairs than this. */
  maxPairs?: number;
}

/**
 * Scenario file (already validated) → verified allocation result. The stages share one context
 * (stages/context.ts) and take their times from the schedule (schedule.ts); each stage only improves
 * the plan or the bound, so stopping after any of them leaves a valid answer.
 */
export function solveScenario(input: ScenarioFile, o: SolveOptions = {}): AllocationResult {
  const settings: SolveSettings = {
    limitMs: o.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
    hasClock: !!o.clock,
    seed: o.seed ?? 1,
    effort: o.effort ?? 1,
    explain: o.explain !== false,
    warmTimeShare: o.warmTimeShare,
    exactMaxColumns: o.exactMaxColumns,
    maxPairs: o.maxPairs,
    engine: o.engine === undefined ? bnbEngine : o.engine,
    onProgress: o.onProgress,
  };
  // Without a clock, time stands still and only the iteration limits end a stage.
  const c = prepare(input, settings, o.clock ?? (() => 0));
  construct(c);
  exactFirst(c);
  bound(c);
  exactRestricted(c);
  search(c);
  rebound(c);
  exactRestricted(c);
  settleProof(c);
  explain(c);
  return verifyAndReport(c);
}
