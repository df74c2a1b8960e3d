import { solveScenario, type SolveOptions } from '../../../shared/allocation/solve';
import type { AllocationResult, LeftOut } from '../../../shared/allocation/types';
import type { ScenarioFile } from '../../../shared/schemas/scenario-file';

/**
 * Left-out projects that have a compatible pair (an option the pre-filter kept), and how many carry a
 * numeric cost. Not counted: those the engine proves no plan can hold (lo_share_unreachable) and the
 * signed or pinned ones of the land shortfall report (they have their own answer); `proven` and
 * `shortfall` say how many those were.
 */
export function leftOutCoverage(r: AllocationResult): {
  withPair: number;
  withCost: number;
  proven: number;
  shortfall: number;
} {
  const paired = r.leftOut.filter((l) => l.bindingDetail.bestOption);
  const short = new Set((r.shortfall ?? []).map((s) => s.projectId));
  const proven = paired.filter((l) => l.message?.code === 'lo_share_unreachable');
  const withPair = paired.filter((l) => !short.has(l.projectId) && !proven.includes(l));
  return {
    withPair: withPair.length,
    withCost: withPair.filter((l) => l.costToPlaceWan !== null).length,
    proven: proven.length,
    shortfall: paired.filter((l) => short.has(l.projectId)).length,
  };
}

/** The k most valuable left-out projects with a numeric cost to place (the ones a planner asks about first). */
export function pickLeftOut(r: AllocationResult, k: number): LeftOut[] {
  return r.leftOut
    .filter((l) => l.costToPlaceWan !== null && l.bindingDetail.bestOption)
    .sort((a, b) => b.bindingDetail.bestOption!.valueWan - a.bindingDetail.bestOption!.valueWan)
    .slice(0, k);
}

export interface Agreement {
  estimateWan: number;
  /** objective − objective of the better of the cold and the warm re-solve with the project pinned. */
  referenceWan: number;
  coldWan: number;
  warmWan: number;
  diffWan: number;
  diffOfObjective: number;
  pinnedStatus: string;
  ok: boolean;
}

/**
 * The engine's cost to place of `l` against a re-solve that pins the project (site and package left
 * free, as "forced in, the rest re-optimised" means): both a cold re-solve and the planner's warm one
 * (the plan as start), the better counting. Tolerance: 1% of the re-solve's cost or 0.5% of the objective.
 */
export function costAgreement(file: ScenarioFile, first: AllocationResult, l: LeftOut, o: SolveOptions): Agreement {
  const pinned: ScenarioFile = { ...file, pins: [...file.pins, { projectId: l.projectId }] };
  const startPlan = first.allocations.map((a) => ({
    projectId: a.projectId,
    siteId: a.siteId,
    packageId: a.packageId,
  }));
  const runs = [solveScenario(pinned, o), solveScenario({ ...pinned, startPlan }, o)];
  for (const r of runs)
    if (!r.verified || !r.allocations.some((a) => a.projectId === l.projectId))
      throw new Error(`re-solve with project ${l.projectId} pinned did not place it or did not verify`);
  const best = runs.reduce((a, b) => (b.objective > a.objective ? b : a));
  const referenceWan = first.objective - best.objective;
  const estimateWan = l.costToPlaceWan!;
  const diffWan = estimateWan - referenceWan;
  const ok = Math.abs(diffWan) <= Math.max(0.01 * Math.abs(referenceWan), 0.005 * Math.abs(first.objective));
  return {
    estimateWan,
    referenceWan,
    coldWan: first.objective - runs[0].objective,
    warmWan: first.objective - runs[1].objective,
    diffWan,
    diffOfObjective: diffWan / Math.max(1e-9, Math.abs(first.objective)),
    pinnedStatus: best.status,
    ok,
  };
}
