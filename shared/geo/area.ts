import type { GeoPolygon, Mu } from '../types/common';
import { m2ToMu } from '../units';

/** WGS84 equatorial radius, the sphere @turf/area uses. */
export const EARTH_RADIUS_M = 6378137;
const RAD = Math.PI / 180;

/**
 * Signed spherical area of one ring in m² (Chamberlain & Duquette 2007, "Some algorithms for
 * polygons on a sphere", the formula of @turf/area). Counter-clockwise rings are positive.
 * Accepts a closed ring (first = last) or an open one.
 */
export function ringAreaM2(ring: readonly (readonly number[])[]): number {
  const closed = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
  const n = closed ? ring.length - 1 : ring.length;
  if (n < 3) return 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const lower = ring[i];
    const middle = ring[(i + 1) % n];
    const upper = ring[(i + 2) % n];
    total += (upper[0] * RAD - lower[0] * RAD) * Math.sin(middle[1] * RAD);
  }
  // turf's sign convention: its sum is positive for clockwise rings; negate so CCW is positive.
  return (-total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2;
}

/** Geodesic area of a polygon (shell minus holes), m². Same result as @turf/area. */
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
