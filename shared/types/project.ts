import type { Id, LandUse, Mu, SqM, Wan } from './common';
import type { LeaderRole } from './jurisdiction';

export const PROJECT_STAGES = ['lead', 'negotiating', 'signed', 'landed', 'dropped'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
/** Stages still in the pipeline (not landed, not dropped): the projects a scenario may place. */
export const OPEN_STAGES = ['lead', 'negotiating', 'signed'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];
export const isOpenStage = (stage: ProjectStage): stage is OpenStage =>
  (OPEN_STAGES as readonly string[]).includes(stage);
export const HEAD_KINDS = ['none', 'global500', 'china500', 'listed'] as const;
/** Head enterprise (龙头企业) flag: Fortune Global 500, China 500, listed, or none. */
export type HeadKind = (typeof HEAD_KINDS)[number];

/** 招商项目: a prospect in the pipeline. */
export interface Project {
  id: Id;
  name: string;
  investor: string;
  industryId: Id;
  chainLinkId: Id | null;
  investmentWan: Wan;
  /** Land need in 亩 (a plot), or null when the project wants factory floor space. */
  landNeedMu: Mu | null;
  /** Floor need in m² in a standard factory, or null when it wants land. */
  floorNeedM2: SqM | null;
  /** Output (revenue) per year at full production. */
  outputWan: Wan;
  /** Total tax paid per year at full production (VAT + corporate income tax). */
  taxWan: Wan;
  /** Share of the tax that is VAT (rest is corporate income tax), 0..1. */
  vatShare: number;
  /** Years to reach full production (linear ramp-up). */
  rampUpYears: number;
  jobs: number;
  /**
   * The least an incentive package must be worth to the investor (PV, 万元) for it to sign; 0 = no
   * package may leave it worse off than none. The allocation engine never offers one below it.
   */
  reservationValueWan: Wan;
  pollutionClass: LandUse;
  head: HeadKind;
  stage: ProjectStage;
  dropReason: string | null;
  jurisdictionId: Id;
  leaderRole: LeaderRole;
  notes: string;
  version: number;
}
