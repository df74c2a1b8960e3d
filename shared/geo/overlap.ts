import polygonClipping from 'polygon-clipping';
import type { Polygon as PcPolygon } from 'polygon-clipping';
import type { GeoPolygon, Id } from '../types/common';
import { multiPolygonAreaM2 } from './area';
import { bbox, type BBox } from './bbox';

const asPc = (p: GeoPolygon): PcPolygon => p.coordinates as PcPolygon;

/**
 * Separating-axis test on the shells' edge normals: if the vertices of a and b project to
 * disjoint intervals on one axis, the polygons are apart (sound for any polygon, since a
 * projection of a polygon is the projection of its vertices). Neighbouring parcels with a gap
 * between them are dismissed here without calling the clipper.
 */
function separated(a: GeoPolygon, b: GeoPolygon): boolean {
  const ra = a.coordinates[0];
  const rb = b.coordinates[0];
  for (const ring of [ra, rb]) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const nx = ring[i + 1][1] - ring[i][1];
      const ny = ring[i][0] - ring[i + 1][0];
      let aMin = Infinity;
      let aMax = -Infinity;
      let bMin = Infinity;
      let bMax = -Infinity;
      for (const p of ra) {
        const d = p[0] * nx + p[1] * ny;
        if (d < aMin) aMin = d;
        if (d > aMax) aMax = d;
      }
      for (const p of rb) {
        const d = p[0] * nx + p[1] * ny;
        if (d < bMin) bMin = d;
        if (d > bMax) bMax = d;
      }
      if (aMax <= bMin || bMax <= aMin) return true;
    }
  }
  return false;
}

/** Geodesic area of a ∩ b in m² (planar clipping in lon/lat, then spherical area). */
export function overlapAreaM2(a: GeoPolygon, b: GeoPolygon): number {
  const [ax0, ay0, ax1, ay1] = bbox(a);
  const [bx0, by0, bx1, by1] = bbox(b);
  if (ax0 >= bx1 || bx0 >= ax1 || ay0 >= by1 || by0 >= ay1) return 0;
  if (separated(a, b)) return 0;
  return multiPolygonAreaM2(polygonClipping.intersection(asPc(a), asPc(b)));
}

/** Area of `inner` lying outside `outer`, m². */
export function areaOutsideM2(inner: GeoPolygon, outer: GeoPolygon): number {
  return multiPolygonAreaM2(polygonClipping.difference(asPc(inner), asPc(outer)));
}

/** Is `inner` within `outer`, allowing `toleranceM2` of spill (digitising noise at shared edges)? */
export function isInside(inner: GeoPolygon, outer: GeoPolygon, toleranceM2 = 1): boolean {
  const [ix0, iy0, ix1, iy1] = bbox(inner);
  const [ox0, oy0, ox1, oy1] = bbox(outer);
  if (ix1 <= ox0 || ox1 <= ix0 || iy1 <= oy0 || oy1 <= iy0) return false;
  return areaOutsideM2(inner, outer) <= toleranceM2;
}

export interface Shape {
  id: Id;
  polygon: GeoPolygon;
}

export interface OverlapPair {
  a: Id;
  b: Id;
  areaM2: number;
}

/**
 * Sort-and-sweep on bbox minLon: only pairs whose boxes meet reach the (costly) clipper.
 * Returns pairs overlapping by more than `minAreaM2`, each once, a.id before b.id in input order.
 */
export function findOverlaps(shapes: readonly Shape[], minAreaM2 = 1): OverlapPair[] {
  const boxes: { i: number; box: BBox }[] = shapes.map((s, i) => ({ i, box: bbox(s.polygon) }));
  boxes.sort((p, q) => p.box[0] - q.box[0]);
  const out: OverlapPair[] = [];
  for (let k = 0; k < boxes.length; k++) {
    const { i, box } = boxes[k];
    for (let m = k + 1; m < boxes.length && boxes[m].box[0] < box[2]; m++) {
      const other = boxes[m].box;
      if (other[1] >= box[3] || box[1] >= other[3]) continue;
      const j = boxes[m].i;
      const area = overlapAreaM2(shapes[i].polygon, shapes[j].polygon);
      if (area > minAreaM2) {
        const [x, y] = i < j ? [i, j] : [j, i];
        out.push({ a: shapes[x].id, b: shapes[y].id, areaM2: area });
      }
    }
  }
  return out;
}

/** Shapes of `existing` that `candidate` overlaps by more than `minAreaM2` (bbox filtered). */
export function overlapsWith(candidate: GeoPolygon, existing: readonly Shape[], minAreaM2 = 1): OverlapPair[] {
  const out: OverlapPair[] = [];
  for (const s of existing) {
    const area = overlapAreaM2(candidate, s.polygon);
    if (area > minAreaM2) out.push({ a: -1, b: s.id, areaM2: area });
  }
  return out;
}
