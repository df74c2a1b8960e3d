import type { DemoCity } from './generate';
import { DEFAULT_EFFICIENCY_SETTINGS } from '../../../shared/efficiency';
import { Rng } from './prng';

/**
 * Filed electricity (kWh) for the demo firms' years: electricity is part of a firm's total energy,
 * so kWh = tce × 8,130 × the firm's electric share (35–75 %, drawn once per firm); one firm in ten
 * has not filed it (null: the evaluation falls back to total energy). A separate random stream,
 * so every other seeded value is unchanged.
 */
export function seedElectricity(city: DemoCity, seed: number): void {
  const rng = new Rng(seed * 104729 + 7);
  const kwhPerTce = DEFAULT_EFFICIENCY_SETTINGS.kwhPerTce;
  for (const e of city.enterprises) {
    const filed = !rng.chance(0.1);
    const share = rng.range(0.35, 0.75);
    for (const y of e.figures) y.electricityKwh = filed ? Math.round(y.energyTce * kwhPerTce * share) : null;
  }
}
