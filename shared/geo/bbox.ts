import type { GeoPolygon } from '../types/common';

/** [minLon, minLat, maxLon, maxLat], the GeoJSON bbox order. */
export type BBox = [number, number, number, number];

export function bbox(polygon: GeoPolygon): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // The shell bounds the holes, so only ring 0 matters.
  for (const [x, y] of polygon.coordinates[0] ?? []) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Area-weighted centroid of the shell in lon/lat (planar formula). Plots span a few hundred
 * metres, where the planar error is far below a metre; a vertex mean would drift towards
 * densely digitised edges. Falls back to the vertex mean for a degenerate ring.
 */
export function centroid(polygon: GeoPolygon): [number, number] {
  const ring = polygon.coordinates[0] ?? [];
  const n =
    ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]
      ? ring.length - 1
      : ring.length;
  if (n === 0) return [NaN, NaN];
  // Shift to the first vertex to keep the cross products well conditioned.
  const [ox, oy] = ring[0];
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    const x0 = ring[i][0] - ox;
    const y0 = ring[i][1] - oy;
    const x1 = ring[(i + 1) % n][0] - ox;
    const y1 = ring[(i + 1) % n][1] - oy;
    const cross = x0 * y1 - x1 * y0;
    a2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(a2) < 1e-18) {
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < n; i++) {
      sx += ring[i][0];
      sy += ring[i][1];
    }
    return [sx / n, sy / n];
  }
  return [ox + cx / (3 * a2), oy + cy / (3 * a2)];
}
