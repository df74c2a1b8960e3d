/** National land rules the compliance checks read. */

/** 1 亩 in m² (10000/15 exactly). */
export const MU_M2 = 10_000 / 15;

/**
 * 全国工业用地出让最低价标准 (国土资发〔2006〕307号, in force 2007-01-01), 元/m² of land, by land
 * grade 1..15. Grades 1 (840) and 15 (60) are stated in the brief; grades 2–14 are recalled from
 * the published table, not checked against the official text here — verify before relying on them.
 */
export const LAND_FLOOR_YUAN_PER_M2: Readonly<Record<number, number>> = {
  1: 840,
  2: 720,
  3: 600,
  4: 480,
  5: 384,
  6: 336,
  7: 288,
  8: 252,
  9: 204,
  10: 168,
  11: 144,
  12: 120,
  13: 96,
  14: 84,
  15: 60,
};

/** 元/m² → 万元/亩: × (10000/15) m²/亩 ÷ 10000 元/万元 = ÷ 15. */
export const yuanPerM2ToWanPerMu = (yuanPerM2: number): number => (yuanPerM2 * MU_M2) / 10_000;

/** The national floor price for a land grade in 万元/亩, or null for an unknown grade. */
export function landFloorWanPerMu(grade: number): number | null {
  const v = LAND_FLOOR_YUAN_PER_M2[grade];
  return v === undefined ? null : yuanPerM2ToWanPerMu(v);
}

/** Priority, land-intensive projects may be sold at ≥ 70% of the floor (国土资发〔2009〕56号), never below cost. */
export const PRIORITY_FLOOR_FACTOR = 0.7;

/**
 * Minimum FAR (容积率) by GB/T 4754 major group (国土资发〔2008〕24号, 工业项目建设用地控制指标),
 * as listed in the brief. The 2008 document uses GB/T 4754-2002 codes; GB/T 4754-2017
 * renumbered groups 36–41 (e.g. 38 electrical machinery, 39 electronics, 40 instruments), so
 * industries coded to 2017 must be mapped before using this table. Groups not listed (e.g. 24,
 * 42, 43) have no national figure here.
 */
export const MIN_FAR_BY_GBT_GROUP: Readonly<Record<number, number>> = {
  13: 1.0,
  14: 1.0,
  15: 1.0,
  16: 1.0,
  18: 1.0,
  19: 1.0,
  30: 1.0,
  40: 1.0,
  41: 1.0,
  17: 0.8,
  20: 0.8,
  21: 0.8,
  22: 0.8,
  23: 0.8,
  28: 0.8,
  29: 0.8,
  27: 0.7,
  31: 0.7,
  34: 0.7,
  35: 0.7,
  36: 0.7,
  37: 0.7,
  39: 0.7,
  26: 0.6,
  32: 0.6,
  33: 0.6,
  25: 0.5,
};

export function nationalMinFar(gbtGroup: number | null | undefined): number | null {
  if (gbtGroup == null) return null;
  return MIN_FAR_BY_GBT_GROUP[gbtGroup] ?? null;
}
