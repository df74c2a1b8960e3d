import type { ScenarioFile } from '../schemas/scenario-file';
import { insertAll, orderBy } from './construct';
import { bnbEngine } from './engines/bnb';
import { exactStage } from './exact';
import {
  allocationsOf,
  blockers,
  budgetReports,
  filterReason,
  leftOutWords,
  mustPlaceDiagnosis,
  parkReports,
  quotaReports,
} from './explain';
import { forcePlace } from './force';
import { Lagrangian, type Prices } from './lagrangian';
import { checkPairs } from './parse';
import type { MilpEngine } from './milp';
import { buildModel, type Model } from './model';
import { makeRng } from './rng';
import { ejectionDescent, lns } from './search';
import { State } from './state';
import type { AllocationResult, LeftOut, Progress } from './types';
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
  /** Refuse (AppError 422) when pre-filtering leaves more pairs than this. */
  maxPairs?: number;
}

/** Models with at most this many pairs are small enough for the exact stage on (nearly) all of them. */
export const SMALL_MODEL_PAIRS = 400;

/** Scenario file (already validated) → verified allocation result. */
export function solveScenario(file: ScenarioFile, o: SolveOptions = {}): AllocationResult {
  let ticks = 0;
  const clock = o.clock ?? (() => ticks++ * 0);
  const t0 = clock();
  const limit = o.timeLimitMs ?? 30_000;
  const elapsed = () => clock() - t0;
  const seed = o.seed ?? 1;
  const rng = makeRng(seed);
  const effort = o.effort ?? 1;
  const stages: { name: string; ms: number }[] = [];
  let stageStart = elapsed();
  const warnings: string[] = [];
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
  if (o.maxPairs !== undefined)
    checkPairs(m.pairsAfter, { maxSites: Infinity, maxProjects: Infinity, maxPairs: o.maxPairs });
  m.projects.forEach((pj) => {
    if (pj.must && !pj.slots.length) {
      warnings.push(
        `project ${pj.id} must be placed but has no compatible site (pairs filtered out by: ${
          Object.entries(pj.diag)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ') || 'exclusions'
        }); it is left out`,
      );
      pj.must = false;
    }
  });
  endStage('model');

  const n = m.projects.length;
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
      for (const p of best.mustMissing()) forcePlace(best, p, null, maxValue, rng, 0, () => false);
  }
  endStage('construct');

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
  runLag(maxLag, boundBudget, midModel ? Math.round(400 * effort) : 0, limit * 0.25);
  if (lag.bestPrices) {
    // Price-guided greedy at the best prices and at a few nearby ones (cheap, diverse starts).
    lagHeuristic(lag.bestPrices);
    for (const f of [0.8, 0.9, 1.1, 1.25]) {
      const pr = lag.bestPrices;
      lagHeuristic({ ...pr, equity: pr.equity * f, incentive: pr.incentive * f, park: pr.park.map((v) => v * f) });
    }
  }
  endStage('bound');

  let proven = false;
  let exactInfo: AllocationResult['stats']['exact'] = null;
  const engine = o.engine === undefined ? bnbEngine : o.engine;
  const open = () => bound - best.objective() > 1e-7 * Math.max(1, Math.abs(bound));
  // Small models (county scale, a few hundred pairs): jsLPSolver's dense tableau stays tiny, so the
  // column limit grows to the whole model and the exact stage may prove optimality where the
  // Lagrangian bound is weak; it gets at most 40% of the budget. Larger models keep the old limit.
  const small = m.pairsAfter <= SMALL_MODEL_PAIRS;
  const exactColumns = o.exactMaxColumns ?? (small ? SMALL_MODEL_PAIRS : 120);
  const exactCapMs = small ? Math.min(5000, Math.max(200, limit * 0.4)) : 5000;
  let exactTimedOutAt = Infinity;
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
    if (r.state && r.state.objective() > best.objective() + 1e-9) best = r.state;
    if (r.proven) {
      proven = true;
      bound = best.objective();
    } else if (r.info.bound !== undefined && Number.isFinite(r.info.bound))
      bound = Math.min(bound, Math.max(best.objective(), r.info.bound));
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
  const explainReserve = o.explain === false ? 0 : limit * (midModel ? 0.05 : 0.08);
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
    const polishEnd = Math.min(limit * 0.85, Math.max(elapsed(), searchEndClose) + limit * 0.05);
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
  const explainEnd = Math.min(limit * 0.95, elapsed() + Math.max(limit * 0.08, 50));
  for (let round = 0; round < 3; round++) {
    // Forcing a project in can reveal a better plan; adopt it and explain again (it is rare).
    const r = explainLeftOut(m, best, lag, score, rng, o.explain !== false, () => elapsed() > explainEnd);
    leftOut = r.leftOut;
    if (!r.better || proven) break;
    best = r.better;
    warnings.push('cost-to-place found a better plan; it replaced the search result');
  }
  endStage('explain');

  const allocations = allocationsOf(m, best);
  const objective = best.objective();
  const infeasible = best.mustMissing().length > 0;
  if (infeasible) {
    warnings.push(
      `no plan places every signed or pinned project (${best
        .mustMissing()
        .map((p) => m.projects[p].id)
        .join(', ')})`,
    );
    for (const p of best.mustMissing()) warnings.push(mustPlaceDiagnosis(m, best, p));
  }
  const v = verifyPlacements(file, allocations, objective);
  // An infeasible plan breaks must-place rows the bound includes, so it may exceed the bound: n/a.
  const checks = [
    ...v.checks,
    infeasible
      ? {
          name: 'bound_not_below_objective',
          ok: true,
          detail: `n/a: status infeasible (the bound includes must-place rows the plan breaks); bound ${bound}, objective ${objective}`,
        }
      : {
          name: 'bound_not_below_objective',
          ok: bound >= objective - 1e-6 * Math.max(1, Math.abs(objective)),
          detail: `bound ${bound}, objective ${objective}`,
        },
  ];
  endStage('verify');
  const gap = Math.max(0, (bound - objective) / Math.max(1e-9, Math.abs(bound)));
  return {
    status: infeasible ? 'infeasible' : proven ? 'optimal' : 'feasible',
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
      exact: exactInfo,
    },
    verified: checks.every((c) => c.ok) && !infeasible,
    checks,
    warnings,
  };
}

