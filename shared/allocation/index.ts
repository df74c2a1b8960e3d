/** ParkPlan allocation engine: scenario file → verified, explained allocation. */
export { solveScenario, type SolveOptions } from './solve';
export { parseScenarioFile, checkSize, checkPairs, DEFAULT_LIMITS, type ModelLimits } from './parse';
export { buildModel } from './model';
export { buildMilp, toCplexLp, type MilpEngine, type MilpProblem, type MilpResult } from './milp';
export { jsLpSolverEngine } from './engines/jslp';
export { bnbEngine, branchAndBound } from './engines/bnb';
export { verifyPlacements, type Placement } from './verify';
export { placementValue, taxPv, M2_PER_MU } from './value';
export type * from './types';
