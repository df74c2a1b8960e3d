import type { Id } from './common';
import type { ReviewBody } from '../efficiency/review';
import type { PolicyTier } from '../efficiency/tiers';
import type { EfficiencySettings } from '../efficiency/settings';

/** A kept 亩均 review: run once for a county and year, never recomputed when later filings arrive. */
export interface EfficiencyReview extends ReviewBody {
  id: Id;
  jurisdictionId: Id;
  year: number;
  runAt: string;
  runBy: string | null;
  /** The settings and the county's policy tiers as they were when the review ran. */
  settings: EfficiencySettings;
  tiers: PolicyTier[];
}

export type EfficiencyReviewSummary = Pick<
  EfficiencyReview,
  'id' | 'jurisdictionId' | 'year' | 'runAt' | 'distribution'
>;
