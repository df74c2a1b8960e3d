import { Initial1764200000000 } from './1764200000000-initial';
import { ProjectReservationValue1764900000000 } from './1764900000000-project-reservation-value';
import { AfterTheDeal1765000000000 } from './1765000000000-after-the-deal';
import { PlotLandUseIndicators1766100000000 } from './1766100000000-plot-land-use-indicators';
import { EfficiencyReviews1766200000000 } from './1766200000000-efficiency-reviews';
import { LoginAttempts1766300000000 } from './1766300000000-login-attempts';
import { SolveJobs1766300000000 } from './1766300000000-solve-jobs';

/** Every migration, in order. A new migration is appended here. */
export const migrations = [
  Initial1764200000000,
  ProjectReservationValue1764900000000,
  AfterTheDeal1765000000000,
  PlotLandUseIndicators1766100000000,
  EfficiencyReviews1766200000000,
  LoginAttempts1766300000000,
  SolveJobs1766300000000,
];
