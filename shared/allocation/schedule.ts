/**
 * The solve's time schedule: every share of the time limit and every iteration budget the stages use,
 * as one pure function of the model's size and the limit. Times are milliseconds since the solve
 * began (`…EndMs`) or lengths (`…Ms`); the stages compare them with the solver's own clock.
 *
 * The shares were measured on the bench scenarios (docs/solver-bench.md): bound 12% of the limit
 * (20% at city scale), search to 75% (82% / 80% when the bound is already within 2%), a second bound
 * run to 80%, explanations 15% at mid size (10% beyond), everything done by 97%.
 */

/** Default soft time limit of a solve. */
export const DEFAULT_TIME_LIMIT_MS = 30_000;
/** Models with at most this many pairs are small enough for the exact stage on (nearly) all of them. */
export const SMALL_MODEL_PAIRS = 400;
/** Models with at most this many pairs go to the branch-and-bound whole, before the bound stage… */
export const EXACT_FIRST_PAIRS = 400;
/** …for at most this long (and 30% of the limit). */
const EXACT_FIRST_MS = 4_000;
/** Models with at most this many projects are "mid-size" (county and city scenarios, bench M). */
const MID_MODEL_PROJECTS = 300;
/** Beyond this many projects (city scale) the first bound run gets a larger share. */
const LARGE_MODEL_PROJECTS = 1000;
/** A re-solve whose start plan still holds to this share runs on the shorter warm limit. */
export const WARM_KEPT_SHARE = 0.9;
/** Share of the limit a warm re-solve uses (the option `warmTimeShare` overrides it). */
export const WARM_TIME_SHARE = 0.45;

export interface ModelSize {
  projects: number;
  /** (project, site, package) pairs left after pre-filtering. */
  pairs: number;
}

export interface ScheduleOptions {
  /** Scales the iteration limits (1 = default). */
  effort: number;
  /** false: no cost-to-place, so no time is reserved for it. */
  explain: boolean;
  /** Overrides the exact stage's column limit after reduced-cost fixing. */
  exactMaxColumns?: number;
}

export interface Schedule {
  limitMs: number;
  /** Mid-size models: more dual steps, time-annealed search, ejection polish (tuned there). */
  midModel: boolean;
  /** Construct: short search that makes room for missing must-place projects. */
  repair: { endMs: number; maxIterations: number; patience: number };
  /** Small models: the whole model to the branch-and-bound before the bound stage. */
  exactFirst: { enabled: boolean; timeLimitMs: number; maxNodesWithoutClock: number };
  /** Lagrangian: iteration cap, time budget, and (mid-size) minimum steps allowed up to `hardMs`. */
  bound: {
    maxIterations: number;
    budgetMs: number;
    minIterations: number;
    hardMs: number;
    /** A proven model still gets a short dual run: the explanations read its prices. */
    provenIterations: number;
    provenBudgetMs: number;
    /** Share of the run's iterations or time after which site prices are freed (phase 2). */
    sitePhaseAt: number;
  };
  /** Exact stage after reduced-cost fixing (tried after the bound and again after the search). */
  exact: { maxColumns: number; capMs: number; endMs: number; minMs: number; timedOutMs: number };
  /** The search ends at `endMs`, or at `endCloseMs` when the bound is within `closeGap` of the plan. */
  search: {
    endMs: number;
    endCloseMs: number;
    closeGap: number;
    maxIterations: number;
    patience: number;
    exactShare: number;
    annealByTime: boolean;
  };
  /** Mid-size: ejection passes (and a resumed descent) after the search, for `lengthMs` at most. */
  polish: { enabled: boolean; capEndMs: number; lengthMs: number; resumeMarginMs: number; stopMarginMs: number };
  /** A second bound run after the search when the gap is still wider than `search.closeGap`. */
  rebound: { budgetMs: number; endMs: number; minAlpha: number };
  /** Left-out explanations: at least `minMs`, `reserveMs` when the search kept it, all by `capEndMs`. */
  explain: { reserveMs: number; minMs: number; capEndMs: number; rounds: number };
  /** A solve still running past this is reported as stopped by the time limit. */
  timeLimitAfterMs: number;
}

