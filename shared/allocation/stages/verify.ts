import { allocationsOf, budgetReports, parkReports, quotaReports } from '../explain';
import type { AllocationResult } from '../types';
import { verifyPlacements } from '../verify';
import { endStage, type SolveContext } from './context';

/** Stage 9, verify: every rule recomputed from the raw file, and the result with its statistics. */
export function verifyAndReport(c: SolveContext): AllocationResult {
  const { m, best, lag, file } = c;
  const allocations = allocationsOf(m, best);
  const objective = best.objective();
  // A proven plan may since have been swapped for one of equal value (rounding apart): the bound is its value.
  if (c.proven) c.bound = objective;
  const bound = c.bound;
  // Every must-place project is in the plan or in the shortfall report, so the plan is feasible
  // for the model solved and its bound is a bound of that model: bound ≥ objective, always.
  const v = verifyPlacements(
    file,
    allocations,
    objective,
    c.shortfall.map((x) => x.projectId),
  );
  const checks = [
    ...v.checks,
    {
      name: 'bound_not_below_objective',
      ok: bound >= objective - 1e-6 * Math.max(1, Math.abs(objective)),
      detail: `bound ${bound}, objective ${objective}`,
    },
  ];
  endStage(c, 'verify');
  const gap = Math.max(0, (bound - objective) / Math.max(1e-9, Math.abs(bound)));
  const engine = c.settings.engine;
  return {
    status: c.proven ? 'optimal' : 'feasible',
    stoppedBy: c.proven ? 'proven_optimal' : c.elapsed() > c.schedule.timeLimitAfterMs ? 'time_limit' : 'converged',
    objective,
    bound,
    gap: Number.isFinite(gap) ? gap : 1,
    allocations,
    leftOut: c.leftOut,
    parks: parkReports(m, best, lag.bestPrices),
    budgets: budgetReports(m, best, lag.bestPrices),
    quotas: quotaReports(m, best),
    stats: {
      engine: `parkplan-lagrangian-lns${engine ? '+' + engine.name : ''}`,
      seed: c.settings.seed,
      stages: c.stages,
      pairsBefore: m.pairsBefore,
      pairsAfter: m.pairsAfter,
      projects: m.projects.length,
      sites: m.sites.length,
      lagrangianIterations: lag.iterations,
      lnsIterations: c.lnsIterations,
      lagrangianBound: lag.best,
      lpBound: Number.isFinite(c.lpBound) ? c.lpBound : null,
      exact: c.exact,
    },
    verified: checks.every((x) => x.ok),
    checks,
    warnings: c.warnings,
    shortfall: c.shortfall,
    partial: c.shortfall.length > 0,
  };
}
