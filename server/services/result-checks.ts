import { verifyPlacements } from '../../shared/allocation';
import { planOf } from '../../shared/allocation/start';
import type { AllocationResult } from '../../shared/allocation/types';
import type { ScenarioFile } from '../../shared/schemas/scenario-file';

/** The checks an infeasible result fails by definition: must-place rows, and the bound they feed. */
const INFEASIBLE_CHECKS = new Set(['must_place_placed', 'bound_not_below_objective']);

/**
 * The names of the checks a solver's answer fails: its own checks, and every rule recomputed here
 * against the very file it was given (so nothing unverified is ever stored or shown). An
 * infeasible answer is accepted only where the caller says so (`infeasibleOk`), and then only its
 * must-place and bound checks may fail. An empty list means verified.
 */
export function failedChecks(file: ScenarioFile, result: AllocationResult, infeasibleOk: boolean): string[] {
  const again = verifyPlacements(
    file,
    planOf(result),
    result.objective,
    // Signed or pinned projects the engine listed in its land shortfall report (partial plan).
    (result.shortfall ?? []).map((x) => x.projectId),
  );
  const infeasible = result.status === 'infeasible';
  if (infeasible && !infeasibleOk) return ['infeasible'];
  const tolerated = infeasible ? INFEASIBLE_CHECKS : new Set<string>();
  const bad = [...result.checks, ...again.checks].filter((c) => !c.ok && !tolerated.has(c.name)).map((c) => c.name);
  if (!result.verified && !infeasible) bad.push('engine flag');
  return bad;
}
