/** National land rules the compliance checks read; the values live in the rules catalogue (shared/rules). */
import { LAND_FLOOR_BY_GRADE, MIN_FAR_BY_GROUP } from '../rules/land';

/** 1 亩 in m² (10000/15 exactly). */
export const MU_M2 = 10_000 / 15;

/** 全国工业用地出让最低价标准 (rule land.floor-by-grade in shared/rules), 元/m² by land grade 1..15. */
export const LAND_FLOOR_YUAN_PER_M2 = LAND_FLOOR_BY_GRADE;

/** 元/m² → 万元/亩: × (10000/15) m²/亩 ÷ 10000 元/万元 = ÷ 15. */
export const yuanPerM2ToWanPerMu = (yuanPerM2: number): number => (yuanPerM2 * MU_M2) / 10_000;

/** The national floor price for a land grade in 万元/亩, or null for an unknown grade. */
export function landFloorWanPerMu(grade: number): number | null {
  const v = LAND_FLOOR_YUAN_PER_M2[grade];
  return v === undefined ? null : yuanPerM2ToWanPerMu(v);
}

/** Rule land.priority-floor-factor: priority, land-intensive projects at ≥ 70% of the floor (国土资发〔2009〕56号), never below cost. */
export const PRIORITY_FLOOR_FACTOR = 0.7;

/** Minimum FAR by GB/T 4754-2002 major group (rule land.min-far-by-group in shared/rules). */
export const MIN_FAR_BY_GBT_GROUP = MIN_FAR_BY_GROUP;

export function nationalMinFar(gbtGroup: number | null | undefined): number | null {
  if (gbtGroup == null) return null;
  return MIN_FAR_BY_GBT_GROUP[gbtGroup] ?? null;
}
