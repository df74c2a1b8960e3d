import { insertAll, orderBy } from '../construct';
import type { Prices } from '../lagrangian';
import { State } from '../state';
import { endStage, feasible, gapOpen, type SolveContext } from './context';

/** Price-guided greedy: the primal side of the Lagrangian, kept when it beats the plan. */
function priceGreedy(c: SolveContext, pr: Prices): void {
  const { m, lag, placeable } = c;
  lag.evaluate(pr);
  const h = new State(m);
  insertAll(
    h,
    orderBy(h, placeable, (p) => lag.picks[p].reduced),
    pr,
  );
  if (!h.mustMissing().length && (!feasible(c) || h.objective() > c.best.objective())) c.best = h;
}

/**
 * Projected subgradient steps until `iters`, the time budget or convergence; a run may exceed the
 * budget to reach `minIters` steps, up to `hardMs`.
 */
function runLagrangian(c: SolveContext, iters: number, budgetMs: number, minIters = 0, hardMs = budgetMs): void {
  const { lag, elapsed } = c;
  const floor = () => (feasible(c) ? c.best.objective() : -Infinity);
  const sitePhaseAt = c.schedule.bound.sitePhaseAt;
  const start = elapsed();
  for (let i = 0; i < iters && (elapsed() - start < budgetMs || (i < minIters && elapsed() - start < hardMs)); i++) {
    // Phase 1 holds site prices at zero (smooth, fast); phase 2 lets them move (see Lagrangian).
    if (!lag.useSites && (i >= iters * sitePhaseAt || elapsed() - start > budgetMs * sitePhaseAt || lag.alpha < 1e-3)) {
      lag.useSites = true;
      lag.alpha = 0.5;
      if (lag.bestPrices) lag.restore(lag.bestPrices);
    }
    lag.step(Number.isFinite(floor()) ? floor() : lag.best * 0.9);
    if (lag.iterations % 50 === 0 && lag.bestPrices) priceGreedy(c, lag.bestPrices);
    if (lag.best - floor() <= 1e-7 * Math.max(1, Math.abs(lag.best)) || (lag.useSites && lag.alpha < 1e-4)) break;
  }
  c.bound = Math.min(c.bound, lag.best);
}

/** Stage 4, bound: Lagrangian bound, with a price-guided greedy every few iterations as the primal side. */
export function bound(c: SolveContext): void {
  const b = c.schedule.bound;
  // A proven model still gets a short dual run: the explanations read its prices (shadow costs).
  if (c.proven) runLagrangian(c, b.provenIterations, b.provenBudgetMs);
  else runLagrangian(c, b.maxIterations, b.budgetMs, b.minIterations, b.hardMs);
  const best = c.lag.bestPrices;
  if (best) {
    // Price-guided greedy at the best prices and at a few nearby ones (cheap, diverse starts).
    priceGreedy(c, best);
    for (const f of [0.8, 0.9, 1.1, 1.25])
      priceGreedy(c, {
        ...best,
        equity: best.equity * f,
        incentive: best.incentive * f,
        park: best.park.map((v) => v * f),
      });
  }
  endStage(c, 'bound');
}

/** Stage 7, bound again: a better incumbent sharpens the Polyak target, so a few more dual steps tighten it. */
export function rebound(c: SolveContext): void {
  const { rebound: r, search } = c.schedule;
  const closeEnough = c.bound - c.best.objective() <= search.closeGap * Math.abs(c.bound);
  if (c.proven || !gapOpen(c) || closeEnough) return;
  c.lag.alpha = Math.max(c.lag.alpha, r.minAlpha);
  if (c.lag.bestPrices) c.lag.restore(c.lag.bestPrices);
  runLagrangian(c, c.schedule.bound.maxIterations, Math.max(0, Math.min(r.budgetMs, r.endMs - c.elapsed())));
  endStage(c, 'bound');
}
