import type { Id, Wan } from './common';

export const LEADER_ROLES = ['head', 'deputy'] as const;
/** The official an attracted project counts for: the county head (县长) or a deputy (副县长). */
export type LeaderRole = (typeof LEADER_ROLES)[number];

/** A leader's yearly investment-attraction quota: land `count` projects of ≥ `minInvestmentWan`. */
export interface LeaderQuota {
  role: LeaderRole;
  leaderName: string;
  year: number;
  count: number;
  minInvestmentWan: Wan;
  /** Only projects in the jurisdiction's dominant industry chains count. */
  dominantOnly: boolean;
}

export interface Jurisdiction {
  id: Id;
  name: string;
  nameEn: string;
  kind: 'city' | 'county' | 'district';
  parentId: Id | null;
  /** County's retained share of the local part of VAT (0..1). */
  retainedShareVat: number;
  /** County's retained share of the local part of corporate income tax (0..1). */
  retainedShareCit: number;
  quotas: LeaderQuota[];
}
