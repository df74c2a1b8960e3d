import { ejectionDescent, lns } from '../search';
import { endStage, feasible, gapOpen, reportProgress, type SolveContext } from './context';

/** Scores for the search: reduced values at the best prices (the plan's own values without prices). */
function scoreProjects(c: SolveContext): void {
  const { lag, maxValue, score } = c;
  c.prices = lag.bestPrices;
  if (!c.prices) {
    score.set(maxValue);
    return;
  }
  lag.evaluate(c.prices);
  lag.picks.forEach((pk, p) => {
    score[p] = pk.reduced + 1e-3 * maxValue[p];
  });
}

/** When the bound is already within `closeGap`, the later bound stage is skipped and the search gets its time. */
const closeEnough = (c: SolveContext) => c.bound - c.best.objective() <= c.schedule.search.closeGap * Math.abs(c.bound);
const searchEnd = (c: SolveContext) => (closeEnough(c) ? c.schedule.search.endCloseMs : c.schedule.search.endMs);

/** Ruin and recreate from the best plan, scored by reduced values at the best prices. */
function ruinAndRecreate(c: SolveContext): void {
  if (c.proven || (feasible(c) && !gapOpen(c))) return;
  const { rng, prices, score, elapsed } = c;
  const s = c.schedule.search;
  const searchStart = elapsed();
  const target = () => feasible(c) && !gapOpen(c);
  c.lnsIterations = lns(c.best.clone(), c.best, {
    rng,
    prices,
    score,
    stop: () => elapsed() > searchEnd(c) || target(),
    maxIterations: s.maxIterations,
    patience: s.patience,
    onImprove: () => reportProgress(c, 'search'),
    // Mid-size: the acceptance threshold anneals by time rather than by iterations.
    timeUsed: s.annealByTime
      ? () => Math.min(1, (elapsed() - searchStart) / Math.max(1, searchEnd(c) - searchStart))
      : undefined,
    exactShare: s.exactShare,
  });
}

/**
 * Mid-size: systematic ejection passes polish the search's plan; when they run dry early, the search
 * resumes from the polished plan as a pure descent and is polished again.
 */
function polish(c: SolveContext): void {
  const { polish: p, search: s } = c.schedule;
  if (!p.enabled || c.proven || !gapOpen(c)) return;
  const { rng, prices, score, elapsed } = c;
  const end = Math.min(p.capEndMs, Math.max(elapsed(), s.endCloseMs) + p.lengthMs);
  const eject = () => {
    if (ejectionDescent(c.best, { rng, prices, score, stop: () => elapsed() > end })) reportProgress(c, 'search');
  };
  eject();
  if (!c.settings.hasClock || !gapOpen(c) || elapsed() >= end - p.resumeMarginMs) return;
  c.lnsIterations += lns(c.best.clone(), c.best, {
    rng,
    prices,
    score,
    stop: () => elapsed() > end - p.stopMarginMs,
    maxIterations: s.maxIterations,
    patience: s.patience,
    onImprove: () => reportProgress(c, 'search'),
    timeUsed: () => 1,
    exactShare: s.exactShare,
  });
  eject();
}

/** Stage 6, search: ruin and recreate guided by the prices, then (mid-size) ejection polish. */
export function search(c: SolveContext): void {
  scoreProjects(c);
  ruinAndRecreate(c);
  polish(c);
  endStage(c, 'search');
}
