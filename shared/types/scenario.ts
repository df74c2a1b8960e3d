import type { Id } from './common';
import type { Levers, ScenarioExclusion, ScenarioPin } from '../schemas/scenario-file';
import type { AllocationResult } from '../allocation/types';
import type { ResultView } from '../allocation/view';

export const SCENARIO_STATUSES = ['draft', 'solved', 'committed'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

/** Versions of what a solve read, so a commit can tell whether the world moved since. */
export interface ScenarioBasis {
  plots: Record<string, number>;
  projects: Record<string, number>;
  /** Vacant floor m² per building at solve time. */
  buildingsVacantM2: Record<string, number>;
}

/** 方案推演: what-if allocation of the pipeline to vacant space, with its solved result. */
export interface Scenario {
  id: Id;
  name: string;
  /** Counties in scope; empty = the whole city. */
  jurisdictionIds: Id[];
  levers: Levers;
  pins: ScenarioPin[];
  exclusions: ScenarioExclusion[];
  status: ScenarioStatus;
  result: AllocationResult | null;
  /** True when levers, pins or scope changed after the result was computed. */
  resultStale: boolean;
  createdBy: Id | null;
  createdAt: string;
  updatedAt: string;
  solvedAt: string | null;
  committedAt: string | null;
  version: number;
}

export type ScenarioSummary = Omit<Scenario, 'result'> & {
  kpis: import('../scenarios/kpis').ScenarioKpis | null;
};

/** A scenario as the API sends it: for a viewer the result's money figures are null (shared/allocation/view.ts). */
export type ScenarioView = Omit<Scenario, 'result'> & { result: ResultView | null };
