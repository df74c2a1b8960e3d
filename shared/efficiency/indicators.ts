import type { Mu } from '../types/common';
import type { EnterpriseYear } from '../types/enterprise';

/** The six indicators of the evaluation plus tax per kWh for small firms. Null when undefined (no land, no staff, no
 * revenue). */
export interface Indicators {
  /** 万元 per 亩 per year. */
  taxPerMu: number | null;
  valueAddedPerMu: number | null;
  /** Value added per employee, 万元 per person. */
  labourProductivity: number | null;
  /** 万元 value added per tce. */
  valueAddedPerEnergy: number | null;
  /** 万元 value added per equivalent tonne. */
  valueAddedPerEmissions: number | null;
  /** R&D spend ÷ revenue, 0..1. */
  rdShare: number | null;
  /** 元 of tax per kWh: of electricity where filed, else of total energy at kwhPerTce (rule efficiency.electricity). */
  taxPerKwh: number | null;
}

/** num ÷ den; null when undefined. `zeroIsBest`: using no energy (or emitting nothing) while adding value is the best
 * case: +∞, capped when scored. */
function per(num: number, den: number, zeroIsBest = false): number | null {
  if (!Number.isFinite(num) || !Number.isFinite(den) || den < 0) return null;
  if (den === 0) return zeroIsBest && num > 0 ? Infinity : null;
  return num / den;
}

/** kWh of a year: the filed electricity when there is a positive figure, else total energy converted. */
export function yearKwh(y: EnterpriseYear, kwhPerTce: number): number {
  return y.electricityKwh != null && y.electricityKwh > 0 ? y.electricityKwh : y.energyTce * kwhPerTce;
}

export function computeIndicators(y: EnterpriseYear, landMu: Mu, kwhPerTce: number): Indicators {
  return {
    taxPerMu: per(y.taxWan, landMu),
    valueAddedPerMu: per(y.valueAddedWan, landMu),
    labourProductivity: per(y.valueAddedWan, y.employees),
    valueAddedPerEnergy: per(y.valueAddedWan, y.energyTce, true),
    valueAddedPerEmissions: per(y.valueAddedWan, y.emissionsT, true),
    rdShare: per(y.rdSpendWan, y.revenueWan),
    taxPerKwh: per(y.taxWan * 10000, yearKwh(y, kwhPerTce), true),
  };
}

/** County benchmarks: the population's aggregate ratios (Σ tax ÷ Σ land …), robust to one outlier firm. */
export type Benchmarks = { [K in keyof Indicators]: number };

export interface LandedYear {
  landMu: Mu;
  year: EnterpriseYear;
}

export function computeBenchmarks(pop: readonly LandedYear[], kwhPerTce: number): Benchmarks {
  const s = { land: 0, tax: 0, va: 0, emp: 0, tce: 0, kwh: 0, em: 0, rd: 0, rev: 0 };
  for (const { landMu, year: y } of pop) {
    s.land += landMu;
    s.tax += y.taxWan;
    s.va += y.valueAddedWan;
    s.emp += y.employees;
    s.tce += y.energyTce;
    s.kwh += yearKwh(y, kwhPerTce);
    s.em += y.emissionsT;
    s.rd += y.rdSpendWan;
    s.rev += y.revenueWan;
  }
  const r = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    taxPerMu: r(s.tax, s.land),
    valueAddedPerMu: r(s.va, s.land),
    labourProductivity: r(s.va, s.emp),
    valueAddedPerEnergy: r(s.va, s.tce),
    valueAddedPerEmissions: r(s.va, s.em),
    rdShare: r(s.rd, s.rev),
    taxPerKwh: r(s.tax * 10000, s.kwh),
  };
}
