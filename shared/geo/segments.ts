/** Planar segment predicates in lon/lat: fine for plots, which span far less than a degree. */
export type Pt = readonly number[];

function orient(a: Pt, b: Pt, c: Pt): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  // Relative tolerance: coordinates carry ~1e-7° of noise after rounding; treat tiny areas as collinear.
  const scale = Math.abs(b[0] - a[0]) + Math.abs(b[1] - a[1]) + Math.abs(c[0] - a[0]) + Math.abs(c[1] - a[1]);
  return Math.abs(v) <= 1e-12 * scale * scale ? 0 : v;
}

function onSegment(a: Pt, b: Pt, p: Pt): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** True when segments ab and cd share at least one point (touching counts). */
export function segmentsIntersect(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return true;
  if (o1 === 0 && onSegment(a, b, c)) return true;
  if (o2 === 0 && onSegment(a, b, d)) return true;
  if (o3 === 0 && onSegment(c, d, a)) return true;
  if (o4 === 0 && onSegment(c, d, b)) return true;
  return false;
}

/**
 * Adjacent segments ab, bc share b by construction; they are a fault only when they fold
 * back over each other (a spike): collinear and pointing in opposite directions.
 */
export function adjacentSegmentsOverlap(a: Pt, b: Pt, c: Pt): boolean {
  if (orient(a, b, c) !== 0) return false;
  const dot = (a[0] - b[0]) * (c[0] - b[0]) + (a[1] - b[1]) * (c[1] - b[1]);
  return dot > 0;
}

/** Even-odd ray cast; points on the boundary may answer either way. */
export function pointInRing(p: Pt, ring: readonly Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Drops consecutive duplicate positions (tolerated in input), keeping the ring closed. */
export function dedupeRing(ring: readonly Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * Does a closed ring cross or touch itself? Checks every pair of non-adjacent segments
 * (after a cheap bbox reject); O(n²), fine for plot rings of up to a few thousand vertices.
 */
export function ringSelfIntersects(ring: readonly Pt[]): boolean {
  const n = ring.length - 1; // segments; ring is closed and deduplicated
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    const c = i + 2 <= n ? ring[i + 2] : ring[1]; // the next segment's end, wrapping past the closing vertex
    if (n >= 3 && adjacentSegmentsOverlap(a, b, c)) return true;
    const minX = Math.min(a[0], b[0]);
    const maxX = Math.max(a[0], b[0]);
    const minY = Math.min(a[1], b[1]);
    const maxY = Math.max(a[1], b[1]);
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // first and last segments share the closing vertex
      const c2 = ring[j];
      const d2 = ring[j + 1];
      if (Math.max(c2[0], d2[0]) < minX || Math.min(c2[0], d2[0]) > maxX) continue;
      if (Math.max(c2[1], d2[1]) < minY || Math.min(c2[1], d2[1]) > maxY) continue;
      if (segmentsIntersect(a, b, c2, d2)) return true;
    }
  }
  return false;
}

/** Do any segments of two rings meet? */
export function ringsCross(r1: readonly Pt[], r2: readonly Pt[]): boolean {
  for (let i = 0; i < r1.length - 1; i++) {
    for (let j = 0; j < r2.length - 1; j++) {
      if (segmentsIntersect(r1[i], r1[i + 1], r2[j], r2[j + 1])) return true;
    }
  }
  return false;
}
