import { LAND_FLOOR_YUAN_PER_M2 as LAND_FLOOR_TABLE, MIN_FAR_BY_GBT_GROUP as FAR_TABLE, ruleValue } from '../rules';
import { M2_PER_MU } from '../units';

/** National land rules the compliance checks read (rule ids in shared/rules/). */

// The tables live in the rules catalogue (shared/rules/), which cites them.
export const LAND_FLOOR_YUAN_PER_M2: Readonly<Record<number, number>> = LAND_FLOOR_TABLE;

/** 元/m² → 万元/亩: × (10000/15) m²/亩 ÷ 10000 元/万元 = ÷ 15. */
export const yuanPerM2ToWanPerMu = (yuanPerM2: number): number => (yuanPerM2 * M2_PER_MU) / 10_000;

/** The national floor price for a land grade in 万元/亩, or null for an unknown grade. */
export function landFloorWanPerMu(grade: number): number | null {
  const v = LAND_FLOOR_YUAN_PER_M2[grade];
  return v === undefined ? null : yuanPerM2ToWanPerMu(v);
}

/** Rule land.floor.priority70: priority land-intensive projects may go to 70% of the floor, never below cost. */
export const PRIORITY_FLOOR_FACTOR = ruleValue('land.floor.priority70');

/** Rule landuse.far.min (GB/T 4754-2002 groups; map 2017 codes first). */
export const MIN_FAR_BY_GBT_GROUP: Readonly<Record<number, number>> = FAR_TABLE;

export { nationalMinFar } from '../rules';
