import type { ScenarioFile } from '../schemas/scenario-file';
import { insertAll, orderBy } from './construct';
import { bnbEngine } from './engines/bnb';
import { exactStage } from './exact';
import { allocationsOf, budgetReports, parkReports, quotaReports } from './explain';
import { explainLeftOut } from './left-out';
import { forcePlace } from './force';
import { Lagrangian, type Prices } from './lagrangian';
import { checkPairs } from './parse';
import type { MilpEngine } from './milp';
import { buildModel } from './model';
import { makeRng } from './rng';
import { ejectionDescent, lns } from './search';
import { State } from './state';
import type { AllocationResult, LeftOut, Progress, ShortfallEntry } from './types';
import type { EngineMessage } from './messages';
import { shortfallMessage } from './shortfall';
import { repairStartPlan } from './start';
import { dropStaleRefs } from './stale';
import { verifyPlacements } from './verify';

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

/** Models with at most this many pairs are small enough for the exact stage on (nearly) all of them. */
export const SMALL_MODEL_PAIRS = 400;
/** Models with at most this many pairs go to the branch-and-bound whole, before the bound stage… */
export const EXACT_FIRST_PAIRS = 400;
/** …for at most this long (and 30% of the budget). */
const EXACT_FIRST_MS = 4_000;

