import type { LandUse, Mu } from '../types/common';

const LAND_RANK: Record<LandUse, number> = { M1: 1, M2: 2, M3: 3 };

/** A project needing class `need` may go on land zoned `land` of that class or heavier (M1 ⊂ M2 ⊂ M3). */
export const landFits = (need: LandUse, land: LandUse): boolean => LAND_RANK[need] <= LAND_RANK[land];

/**
 * How much bigger than the need a candidate plot may be: a plot under 90 % of the need is too
 * small; one over 160 % wastes land the park could give a better fit (an assumption, a setting).
 */
export const PLOT_FIT = { minRatio: 0.9, maxRatio: 1.6 } as const;

export function plotFitsNeed(needMu: Mu, plotMu: Mu, fit: { minRatio: number; maxRatio: number } = PLOT_FIT): boolean {
  return needMu > 0 && plotMu >= needMu * fit.minRatio && plotMu <= needMu * fit.maxRatio;
}
