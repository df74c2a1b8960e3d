import { ruleValue as ruleDefault } from '../rules';

/**
 * Settings of the 亩均论英雄 (per-mu) evaluation. All settings, set per county. Defaults follow Huangyan's published weights
 * 30/20/20/10/10/10, small firms 50/50 tax per mu and tax per kWh, classes A top 20 %,
 * B next 40 %, C next 35 %, D bottom 5 %.
 */
export interface EfficiencyWeights {
  taxPerMu: number;
  valueAddedPerMu: number;
  labourProductivity: number;
  valueAddedPerEnergy: number;
  valueAddedPerEmissions: number;
  rdShare: number;
}

export interface SmallFirmWeights {
  taxPerMu: number;
  taxPerKwh: number;
}

/** Shares of each class in rank order; they should sum to 1. */
export interface GradeCutoffs {
  A: number;
  B: number;
  C: number;
  D: number;
}

export interface ProspectAssumptions {
  /** Value added ÷ output at full production (China's industrial average is about a quarter). */
  valueAddedRate: number;
  /** R&D spend ÷ output expected of a new project. */
  rdShare: number;
  /** Energy per 万元 of output (tce), by GB/T 4754-2002 major group; `default` for the rest. */
  tcePerWanOutput: Record<string, number>;
  /** Emissions per 万元 of output (equivalent tonnes), by GB/T group; `default` for the rest. */
  emissionsPerWanOutput: Record<string, number>;
}

export interface EfficiencySettings {
  weights: EfficiencyWeights;
  smallWeights: SmallFirmWeights;
  cutoffs: GradeCutoffs;
  /**
   * Tax per kWh uses the firm's filed electricity (kWh); a year without it falls back to total
   * energy converted at this many kWh per tce (rule efficiency.electricity, default 8,130; the
   * calorific equivalent of electricity, 0.1229 kgce/kWh, gives 8,137).
   */
  kwhPerTce: number;
  /**
   * A group of at least this many firms has at least one D, its last-ranked (rule
   * efficiency.minGroupForD, default 5): rounding the D share down would leave every group under
   * 20 firms without a D. 0 turns it off (D only by the share).
   */
  minGroupForD: number;
  /** A single indicator can earn at most this multiple of its weight, so a firm with near-zero energy or emissions
   * cannot win on one line. */
  ratioCap: number;
  /** Firms with revenue below this (万元) are small (规下) and scored on the small-firm formula. */
  smallRevenueWan: number;
  /** 'jurisdiction': benchmarks and ranks within each county (the evaluation's population); 'all': one pool. */
  groupBy: 'jurisdiction' | 'all';
  prospect: ProspectAssumptions;
}

export const DEFAULT_EFFICIENCY_SETTINGS: EfficiencySettings = {
  weights: {
    taxPerMu: 30,
    valueAddedPerMu: 20,
    labourProductivity: 20,
    valueAddedPerEnergy: 10,
    valueAddedPerEmissions: 10,
    rdShare: 10,
  },
  smallWeights: { taxPerMu: 50, taxPerKwh: 50 },
  cutoffs: { A: 0.2, B: 0.4, C: 0.35, D: 0.05 },
  minGroupForD: ruleDefault('efficiency.minGroupForD'),
  kwhPerTce: ruleDefault('efficiency.electricity'),
  ratioCap: 3,
  smallRevenueWan: 2000,
  groupBy: 'jurisdiction',
  prospect: {
    valueAddedRate: 0.25,
    rdShare: 0.02,
    // Orders of magnitude of China's energy use per unit output by sector (coking and chemicals
    // heavy, assembly light); demo assumptions, to be replaced by the province's figures.
    tcePerWanOutput: { '25': 1.0, '26': 0.8, '31': 0.15, '32': 0.5, '33': 0.5, '17': 0.08, default: 0.03 },
    emissionsPerWanOutput: { '25': 0.02, '26': 0.02, '17': 0.006, '31': 0.003, '34': 0.002, default: 0.001 },
  },
};

export type EfficiencySettingsInput = Partial<Omit<EfficiencySettings, 'prospect'>> & {
  prospect?: Partial<ProspectAssumptions>;
};

export function resolveSettings(input: EfficiencySettingsInput = {}): EfficiencySettings {
  const d = DEFAULT_EFFICIENCY_SETTINGS;
  return {
    ...d,
    ...input,
    weights: { ...d.weights, ...input.weights },
    smallWeights: { ...d.smallWeights, ...input.smallWeights },
    cutoffs: { ...d.cutoffs, ...input.cutoffs },
    prospect: { ...d.prospect, ...input.prospect },
  };
}
