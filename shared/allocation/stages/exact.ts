import { exactStage } from '../exact';
import { endStage, feasible, gapOpen, type SolveContext } from './context';

/** Takes an exact stage's plan when it is better (or the first feasible one) and its bounds. */
function adopt(c: SolveContext, r: ReturnType<typeof exactStage>): void {
  if (r.state && (!feasible(c) || r.state.objective() > c.best.objective() + 1e-9)) c.best = r.state;
  if (r.proven) {
    c.proven = true;
    c.bound = c.best.objective();
  } else if (r.info.bound !== undefined && Number.isFinite(r.info.bound))
    c.bound = Math.min(c.bound, Math.max(feasible(c) ? c.best.objective() : -Infinity, r.info.bound));
  if (r.info.rootBound !== undefined) c.lpBound = Math.min(c.lpBound, r.info.rootBound);
}

/**
 * Stage 3, exact first. Tiny and small models (county scale): the whole model goes to the
 * branch-and-bound first, with the constructed plan as cutoff. Most come back proven optimal at once;
 * an unfinished tree still leaves a valid bound and the LP bound, and the usual stages follow.
 */
export function exactFirst(c: SolveContext): void {
  const engine = c.settings.engine;
  const { exactFirst: plan } = c.schedule;
  if (!engine || !plan.enabled) return;
  const r = exactStage(c.m, c.best, null, engine, {
    maxColumns: Infinity,
    timeLimitMs: plan.timeLimitMs,
    clock: c.clock,
    maxNodes: c.settings.hasClock ? undefined : plan.maxNodesWithoutClock,
  });
  c.exact = r.info;
  // A full-model attempt that did not finish: only a strictly smaller restricted model is worth a try.
  if (!r.proven) c.exactTimedOutAt = r.info.columns;
  adopt(c, r);
  endStage(c, 'exact');
}

/**
 * Stage 5 (after the bound, and again after the search), exact on the reduced-cost-fixed model: only
 * when fixing leaves a small model, so it is cheap to test and tried twice.
 */
export function exactRestricted(c: SolveContext): void {
  const engine = c.settings.engine;
  if (c.proven || !engine || !c.lag.bestPrices || !feasible(c) || !gapOpen(c)) return;
  const { exact } = c.schedule;
  // After a timed-out attempt, only a strictly smaller restricted model is worth another try.
  const r = exactStage(c.m, c.best, c.lag, engine, {
    maxColumns: Math.min(exact.maxColumns, c.exactTimedOutAt - 1),
    timeLimitMs: Math.max(exact.minMs, Math.min(exact.capMs, exact.endMs - c.elapsed())),
    clock: c.clock,
  });
  if (r.info.ms >= exact.timedOutMs || r.info.status.startsWith('rejected: fractional'))
    c.exactTimedOutAt = r.info.columns;
  if (!(c.exact && r.info.status.startsWith('skipped'))) c.exact = r.info;
  adopt(c, r);
  endStage(c, 'exact');
}
