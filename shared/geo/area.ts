// The package is CommonJS: Node's ESM loader exposes only its default export.
import geographiclib from 'geographiclib-geodesic';

const { Geodesic } = geographiclib;
import type { GeoPolygon, Mu } from '../types/common';
import { m2ToMu } from '../units';

/** WGS84 equatorial radius (m); kept for the local metre frame in local.ts, not used for areas. */
export const EARTH_RADIUS_M = 6378137;

/**
 * Signed geodesic area of one ring on the WGS84 ellipsoid in m² (Karney 2013, "Algorithms for
 * geodesics", via geographiclib). Counter-clockwise rings are positive. Accepts a closed ring
 * (first = last) or an open one. A sphere (as @turf/area uses) is off by up to ~0.3% in China.
 */
export function ringAreaM2(ring: readonly (readonly number[])[]): number {
  const closed = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
  const n = closed ? ring.length - 1 : ring.length;
  if (n < 3) return 0;
  const poly = Geodesic.WGS84.Polygon(false);
  for (let i = 0; i < n; i++) poly.AddPoint(ring[i][1], ring[i][0]);
  return poly.Compute(false, true).area ?? 0;
}

/** Geodesic area of a polygon (shell minus holes) on the WGS84 ellipsoid, m². */
export function polygonAreaM2(polygon: GeoPolygon | readonly (readonly (readonly number[])[])[]): number {
  const rings = 'coordinates' in polygon ? polygon.coordinates : polygon;
  if (rings.length === 0) return 0;
  let area = Math.abs(ringAreaM2(rings[0]));
  for (let i = 1; i < rings.length; i++) area -= Math.abs(ringAreaM2(rings[i]));
  return Math.max(0, area);
}

/** Sum of the areas of a multipolygon's parts (polygon-clipping output), m². */
export function multiPolygonAreaM2(parts: readonly (readonly (readonly (readonly number[])[])[])[]): number {
  let sum = 0;
  for (const p of parts) sum += polygonAreaM2(p);
  return sum;
}

/** Geodesic area in 亩 (1 亩 = 10000/15 m²). */
export function polygonAreaMu(polygon: GeoPolygon): Mu {
  return m2ToMu(polygonAreaM2(polygon));
}
