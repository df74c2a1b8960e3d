import type { GeoPolygon } from '../types/common';
import { polygonAreaM2 } from './area';
import { dedupeRing, pointInRing, ringSelfIntersects, ringsCross, type Pt } from './segments';

export const GEOMETRY_ISSUES = [
  'not_polygon',
  'multipolygon_parts',
  'ring_not_closed',
  'too_few_positions',
  'bad_coordinate',
  'zero_area',
  'self_intersection',
  'hole_outside_shell',
  'hole_crosses_shell',
  'holes_cross',
  'too_many_vertices',
] as const;
export type GeometryIssueCode = (typeof GEOMETRY_ISSUES)[number];

export interface GeometryIssue {
  code: GeometryIssueCode;
  message: string;
}

/**
 * Vertex limits (settings; defaults 5,000 per ring and 20,000 per polygon). A surveyed industrial plot
 * has tens of vertices; the self-intersection check grows with the square of a ring's size, so an
 * unbounded ring could hold the server for a minute. Checked before any geometry work.
 */
export const MAX_RING_VERTICES = 5_000;
export const MAX_POLYGON_VERTICES = 20_000;

/** Areas below this are "zero": a sliver of 1 cm² is a digitising accident, not a plot. */
const MIN_AREA_M2 = 1e-4;

/**
 * Sum of |triangle areas| of the fan from vertex 0, in m² (rough planar scale): zero only when
 * every point lies on one line. Unlike the signed area, a symmetric bow-tie does not cancel out,
 * so it is reported as the self-intersection it is.
 */
function fanAreaM2(ring: readonly Pt[]): number {
  const k = 111_320 * 111_320 * Math.cos((ring[0][1] * Math.PI) / 180);
  let sum = 0;
  for (let i = 1; i + 1 < ring.length - 1; i++) {
    const ax = ring[i][0] - ring[0][0];
    const ay = ring[i][1] - ring[0][1];
    const bx = ring[i + 1][0] - ring[0][0];
    const by = ring[i + 1][1] - ring[0][1];
    sum += Math.abs(ax * by - ay * bx) / 2;
  }
  return sum * k;
}

const issue = (code: GeometryIssueCode, message: string): GeometryIssue => ({ code, message });

/**
 * The polygon inside a GeoJSON geometry: a Polygon, or a MultiPolygon with exactly one part
 * (GIS exports often wrap single parcels that way). Anything else is null.
 */
export function asPolygon(geometry: unknown): GeoPolygon | null {
  if (!geometry || typeof geometry !== 'object') return null;
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(g.coordinates)) return null;
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates as number[][][] };
  if (g.type === 'MultiPolygon' && g.coordinates.length === 1 && Array.isArray(g.coordinates[0])) {
    return { type: 'Polygon', coordinates: g.coordinates[0] as number[][][] };
  }
  return null;
}

function checkRingShape(ring: unknown, label: string): GeometryIssue | null {
  if (!Array.isArray(ring)) return issue('not_polygon', `${label} is not an array of positions`);
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2)
      return issue('bad_coordinate', `${label} has a position that is not [lon, lat]`);
    const [lon, lat] = p as unknown[];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      return issue('bad_coordinate', `${label} has a non-finite coordinate`);
    }
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      return issue(
        'bad_coordinate',
        `${label} has a coordinate out of range (${lon}, ${lat}); expected WGS84 [lon, lat]`,
      );
    }
  }
  if (ring.length < 4)
    return issue('too_few_positions', `${label} has ${ring.length} positions; a closed ring needs at least 4`);
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1])
    return issue('ring_not_closed', `${label} is not closed (first and last positions differ)`);
  return null;
}

/**
 * Why a geometry cannot be a plot, or null when it can. Consecutive duplicate points are
 * tolerated; everything else of the OGC simple-polygon rules is checked: closed rings of at
 * least 4 positions, WGS84 ranges, non-zero area, no self-intersection (all segment pairs),
 * holes inside the shell, not crossing it or each other.
 */
export function validatePolygon(geometry: unknown): GeometryIssue | null {
  if (!geometry || typeof geometry !== 'object') return issue('not_polygon', 'missing geometry');
  const type = (geometry as { type?: unknown }).type;
  if (type === 'MultiPolygon') {
    const coords = (geometry as { coordinates?: unknown }).coordinates;
    if (Array.isArray(coords) && coords.length !== 1) {
      return issue('multipolygon_parts', `MultiPolygon with ${coords.length} parts; a plot must be one polygon`);
    }
  }
  const poly = asPolygon(geometry);
  if (!poly)
    return issue('not_polygon', `geometry type ${typeof type === 'string' ? type : 'unknown'} is not a Polygon`);
  const rings = poly.coordinates as unknown[];
  const sizes = rings.map((r) => (Array.isArray(r) ? r.length : 0));
  const longest = Math.max(0, ...sizes);
  if (longest > MAX_RING_VERTICES)
    return issue('too_many_vertices', `a ring has ${longest} positions; at most ${MAX_RING_VERTICES} per ring`);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total > MAX_POLYGON_VERTICES)
    return issue('too_many_vertices', `the polygon has ${total} positions; at most ${MAX_POLYGON_VERTICES}`);
  if (rings.length === 0) return issue('too_few_positions', 'polygon has no rings');
  for (let i = 0; i < rings.length; i++) {
    const bad = checkRingShape(rings[i], i === 0 ? 'outer ring' : `hole ${i}`);
    if (bad) return bad;
  }
  const clean = (rings as Pt[][]).map((r) => dedupeRing(r));
  for (let i = 0; i < clean.length; i++) {
    if (clean[i].length < 4)
      return issue('zero_area', `${i === 0 ? 'outer ring' : `hole ${i}`} has fewer than 3 distinct vertices`);
  }
  if (fanAreaM2(clean[0]) < MIN_AREA_M2) return issue('zero_area', 'outer ring has zero area (all points on a line)');
  for (let i = 0; i < clean.length; i++) {
    if (ringSelfIntersects(clean[i]))
      return issue('self_intersection', `${i === 0 ? 'outer ring' : `hole ${i}`} intersects itself`);
  }
  const shell = clean[0];
  for (let i = 1; i < clean.length; i++) {
    const hole = clean[i];
    if (ringsCross(shell, hole)) return issue('hole_crosses_shell', `hole ${i} crosses or touches the outer ring`);
    if (!pointInRing(hole[0], shell)) return issue('hole_outside_shell', `hole ${i} lies outside the outer ring`);
    for (let j = 1; j < i; j++) {
      if (ringsCross(clean[j], hole) || pointInRing(hole[0], clean[j]) || pointInRing(clean[j][0], hole)) {
        return issue('holes_cross', `holes ${j} and ${i} overlap`);
      }
    }
  }
  if (polygonAreaM2({ type: 'Polygon', coordinates: clean as number[][][] }) < MIN_AREA_M2)
    return issue('zero_area', 'polygon has zero area');
  return null;
}
