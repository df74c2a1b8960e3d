import { LAND_FLOOR_BY_GRADE, MIN_FAR_BY_GROUP } from './land';

/** 1 亩 in m² (10000/15 exactly). */
const MU_M2 = 10_000 / 15;

export interface IndicatorFinding {
  ruleId: string;
  field: 'buildingCoefficient' | 'adminShare' | 'greenShare' | 'far' | 'landPrice';
  value: number;
  limit: number;
}

/** Land floor of a grade in 万元/亩 (rule land.floor-by-grade), or null for an unknown grade. */
export function landFloorWanPerMu(grade: number): number | null {
  const v = LAND_FLOOR_BY_GRADE[grade];
  return v === undefined ? null : (v * MU_M2) / 10_000;
}

/** Minimum FAR of a GB/T 4754-2002 major group (rule land.min-far-by-group), or null when the table has none. */
export function minFarForGroup(group: number | null | undefined): number | null {
  if (group == null) return null;
  return MIN_FAR_BY_GROUP[group] ?? null;
}

export interface PlotIndicators {
  buildingCoefficient?: number | null;
  adminShare?: number | null;
  greenShare?: number | null;
  far?: number | null;
  gbtGroup?: number | null;
}

/** The 国土资发〔2008〕24号 indicators a plan or site plan breaks; shares are fractions (0.3 = 30%). */
export function checkPlotIndicators(p: PlotIndicators): IndicatorFinding[] {
  const out: IndicatorFinding[] = [];
  if (p.buildingCoefficient != null && p.buildingCoefficient < 0.3)
    out.push({
      ruleId: 'land.building-coefficient-min',
      field: 'buildingCoefficient',
      value: p.buildingCoefficient,
      limit: 0.3,
    });
  if (p.adminShare != null && p.adminShare > 0.07)
    out.push({ ruleId: 'land.admin-living-share-max', field: 'adminShare', value: p.adminShare, limit: 0.07 });
  if (p.greenShare != null && p.greenShare > 0.2)
    out.push({ ruleId: 'land.green-share-max', field: 'greenShare', value: p.greenShare, limit: 0.2 });
  const minFar = minFarForGroup(p.gbtGroup);
  if (p.far != null && minFar != null && p.far < minFar)
    out.push({ ruleId: 'land.min-far-by-group', field: 'far', value: p.far, limit: minFar });
  return out;
}

/** A price below its grade's floor (rule land.floor-by-grade), or below 70% of it for a recorded priority project. */
export function checkLandPrice(
  priceWanPerMu: number,
  grade: number,
  priority: { basis: string } | null = null,
): IndicatorFinding | null {
  const floor = landFloorWanPerMu(grade);
  if (floor == null) return null;
  // The 70% allowance needs the priority recorded with its basis (国土资发〔2009〕56号), never silently.
  const limit = priority && priority.basis.trim() ? floor * 0.7 : floor;
  const ruleId = limit < floor ? 'land.priority-floor-factor' : 'land.floor-by-grade';
  return priceWanPerMu + 1e-9 < limit ? { ruleId, field: 'landPrice', value: priceWanPerMu, limit } : null;
}
