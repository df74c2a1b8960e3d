import type { Mu, SqM } from '../types/common';
import { m2ToMu, muToM2 } from '../units';

/**
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
