import { explainLeftOut } from '../left-out';
import { endStage, feasible, gapOpen, type SolveContext } from './context';

/** An infeasible plan (must-place projects missing) may sit above the bound: that proves nothing. */
export function settleProof(c: SolveContext): void {
  if (!c.proven && feasible(c) && !gapOpen(c)) c.proven = true;
}

/** Stage 8, explain: re-optimised cost-to-place while the explain budget lasts; then the bound-backed estimate. */
export function explain(c: SolveContext): void {
  const { m, lag, score, rng, elapsed } = c;
  const e = c.schedule.explain;
  const end = Math.min(e.capEndMs, elapsed() + Math.max(e.reserveMs, e.minMs));
  for (let round = 0; round < e.rounds; round++) {
    // Forcing a project in can reveal a better plan; adopt it and explain again (it is rare).
    const r = explainLeftOut(m, c.best, lag, {
      score,
      rng,
      reopt: c.settings.explain,
      stop: () => elapsed() > end,
      elapsed,
      end,
    });
    c.leftOut = r.leftOut;
    if (!r.better || c.proven) break;
    c.best = r.better;
    c.warnings.push({ code: 'plan_improved_by_explain', params: {} });
  }
  endStage(c, 'explain');
}
