import type { GeoPolygon } from '../types/common';
import { muToM2 } from '../units';

/** One exported plot: the attribute columns every export format carries, in this order. */
export interface PlotExportRow {
  code: string;
  park: string;
  landUse: string;
  status: string;
  readiness: string;
  /** Computed (geodesic) area; the import recomputes it, so it is named apart from the declared one. */
  calcMu: number;
  calcM2: number;
  declaredMu: number | null;
  occupant: string;
  polygon: GeoPolygon;
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

export function plotExportRow(
  p: {
    code: string;
    landUse: string;
    status: string;
    readiness: string;
    areaMu: number;
    declaredAreaMu: number | null;
    polygon: GeoPolygon;
  },
  park: string,
  occupant: string | null,
): PlotExportRow {
  return {
    code: p.code,
    park,
    landUse: p.landUse,
    status: p.status,
    readiness: p.readiness,
    calcMu: round(p.areaMu, 4),
    calcM2: round(muToM2(p.areaMu), 2),
    declaredMu: p.declaredAreaMu,
    occupant: occupant ?? '',
    polygon: p.polygon,
  };
}

/** The attribute part of a row, as GeoJSON / KML / shapefile properties (dBASE names ≤ 10 characters). */
export function exportProperties(r: PlotExportRow): Record<string, string | number | null> {
  return {
    code: r.code,
    park: r.park,
    land_use: r.landUse,
    status: r.status,
    readiness: r.readiness,
    calc_mu: r.calcMu,
    calc_m2: r.calcM2,
    declaredMu: r.declaredMu,
    occupant: r.occupant,
  };
}

/** Signed shoelace sum in degrees²: positive for counter-clockwise. Only its sign is used. */
const signed = (ring: number[][]) =>
  ring.reduce((s, p, i) => (i === 0 ? s : s + (ring[i - 1][0] * p[1] - p[0] * ring[i - 1][1])), 0);

/** Rings in the shapefile's winding (ESRI Shapefile Technical Description 1998: outer clockwise, holes
 * counter-clockwise). */
export function shapefileRings(polygon: GeoPolygon): number[][][] {
  return polygon.coordinates.map((ring, i) => {
    const r = ring.map((p) => [p[0], p[1]]);
    const ccw = signed(r) > 0;
    return (i === 0) === ccw ? r.reverse() : r;
  });
}
