import type { ScenarioFile } from '../../schemas/scenario-file';
import type { ExactInfo } from '../exact';
import { Lagrangian, type Prices } from '../lagrangian';
import type { EngineMessage } from '../messages';
import type { MilpEngine } from '../milp';
import type { Model } from '../model';
import { makeRng } from '../rng';
import { solveSchedule, type Schedule } from '../schedule';
import { State } from '../state';
import type { LeftOut, Progress, ShortfallEntry } from '../types';

/** What the caller asked for, with defaults applied (see SolveOptions in solve.ts). */
export interface SolveSettings {
  limitMs: number;
  /** A real clock was given: time limits rule; without one only iteration limits stop a stage. */
  hasClock: boolean;
  seed: number;
  effort: number;
  /** Cost-to-place re-optimisation for left-out projects. */
  explain: boolean;
  warmTimeShare?: number;
  exactMaxColumns?: number;
  maxPairs?: number;
  engine: MilpEngine | null;
  onProgress?: (p: Progress) => void;
}

/**
 * Everything a solve's stages share, in one place: each stage reads what earlier stages left here and
 * writes its own part. The plan (`best`) and the bound only ever get better.
 */
export interface SolveContext {
  readonly settings: SolveSettings;
  /** The scenario file with stale pins and exclusions dropped. */
  readonly file: ScenarioFile;
  readonly m: Model;
  readonly rng: () => number;
  /** The solver's clock, and milliseconds since the solve began. */
  readonly clock: () => number;
  readonly elapsed: () => number;
  /** Recomputed when a warm re-solve shortens the limit (construct stage). */
  schedule: Schedule;
  /** Placeable projects and each one's best value on its own (construction order, search fallback score). */
  readonly placeable: number[];
  readonly maxValue: Float64Array;
  readonly lag: Lagrangian;
  best: State;
  /** false until the construct stage has built a plan: progress reports no objective before. */
  planned: boolean;
  /** Upper bound on the objective (Infinity until a stage gives one). */
  bound: number;
  proven: boolean;
  /** Best LP-relaxation bound met on the way (full model, or max(incumbent, restricted LP)). */
  lpBound: number;
  exact: ExactInfo | null;
  /** Columns of the last attempt that ran out of time: only a strictly smaller model is tried again. */
  exactTimedOutAt: number;
  /** Search scores: reduced values at the best prices (set by the search stage). */
  score: Float64Array;
  prices: Prices | null;
  lnsIterations: number;
  leftOut: LeftOut[];
  readonly warnings: EngineMessage[];
  readonly shortfall: ShortfallEntry[];
  readonly stages: { name: string; ms: number }[];
  stageStart: number;
}

export function createContext(parts: {
  file: ScenarioFile;
  m: Model;
  settings: SolveSettings;
  clock: () => number;
  elapsed: () => number;
  stageStart: number;
  warnings: EngineMessage[];
  shortfall: ShortfallEntry[];
}): SolveContext {
  const { file, m, settings, clock, elapsed, stageStart, warnings, shortfall } = parts;
  const n = m.projects.length;
  return {
    settings,
    file,
    m,
    rng: makeRng(settings.seed),
    clock,
    elapsed,
    schedule: scheduleFor(m, settings.limitMs, settings),
    placeable: m.projects.map((pj, p) => (pj.slots.length ? p : -1)).filter((p) => p >= 0),
    maxValue: Float64Array.from(m.projects, (pj) =>
      Math.max(0, ...pj.slots.flatMap((s) => s.choices.map((c) => c.value))),
    ),
    lag: new Lagrangian(m),
    best: new State(m),
    planned: false,
    bound: Infinity,
    proven: false,
    lpBound: Infinity,
    exact: null,
    exactTimedOutAt: Infinity,
    score: new Float64Array(n),
    prices: null,
    lnsIterations: 0,
    leftOut: [],
    warnings,
    shortfall,
    stages: [],
    stageStart,
  };
}

export function scheduleFor(m: Model, limitMs: number, s: SolveSettings): Schedule {
  return solveSchedule({ projects: m.projects.length, pairs: m.pairsAfter }, limitMs, {
    effort: s.effort,
    explain: s.explain,
    exactMaxColumns: s.exactMaxColumns,
  });
}

/** The plan is feasible (no must-place project missing): only then is it a floor of the bound. */
export const feasible = (c: SolveContext) => !c.best.mustMissing().length;

/** The bound is still above the plan by more than rounding. */
export const gapOpen = (c: SolveContext) => c.bound - c.best.objective() > 1e-7 * Math.max(1, Math.abs(c.bound));

export function reportProgress(c: SolveContext, stage: string): void {
  c.settings.onProgress?.({
    stage,
    bestObjective: c.planned ? c.best.objective() : null,
    bound: Number.isFinite(c.bound) ? c.bound : null,
    elapsedMs: c.elapsed(),
  });
}

/** Records the stage's time (stats.stages) and reports progress. */
export function endStage(c: SolveContext, name: string): void {
  const now = c.elapsed();
  c.stages.push({ name, ms: now - c.stageStart });
  c.stageStart = now;
  reportProgress(c, name);
}
