import type { ScenarioFile, StartPlacement } from '../schemas/scenario-file';
import { planOf } from '../allocation/start';
import type { AllocationResult } from '../allocation/types';
import { M2_PER_MU } from '../units';

/**
 * The price of focus: the scenario solved again with one dominant-share floor θ for every park
 * that has a dominant chain, at a few values of θ, so leaders see what "rather leave it empty"
 * costs. The θ values are a setting of the request; these are the defaults (50% to 95%).
 */
export const FOCUS_DEFAULT_THETAS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95] as const;

/** One θ of the curve, from a verified solve (unverified solves give no figures, only `unverified`). */
export interface FocusPoint {
  theta: number;
  status: 'verified' | 'unverified';
  /** Plan value (万元): Σ placement values − quota penalties. */
  objective: number | null;
  /** Upper bound on the best plan value at this θ (万元), tightened across the curve (see focusCurve). */
  bound: number | null;
  projectsPlaced: number | null;
  /** Dominant-chain share of the space this plan allocates in parks with a dominant chain (floor m² as 亩). */
  focusShare: number | null;
  /** Signed or pinned projects no site could take at this θ (the plan is then partial without them). */
  shortfallProjectIds: number[];
  elapsedMs: number;
}

export interface FocusCurve {
  thetas: number[];
  /** Points in ascending θ; those not yet solved are missing. */
  points: FocusPoint[];
}

/** The θ values a request asks for: unique, ascending. */
export function focusThetas(requested?: readonly number[]): number[] {
  const xs = requested?.length ? requested : FOCUS_DEFAULT_THETAS;
  return [...new Set(xs.map((x) => Math.round(x * 1e4) / 1e4))].sort((a, b) => a - b);
}

/** The scenario file with θ as every park's dominant-share floor and `start` as its warm start. */
export function focusFile(file: ScenarioFile, theta: number, start: StartPlacement[] | undefined): ScenarioFile {
  const byPark = { ...file.levers.dominantShareByPark };
  for (const p of file.parks) if (p.dominantChainIds.length) byPark[String(p.id)] = theta;
  return {
    ...file,
    levers: { ...file.levers, dominantShareByPark: byPark },
    ...(start?.length ? { startPlan: start } : {}),
  };
}

/**
 * The order the points are solved in: highest θ first. A plan that keeps a share ≥ θ keeps every
 * lower share too (the share row only loosens as θ falls, for both share bases), so each solve
 * starts from the plan of the θ above it and, starting from a feasible plan it never loses, the
 * curve's value never rises with θ.
 */
export const solveOrder = (thetas: readonly number[]): number[] => [...thetas].sort((a, b) => b - a);

/** The start plan the next (lower) θ gets from a solved point. */
export { planOf };

/** The figures of one verified solve at θ. */
export function focusPoint(
  file: ScenarioFile,
  theta: number,
  r: AllocationResult | null,
  elapsedMs: number,
): FocusPoint {
  if (!r)
    return {
      theta,
      status: 'unverified',
      objective: null,
      bound: null,
      projectsPlaced: null,
      focusShare: null,
      shortfallProjectIds: [],
      elapsedMs,
    };
  const focusParks = new Set(file.parks.filter((p) => p.dominantChainIds.length).map((p) => p.id));
  let dom = 0,
    all = 0;
  for (const p of r.parks) {
    if (!focusParks.has(p.parkId)) continue;
    dom += p.dominantAreaAllocatedMu;
    all += p.areaAllocatedMu + p.floorAllocatedM2 / M2_PER_MU;
  }
  return {
    theta,
    status: 'verified',
    objective: r.objective,
    bound: r.bound,
    projectsPlaced: r.allocations.length,
    focusShare: all > 1e-9 ? dom / all : null,
    shortfallProjectIds: (r.shortfall ?? []).map((x) => x.projectId),
    elapsedMs,
  };
}

/**
 * Points in ascending θ with their bounds tightened: the best plan at a higher θ is feasible at
 * every lower one, so a bound at a lower θ bounds every higher θ too. A point with a land shortfall
 * solved a looser model (its shortfall projects excused from the must-place rule), so a lower θ's
 * bound tightens a higher θ's only when it excused at least the same projects.
 */
export function focusCurve(thetas: number[], solved: FocusPoint[]): FocusCurve {
  const points = [...solved].sort((a, b) => a.theta - b.theta);
  const out = points.map((p, i) => {
    if (p.status !== 'verified' || p.bound === null || p.objective === null) return p;
    let bound = p.bound;
    for (const q of points.slice(0, i)) {
      if (q.status !== 'verified' || q.bound === null) continue;
      const excused = new Set(q.shortfallProjectIds);
      // q.bound ≥ p.objective holds for true bounds; a float below it is not used, never clamped.
      if (p.shortfallProjectIds.every((id) => excused.has(id)) && q.bound >= p.objective)
        bound = Math.min(bound, q.bound);
    }
    return { ...p, bound };
  });
  return { thetas, points: out };
}