/** The limit of a re-solve whose start plan still holds: a share of it, but not under 300 ms (or the limit). */
export function warmLimitMs(limitMs: number, share = WARM_TIME_SHARE): number {
  return Math.max(Math.min(limitMs, 300), limitMs * share);
}

export function solveSchedule(size: ModelSize, limit: number, o: ScheduleOptions): Schedule {
  const n = size.projects;
  const effort = o.effort;
  const midModel = n <= MID_MODEL_PROJECTS;
  const small = size.pairs <= SMALL_MODEL_PAIRS;
  const maxLag = Math.round(1500 * effort);
  // Cost-to-place re-optimises every left-out project with a polishing search of its own, which a
  // planner relies on as much as on the plan: 15% of the limit at mid size (it explains in a few
  // dozen ms there, so the search keeps more), 10% beyond.
  const explainReserve = limit * (o.explain ? (midModel ? 0.15 : 0.1) : 0);
  // Small models (county scale): jsLPSolver's dense tableau stays tiny, so the column limit grows to the
  // whole model and the exact stage may prove optimality where the Lagrangian bound is weak; it gets at
  // most 40% of the limit. Larger models keep the old limit.
  const exactCapMs = small ? Math.min(5000, Math.max(200, limit * 0.4)) : 5000;
  const exactEndMs = limit * 0.8;
  const searchIterations = Math.round((6000 + 60 * n) * effort);
  return {
    limitMs: limit,
    midModel,
    repair: {
      endMs: limit * 0.1,
      maxIterations: Math.round((500 + 5 * n) * effort),
      patience: Math.round((200 + 2 * n) * effort),
    },
    exactFirst: {
      enabled: size.pairs <= EXACT_FIRST_PAIRS,
      timeLimitMs: Math.max(200, Math.min(EXACT_FIRST_MS, limit * 0.3)),
      // Without a clock only iteration limits stop a solve: the tree is capped by nodes instead.
      maxNodesWithoutClock: 2_000,
    },
    bound: {
      maxIterations: maxLag,
      budgetMs: limit * (n > LARGE_MODEL_PROJECTS ? 0.2 : 0.12),
      // Mid-size models: the search is guided by these prices, and on a loaded machine 12% of the
      // limit bought only ~60 dual steps (measured at M: −0.8% vs −0.4% to HiGHS with ≥ 400 steps),
      // so up to 25% of the limit is spent to reach 400 steps. Larger models keep the time share.
      minIterations: midModel ? Math.round(400 * effort) : 0,
      hardMs: limit * 0.25,
      provenIterations: Math.min(maxLag, 300),
      provenBudgetMs: limit * 0.05,
      sitePhaseAt: 0.6,
    },
    exact: {
      maxColumns: o.exactMaxColumns ?? (small ? SMALL_MODEL_PAIRS : 120),
      capMs: exactCapMs,
      endMs: exactEndMs,
      minMs: 200,
      // An attempt that used 90% of its allowance timed out: only a strictly smaller model is retried.
      timedOutMs: Math.min(exactCapMs, exactEndMs) * 0.9,
    },
    search: {
      endMs: limit * 0.75 - explainReserve,
      endCloseMs: limit * (midModel ? 0.82 : 0.8) - explainReserve,
      closeGap: 0.02,
      maxIterations: searchIterations,
      patience: Math.round((1500 + 20 * n) * effort),
      // Mid-size only (measured there; L/XL keep their tuned behaviour): fewer exact neighbourhoods.
      exactShare: midModel ? 0.05 : 0.2,
      annealByTime: midModel,
    },
    polish: {
      enabled: midModel,
      capEndMs: limit * 0.95 - explainReserve,
      lengthMs: limit * 0.05,
      resumeMarginMs: limit * 0.02,
      stopMarginMs: limit * 0.01,
    },
    rebound: { budgetMs: limit * 0.12, endMs: exactEndMs, minAlpha: 0.25 },
    explain: { reserveMs: explainReserve, minMs: 50, capEndMs: limit * 0.97, rounds: 3 },
    timeLimitAfterMs: limit * 0.75,
  };
}
