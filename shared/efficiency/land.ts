import type { Mu, SqM } from '../types/common';
import { m2ToMu, muToM2 } from '../units';

/**
 * Land of a tenant of standard-factory floor space (rule efficiency.tenantLand): its share of the
 * building's floor area times the building's footprint (floor area ÷ floors), in 亩. A tenant of
 * 1,000 m² in a 4-storey, 8,000 m² building is charged 1,000/8,000 × 2,000 m² = 250 m².
 */
export function tenantFootprintLandMu(unitAreaM2: SqM, building: { floorAreaM2: SqM; floors: number }): Mu {
  if (!(building.floorAreaM2 > 0) || !(building.floors > 0)) return 0;
  const footprintM2 = building.floorAreaM2 / building.floors;
  return m2ToMu((unitAreaM2 / building.floorAreaM2) * footprintM2);
}

/**
 * Superseded by tenantFootprintLandMu (a low site FAR charged tenants the plot's empty land).
 * Land share of a tenant of standard-factory floor space: its floor area divided by the site's
 * FAR (建筑面积 ÷ 容积率, the usual way per-mu evaluations charge land to tenants), in 亩.
 * siteFar = Σ floor area of the buildings on the plot ÷ plot area (see siteFar below).
 */
export function tenantLandMu(unitAreaM2: SqM, siteFar: number): Mu {
  return siteFar > 0 ? m2ToMu(unitAreaM2 / siteFar) : 0;
}

/** FAR of a plot carrying buildings: Σ building floor area (m²) ÷ plot area. */
export function siteFar(buildingFloorAreasM2: readonly SqM[], plotAreaMu: Mu): number {
  const plotM2 = muToM2(plotAreaMu);
  return plotM2 > 0 ? buildingFloorAreasM2.reduce((a, b) => a + b, 0) / plotM2 : 0;
}