/** Reasons and cost-to-place for every project the plan leaves out. */
function explainLeftOut(
  m: Model,
  best: State,
  lag: Lagrangian,
  score: Float64Array,
  rng: () => number,
  reopt: boolean,
  stop: () => boolean,
): { leftOut: LeftOut[]; better: State | null } {
  const pr = lag.bestPrices;
  if (pr) lag.evaluate(pr);
  const out: LeftOut[] = [];
  let better: State | null = null;
  // A short polishing search per forced project on small scenarios; greedy refill only on large ones.
  const polish = m.projects.length > 60 ? 0 : 30;
  m.projects.forEach((pj, p) => {
    if (best.slot[p] >= 0) return;
    if (!pj.slots.length) {
      const reason = filterReason(m, p);
      out.push({
        projectId: pj.id,
        reason,
        reasonText: leftOutWords(reason),
        costToPlaceWan: null,
        costToPlaceLowerBoundWan: null,
        costMethod: 'impossible',
        bindingDetail: { filters: pj.diag },
      });
      return;
    }
    const b = blockers(m, best, p, pr);
    // Lagrangian bound with p forced in: L − r_p* + max_o r_po (each project's subproblem is independent).
    let lower: number | null = null;
    if (pr && Number.isFinite(lag.best)) {
      let rMax = -Infinity;
      const qb = pj.quotas.reduce((a, q) => a + pr.quota[q], 0);
      for (const sl of pj.slots) {
        let price = Infinity;
        const sites = sl.explicit ?? m.groups[sl.group].lists[sl.cls].subarray(0, sl.count);
        for (let i = 0; i < sites.length; i++) price = Math.min(price, pr.site[sites[i]]);
        for (const c of sl.choices)
          rMax = Math.max(
            rMax,
            qb +
              c.value -
              sl.need * price +
              pr.park[sl.park] * sl.shareCoef -
              pr.equity * c.equity -
              pr.incentive * c.incentive,
          );
      }
      lower = Math.max(0, best.objective() - (lag.best - Math.max(0, lag.picks[p].reduced) + rMax));
    }
    let cost: number | null = lower,
      method: LeftOut['costMethod'] = 'bound_only',
      displaced: number[] | undefined;
    if (reopt && !stop()) {
      const t = best.clone();
      const d = forcePlace(t, p, pr, score, rng, polish, stop);
      if (d) {
        cost = Math.max(lower ?? 0, best.objective() - t.objective());
        if (t.objective() > (better ?? best).objective() + 1e-6 && !t.mustMissing().length) better = t;
        method = 'reoptimised';
        displaced = d;
      } else {
        cost = null;
        method = 'impossible';
      }
    }
    out.push({
      projectId: pj.id,
      reason: b.primary,
      reasonText: leftOutWords(b.primary),
      costToPlaceWan: cost,
      costToPlaceLowerBoundWan: lower,
      costMethod: method,
      bindingDetail: { bestOption: b.bestOption, blockedBy: b.blockedBy, shadowCostWan: b.shadowCostWan, displaced },
    });
  });
  return { leftOut: out, better };
}