/** Scenario file (already validated) → verified allocation result. */
export function solveScenario(input: ScenarioFile, o: SolveOptions = {}): AllocationResult {
  // Pins naming space or projects that are gone are dropped with a warning, not refused.
  const { file, warnings: staleWarnings } = dropStaleRefs(input);
  let ticks = 0;
  const clock = o.clock ?? (() => ticks++ * 0);
  const t0 = clock();
  // `let`: a warm re-solve whose start plan still holds gets a shorter schedule (see below).
  let limit = o.timeLimitMs ?? 30_000;
  const elapsed = () => clock() - t0;
  const seed = o.seed ?? 1;
  const rng = makeRng(seed);
  const effort = o.effort ?? 1;
  const stages: { name: string; ms: number }[] = [];
  let stageStart = elapsed();
  const warnings: EngineMessage[] = [...staleWarnings];
  let best: State;
  let bound = Infinity;
  const progress = (stage: string) =>
    o.onProgress?.({
      stage,
      bestObjective: best ? best.objective() : null,
      bound: Number.isFinite(bound) ? bound : null,
      elapsedMs: elapsed(),
    });
  const endStage = (name: string) => {
    const now = elapsed();
    stages.push({ name, ms: now - stageStart });
    stageStart = now;
    progress(name);
  };

  const m = buildModel(file);
  const n = m.projects.length;
  if (o.maxPairs !== undefined)
    checkPairs(m.pairsAfter, { maxSites: Infinity, maxProjects: Infinity, maxPairs: o.maxPairs });
  // Land shortfall, part 1: must-place projects with no option at all. They leave the must-place
  // rule of the model solved (its bound and its verification excuse them) and are reported.
  const shortfall: ShortfallEntry[] = [];
  m.projects.forEach((pj, p) => {
    if (pj.must && !pj.slots.length) {
      shortfall.push({ projectId: pj.id, message: shortfallMessage(m, new State(m), p) });
      pj.must = false;
    }
  });
  endStage('model');

  const placeable = m.projects.map((pj, p) => (pj.slots.length ? p : -1)).filter((p) => p >= 0);
  const maxValue = Float64Array.from(m.projects, (pj) =>
    Math.max(0, ...pj.slots.flatMap((s) => s.choices.map((c) => c.value))),
  );
  best = new State(m);
  insertAll(
    best,
    orderBy(best, placeable, (p) => maxValue[p]),
    null,
  );
  if (best.mustMissing().length) {
    // Must-place projects first, largest first, then the rest: packs awkward pins before anything else.
    const alt = new State(m);
    insertAll(
      alt,
      orderBy(alt, placeable, (p) => (m.projects[p].must ? 1e12 : 0) + maxValue[p]),
      null,
    );
    if (alt.mustMissing().length <= best.mustMissing().length) best = alt;
    // Still missing (typically non-dominant ones in parks without dominant area): force them in,
    // pulling dominant projects into their parks.
    for (let round = 0; round < 2; round++)
      for (const p of best.mustMissing()) forcePlace(best, p, null, maxValue, rng, () => false);
  }
  // A re-solve starts from the previous plan repaired to the new rules, and keeps it unless
  // something better is found: pins, exclusions or lever changes never lose what the user had.
  if (file.startPlan?.length) {
    const start = repairStartPlan(m, file.startPlan);
    insertAll(
      start.state,
      orderBy(start.state, placeable, (p) => maxValue[p]),
      null,
    );
    for (const p of start.state.mustMissing()) forcePlace(start.state, p, null, maxValue, rng, () => false);
    const missing = (st: State) => st.mustMissing().length;
    if (
      missing(start.state) < missing(best) ||
      (missing(start.state) === missing(best) && start.state.objective() >= best.objective())
    )
      best = start.state;
    // The start plan is already a polished plan: when nearly all of it holds, the search only has
    // to absorb the change, and a shorter schedule (warmTimeShare of the budget) is enough.
    if (best === start.state && start.kept >= 0.9 * file.startPlan.length)
      limit = Math.max(Math.min(limit, 300), limit * (o.warmTimeShare ?? 0.45));
    warnings.push(
      start.dropped.length
        ? { code: 'start_repaired', params: { kept: start.kept, dropped: start.dropped } }
        : { code: 'start_kept', params: { kept: start.kept } },
    );
  }
  if (best.mustMissing().length) {
    // A short search that may move everything else to make room (it scores missing must-place
    // projects at −10¹²); what still does not fit goes to the land shortfall report (part 2).
    const cur = best.clone();
    lns(cur, best, {
      rng,
      prices: null,
      score: maxValue,
      stop: () => !best.mustMissing().length || elapsed() > limit * 0.1,
      maxIterations: Math.round((500 + 5 * n) * effort),
      patience: Math.round((200 + 2 * n) * effort),
    });
    for (const p of best.mustMissing()) {
      shortfall.push({ projectId: m.projects[p].id, message: shortfallMessage(m, best, p) });
      m.projects[p].must = false;
    }
  }
  if (shortfall.length)
    warnings.push({ code: 'plan_partial', params: { projectIds: shortfall.map((x) => x.projectId) } });
  endStage('construct');

  let proven = false;
  let exactInfo: AllocationResult['stats']['exact'] = null;
  // Best LP-relaxation bound met on the way (full model, or max(incumbent, restricted LP)).
  let lpBound = Infinity;
  const engine = o.engine === undefined ? bnbEngine : o.engine;
  const adoptExact = (r: ReturnType<typeof exactStage>) => {
    if (r.state && (best.mustMissing().length || r.state.objective() > best.objective() + 1e-9)) best = r.state;
    if (r.proven) {
      proven = true;
      bound = best.objective();
    } else if (r.info.bound !== undefined && Number.isFinite(r.info.bound))
      bound = Math.min(bound, Math.max(best.mustMissing().length ? -Infinity : best.objective(), r.info.bound));
    if (r.info.rootBound !== undefined) lpBound = Math.min(lpBound, r.info.rootBound);
  };
  // Tiny and small models (county scale): the whole model goes to the branch-and-bound first, with the
  // constructed plan as cutoff. Most come back proven optimal at once; an unfinished tree still
  // leaves a valid bound and the LP bound, and the usual stages follow.
  const exactFirst = !!engine && m.pairsAfter <= EXACT_FIRST_PAIRS;
  if (exactFirst) {
    const r = exactStage(m, best, null, engine, {
      maxColumns: Infinity,
      timeLimitMs: Math.max(200, Math.min(EXACT_FIRST_MS, limit * 0.3)),
      clock,
      maxNodes: o.clock ? undefined : 2_000,
    });
    exactInfo = r.info;
    adoptExact(r);
    endStage('exact');
  }

  // Lagrangian bound, with a price-guided greedy every few iterations as the primal side.
  const lag = new Lagrangian(m);
  // Time shares: bound 12% (20% at city scale), search to 67%, bound again (sharper target) to 80%, explain 8%.
  const boundBudget = limit * (n > 1000 ? 0.2 : 0.12);
  const maxLag = Math.round(1500 * effort);
  const lagHeuristic = (pr: Prices) => {
    lag.evaluate(pr);
    const h = new State(m);
    insertAll(
      h,
      orderBy(h, placeable, (p) => lag.picks[p].reduced),
      pr,
    );
    if (!h.mustMissing().length && (best.mustMissing().length || h.objective() > best.objective())) best = h;
  };
  const lbOf = () => (best.mustMissing().length ? -Infinity : best.objective());
  const runLag = (iters: number, budgetMs: number, minIters = 0, hardMs = budgetMs) => {
    const start = elapsed();
    for (let i = 0; i < iters && (elapsed() - start < budgetMs || (i < minIters && elapsed() - start < hardMs)); i++) {
      // Phase 1 holds site prices at zero (smooth, fast); phase 2 lets them move (see Lagrangian).
      if (!lag.useSites && (i >= iters * 0.6 || elapsed() - start > budgetMs * 0.6 || lag.alpha < 1e-3)) {
        lag.useSites = true;
        lag.alpha = 0.5;
        if (lag.bestPrices) restore(lag.bestPrices);
      }
      lag.step(Number.isFinite(lbOf()) ? lbOf() : lag.best * 0.9);
      if (lag.iterations % 50 === 0 && lag.bestPrices) lagHeuristic(lag.bestPrices);
      if (lag.best - lbOf() <= 1e-7 * Math.max(1, Math.abs(lag.best)) || (lag.useSites && lag.alpha < 1e-4)) break;
    }
    bound = Math.min(bound, lag.best);
  };
  const restore = (pr: Prices) => lag.restore(pr);
  // Mid-size models: the search is guided by these prices, and on a loaded machine 12% of the
  // budget bought only ~60 dual steps (measured at M: −0.8% vs −0.4% to HiGHS with ≥ 400 steps),
  // so up to 25% of the budget is spent to reach 400 steps. Larger models keep the time share.
  const midModel = n <= 300;
  // A proven model still gets a short dual run: the explanations read its prices (shadow costs).
  if (proven) runLag(Math.min(maxLag, 300), limit * 0.05);
  else runLag(maxLag, boundBudget, midModel ? Math.round(400 * effort) : 0, limit * 0.25);
  if (lag.bestPrices) {
    // Price-guided greedy at the best prices and at a few nearby ones (cheap, diverse starts).
    lagHeuristic(lag.bestPrices);
    for (const f of [0.8, 0.9, 1.1, 1.25]) {
      const pr = lag.bestPrices;
      lagHeuristic({ ...pr, equity: pr.equity * f, incentive: pr.incentive * f, park: pr.park.map((v) => v * f) });
    }
  }
  endStage('bound');

  const open = () => bound - best.objective() > 1e-7 * Math.max(1, Math.abs(bound));
  // Small models (county scale, a few hundred pairs): jsLPSolver's dense tableau stays tiny, so the
  // column limit grows to the whole model and the exact stage may prove optimality where the
  // Lagrangian bound is weak; it gets at most 40% of the budget. Larger models keep the old limit.
  const small = m.pairsAfter <= SMALL_MODEL_PAIRS;
  const exactColumns = o.exactMaxColumns ?? (small ? SMALL_MODEL_PAIRS : 120);
  const exactCapMs = small ? Math.min(5000, Math.max(200, limit * 0.4)) : 5000;
  // A full-model attempt that did not finish: only a strictly smaller restricted model is worth a try.
  let exactTimedOutAt = exactFirst && !proven && exactInfo ? exactInfo.columns : Infinity;
  /** Exact stage when reduced-cost fixing leaves a small model (cheap to test, so tried twice). */
  const tryExact = () => {
    if (proven || !engine || !lag.bestPrices || best.mustMissing().length || !open()) return;
    // After a timed-out attempt, only a strictly smaller restricted model is worth another try.
    const r = exactStage(m, best, lag, engine, {
      maxColumns: Math.min(exactColumns, exactTimedOutAt - 1),
      timeLimitMs: Math.max(200, Math.min(exactCapMs, limit * 0.8 - elapsed())),
      clock,
    });
    if (r.info.ms >= Math.min(exactCapMs, limit * 0.8) * 0.9 || r.info.status.startsWith('rejected: fractional'))
      exactTimedOutAt = r.info.columns;
    if (!(exactInfo && r.info.status.startsWith('skipped'))) exactInfo = r.info;
    adoptExact(r);
    endStage('exact');
  };
  tryExact();

  // Search: ruin and recreate from the best plan, scored by reduced values at the best prices.
  const prices = lag.bestPrices;
  const score = new Float64Array(n);
  if (prices) {
    lag.evaluate(prices);
    lag.picks.forEach((pk, p) => {
      score[p] = pk.reduced + 1e-3 * maxValue[p];
    });
  } else score.set(maxValue);
  // Mid-size models (≤ 300 projects) explain in a few dozen ms (greedy cost-to-place), so the search
  // keeps more of the budget there; larger ones keep the measured L/XL shares.
  // Cost-to-place re-optimises every left-out project with a polishing search of its own, which a
  // planner relies on as much as on the plan: 15% of the budget at mid size, 10% beyond.
  const explainShare = o.explain === false ? 0 : midModel ? 0.15 : 0.1;
  const explainReserve = limit * explainShare;
  const searchEnd = limit * 0.75 - explainReserve;
  const searchEndClose = limit * (midModel ? 0.82 : 0.8) - explainReserve;
  const closeEnough = () => bound - best.objective() <= 0.02 * Math.abs(bound);
  let lnsIterations = 0;
  if (!proven && (best.mustMissing().length || open())) {
    const cur = best.clone();
    const searchStart = elapsed();
    const target = () => !best.mustMissing().length && bound - best.objective() <= 1e-7 * Math.max(1, Math.abs(bound));
    lnsIterations = lns(cur, best, {
      // When the bound is already within 2%, the later bound stage is skipped and the search gets its time.
      rng,
      prices,
      score,
      stop: () => elapsed() > (closeEnough() ? searchEndClose : searchEnd) || target(),
      maxIterations: Math.round((6000 + 60 * n) * effort),
      patience: Math.round((1500 + 20 * n) * effort),
      onImprove: () => progress('search'),
      // Mid-size only (measured there; L/XL keep their tuned behaviour): anneal by time, fewer exact neighbourhoods.
      timeUsed: midModel
        ? () =>
            Math.min(
              1,
              (elapsed() - searchStart) / Math.max(1, (closeEnough() ? searchEndClose : searchEnd) - searchStart),
            )
        : undefined,
      exactShare: midModel ? 0.05 : 0.2,
    });
  }
  if (midModel && !proven && open()) {
    // Mid-size: systematic ejection passes polish the search's plan; when they run dry early, the
    // search resumes from the polished plan as a pure descent and is polished again.
    const polishEnd = Math.min(limit * 0.95 - explainReserve, Math.max(elapsed(), searchEndClose) + limit * 0.05);
    const polish = () => {
      if (ejectionDescent(best, { rng, prices, score, stop: () => elapsed() > polishEnd })) progress('search');
    };
    polish();
    if (o.clock && open() && elapsed() < polishEnd - limit * 0.02) {
      lnsIterations += lns(best.clone(), best, {
        rng,
        prices,
        score,
        stop: () => elapsed() > polishEnd - limit * 0.01,
        maxIterations: Math.round((6000 + 60 * n) * effort),
        patience: Math.round((1500 + 20 * n) * effort),
        onImprove: () => progress('search'),
        timeUsed: () => 1,
        exactShare: 0.05,
      });
      polish();
    }
  }
  endStage('search');
  if (!proven && open() && !closeEnough()) {
    // A better incumbent sharpens the Polyak target: a few more dual steps tighten the bound.
    lag.alpha = Math.max(lag.alpha, 0.25);
    if (lag.bestPrices) lag.restore(lag.bestPrices);
    runLag(maxLag, Math.max(0, Math.min(limit * 0.12, limit * 0.8 - elapsed())));
    endStage('bound');
  }

  tryExact();
  // An infeasible plan (must-place projects missing) may sit above the bound: that proves nothing.
  if (!proven && !best.mustMissing().length && bound - best.objective() <= 1e-7 * Math.max(1, Math.abs(bound)))
    proven = true;

  let leftOut: LeftOut[] = [];
  // Re-optimised cost-to-place while the explain budget lasts; then the bound-backed estimate.
  const explainEnd = Math.min(limit * 0.97, elapsed() + Math.max(explainReserve, 50));
  for (let round = 0; round < 3; round++) {
    // Forcing a project in can reveal a better plan; adopt it and explain again (it is rare).
    const r = explainLeftOut(m, best, lag, {
      score,
      rng,
      reopt: o.explain !== false,
      stop: () => elapsed() > explainEnd,
      elapsed,
      end: explainEnd,
    });
    leftOut = r.leftOut;
    if (!r.better || proven) break;
    best = r.better;
    warnings.push({ code: 'plan_improved_by_explain', params: {} });
  }
  endStage('explain');

  const allocations = allocationsOf(m, best);
  const objective = best.objective();
  // A proven plan may since have been swapped for one of equal value (rounding apart): the bound is its value.
  if (proven) bound = objective;
  // Every must-place project is in the plan or in the shortfall report, so the plan is feasible
  // for the model solved and its bound is a bound of that model: bound ≥ objective, always.
  const v = verifyPlacements(
    file,
    allocations,
    objective,
    shortfall.map((x) => x.projectId),
  );
  const checks = [
    ...v.checks,
    {
      name: 'bound_not_below_objective',
      ok: bound >= objective - 1e-6 * Math.max(1, Math.abs(objective)),
      detail: `bound ${bound}, objective ${objective}`,
    },
  ];
  endStage('verify');
  const gap = Math.max(0, (bound - objective) / Math.max(1e-9, Math.abs(bound)));
  return {
    status: proven ? 'optimal' : 'feasible',
    stoppedBy: proven ? 'proven_optimal' : elapsed() > limit * 0.75 ? 'time_limit' : 'converged',
    objective,
    bound,
    gap: Number.isFinite(gap) ? gap : 1,
    allocations,
    leftOut,
    parks: parkReports(m, best, lag.bestPrices),
    budgets: budgetReports(m, best, lag.bestPrices),
    quotas: quotaReports(m, best),
    stats: {
      engine: `parkplan-lagrangian-lns${engine ? '+' + engine.name : ''}`,
      seed,
      stages,
      pairsBefore: m.pairsBefore,
      pairsAfter: m.pairsAfter,
      projects: n,
      sites: m.sites.length,
      lagrangianIterations: lag.iterations,
      lnsIterations,
      lagrangianBound: lag.best,
      lpBound: Number.isFinite(lpBound) ? lpBound : null,
      exact: exactInfo,
    },
    verified: checks.every((c) => c.ok),
    checks,
    warnings,
    shortfall,
    partial: shortfall.length > 0,
  };
}
