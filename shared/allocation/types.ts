import type { ValueBreakdown } from './value';
import type { FilterReason } from './rules';
import type { EngineMessage, LeftOutMessage } from './messages';

/** Everything a solve returns: self-contained JSON, stored by the server and shown as tables and maps. */
export interface Allocation {
  projectId: number;
  siteId: string;
  siteKind: 'plot' | 'building';
  parkId: number;
  packageId: number | null;
  areaMu: number | null;
  floorM2: number | null;
  valueWan: number;
  breakdown: ValueBreakdown;
  /** PV of the package to the investor (万元), when the file gives it; null without a package or figure. */
  investorValueWan?: number | null;
  dominant: boolean;
  fillsChainGap: boolean;
  quotaIds: number[];
}

export const LEFT_OUT_REASONS = [
  'excluded',
  'no_compatible_site',
  'below_min_value',
  'capacity',
  'dominant_share',
  'equity_budget',
  'incentive_budget',
  'not_worth',
  'must_place_impossible',
] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

export interface LeftOut {
  projectId: number;
  reason: LeftOutReason;
  /** The reason with its concrete sites, parks or budgets, worded by the client (messages.ts). */
  message?: LeftOutMessage;
  /** English sentence: results stored before typed messages only. */
  reasonText?: string;
  /** Objective loss (万元) when the project is forced in and the rest re-optimised; null if it cannot be placed at all.
   * */
  costToPlaceWan: number | null;
  /** Proven lower bound on that loss, from the Lagrangian bound with the project forced in. */
  costToPlaceLowerBoundWan: number | null;
  costMethod: 'reoptimised' | 'bound_only' | 'impossible';
  bindingDetail: {
    filters?: Partial<Record<FilterReason, number>>;
    bestOption?: { parkId: number; siteKind: 'plot' | 'building'; packageId: number | null; valueWan: number };
    blockedBy?: LeftOutReason[];
    /** Shadow cost (万元) of each resource the best option would use, at the final Lagrange multipliers. */
    shadowCostWan?: { capacity: number; dominantShare: number; equityFund: number; incentiveBudget: number };
    /** What was removed or changed to make room when forced in. */
    displaced?: number[];
  };
}

export interface ParkReport {
  parkId: number;
  theta: number;
  dominantShareBefore: number | null;
  dominantShareAfter: number | null;
  newDominantShare: number | null;
  areaAllocatedMu: number;
  floorAllocatedM2: number;
  dominantAreaAllocatedMu: number;
  projects: number;
  shareBinding: boolean;
  marginalValueWanPerMu: number;
}

export interface BudgetReport {
  key: 'equity_fund' | 'incentive_budget';
  used: number;
  available: number | null;
  binding: boolean;
  /** Objective gain per extra 万元 of budget (Lagrange multiplier). */ marginalValueWan: number;
}
export interface QuotaReport {
  jurisdictionId: number;
  role: 'head' | 'deputy';
  target: number;
  achieved: number;
  shortfall: number;
  penaltyWan: number;
}
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SolveStats {
  engine: string;
  seed: number;
  stages: { name: string; ms: number }[];
  pairsBefore: number;
  pairsAfter: number;
  projects: number;
  sites: number;
  lagrangianIterations: number;
  lnsIterations: number;
  lagrangianBound: number;
  /**
   * LP-relaxation bound (万元) when the branch-and-bound solved one: of the whole model (small models),
   * or max(incumbent, LP of the model left by reduced-cost fixing). `bound` is the lowest valid one.
   * Absent in results stored before it.
   */
  lpBound?: number | null;
  exact: {
    columns: number;
    rows: number;
    ms: number;
    status: string;
    bound?: number;
    nodes?: number;
    rootBound?: number;
    cutBound?: number;
    cuts?: number;
    scope?: 'full' | 'restricted';
  } | null;
}

export interface AllocationResult {
  status: 'optimal' | 'feasible' | 'infeasible';
  stoppedBy: 'proven_optimal' | 'converged' | 'time_limit' | 'stopped';
  /** Objective (万元): Σ placement values − quota penalties. */
  objective: number;
  /** Best upper bound on the optimum (万元). */
  bound: number;
  /** (bound − objective) / |bound|. */
  gap: number;
  allocations: Allocation[];
  leftOut: LeftOut[];
  parks: ParkReport[];
  budgets: BudgetReport[];
  quotas: QuotaReport[];
  stats: SolveStats;
  verified: boolean;
  checks: Check[];
  /** Typed messages (results stored before them carry English sentences). */
  warnings: (EngineMessage | string)[];
  /**
   * Land shortfall report: signed or pinned projects no site could take alongside the others. The
   * plan places everything else and is then partial (`partial`); these projects are excused from
   * the must-place rule in the model solved, its bound and its verification.
   */
  shortfall?: ShortfallEntry[];
  partial?: boolean;
}

export interface ShortfallEntry {
  projectId: number;
  message: EngineMessage;
}

export interface Progress {
  stage: string;
  bestObjective: number | null;
  bound: number | null;
  elapsedMs: number;
}
