import type { Benchmarks, Indicators } from './indicators';
import type { EfficiencySettings } from './settings';

/** indicator ÷ benchmark, capped; 0 when either is missing (nothing to compare). */
function ratio(value: number | null, bench: number, cap: number): number {
  if (value === null || !(bench > 0)) return 0;
  return Math.min(cap, value / bench);
}

/**
 * Σ (indicator ÷ county benchmark) × weight (Huangyan scheme). A firm exactly at every
 * benchmark scores the sum of the weights (100 with the defaults). Small firms: tax per mu and
 * tax per kWh only, 50/50.
 */
export function scoreIndicators(ind: Indicators, bench: Benchmarks, small: boolean, s: EfficiencySettings): number {
  const cap = s.ratioCap;
  if (small) {
    return (
      ratio(ind.taxPerMu, bench.taxPerMu, cap) * s.smallWeights.taxPerMu +
      ratio(ind.taxPerKwh, bench.taxPerKwh, cap) * s.smallWeights.taxPerKwh
    );
  }
  const w = s.weights;
  return (
    ratio(ind.taxPerMu, bench.taxPerMu, cap) * w.taxPerMu +
    ratio(ind.valueAddedPerMu, bench.valueAddedPerMu, cap) * w.valueAddedPerMu +
    ratio(ind.labourProductivity, bench.labourProductivity, cap) * w.labourProductivity +
    ratio(ind.valueAddedPerEnergy, bench.valueAddedPerEnergy, cap) * w.valueAddedPerEnergy +
    ratio(ind.valueAddedPerEmissions, bench.valueAddedPerEmissions, cap) * w.valueAddedPerEmissions +
    ratio(ind.rdShare, bench.rdShare, cap) * w.rdShare
  );
}
