import type { Id, Mu, SqM, Wan } from '../types/common';
import type { Grade } from '../efficiency';

/** A prospect's expected 亩均 result on a site, at full production, scored like the occupants. */
export interface PreDealGrade {
  grade: Grade;
  score: number;
  rank: number;
  groupSize: number;
  small: boolean;
  /** Land charged to the prospect on this site (亩). */
  landMu: Mu;
  /** Indicators (tax per mu, value added per mu …); absent for viewers. */
  taxPerMuWan?: Wan;
  valueAddedPerMuWan?: Wan;
  investmentPerMuWan?: Wan;
}

export interface Candidate {
  kind: 'plot' | 'building';
  id: Id;
  code: string;
  parkId: Id;
  parkName: string;
  parkNameEn: string;
  areaMu: Mu;
  /** For a building: its vacant floor area. */
  vacantM2?: SqM;
  landUse?: string;
  status?: string;
  reservedForThis: boolean;
  /** Park minimums met (investment intensity, tax per mu); null when not known (viewers). */
  meetsIntensity: boolean | null;
  meetsTaxPerMu: boolean | null;
  dominant: boolean;
  preDeal: PreDealGrade | null;
}

export interface PlotProspect {
  projectId: Id;
  name: string;
  investor: string;
  stage: string;
  landNeedMu: Mu;
  dominant: boolean;
  preDeal: PreDealGrade | null;
}
