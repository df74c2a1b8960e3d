import type { GeoPolygon } from '../../../shared/types/common';
import { localFrame } from '../../../shared/geo';
import { M2_PER_MU } from '../../../shared/units';
import type { Rng } from './prng';

/** Metres in the park's own (unrotated) frame: x along the road grid, y across it. */
export type XY = [number, number];

/** Sutherland–Hodgman against one half-plane n·p ≤ c; keeps convex polygons convex and CCW. */
export function clipHalfPlane(poly: XY[], nx: number, ny: number, c: number): XY[] {
  const out: XY[] = [];
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i];
    const q = poly[(i + 1) % poly.length];
    const dp = nx * p[0] + ny * p[1] - c;
    const dq = nx * q[0] + ny * q[1] - c;
    if (dp <= 0) out.push(p);
    if ((dp < 0 && dq > 0) || (dp > 0 && dq < 0)) {
      const t = dp / (dp - dq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return cleanRing(out);
}

/** Drops vertices closer than 0.5 m to their predecessor: clipping through a vertex doubles it. */
function cleanRing(ring: XY[]): XY[] {
  const out: XY[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) > 0.5) out.push(p);
  }
  while (out.length > 1 && Math.hypot(out[0][0] - out[out.length - 1][0], out[0][1] - out[out.length - 1][1]) <= 0.5)
    out.pop();
  return out;
}

export function planarArea(ring: XY[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i];
    const q = ring[(i + 1) % ring.length];
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s / 2;
}

const clipRect = (poly: XY[], x0: number, y0: number, x1: number, y1: number): XY[] =>
  clipHalfPlane(clipHalfPlane(clipHalfPlane(clipHalfPlane(poly, -1, 0, -x0), 1, 0, x1), 0, -1, -y0), 0, 1, y1);

/** Is p inside the convex CCW ring, at least `margin` metres from every edge? */
export function insideConvex(ring: XY[], p: XY, margin: number): boolean {
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len === 0) continue;
    const cross = ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / len;
    if (cross < margin) return false;
  }
  return true;
}

export interface Parcel {
  code: string;
  ring: XY[];
  areaM2: number;
}

export interface ParkLayout {
  boundary: GeoPolygon;
  parcels: Parcel[];
  /** Rotates a ring of the park frame into place and converts it to WGS84. */
  toGeo(ring: XY[]): GeoPolygon;
}

const MIN_PARCEL_M2 = 10.5 * M2_PER_MU;
const MAX_PARCEL_M2 = 290 * M2_PER_MU;
/** Half the gap left between neighbouring parcels (walls, setbacks): keeps them disjoint after rounding. */
const HALF_GAP = 1.5;

/** A convex octagon (a rectangle with cut corners) of the target area, CCW, centred on 0. */
function outline(rng: Rng, areaM2: number): { ring: XY[]; w: number; h: number } {
  const r = rng.range(0.75, 1.35);
  const w0 = Math.sqrt(r);
  const h0 = 1 / w0;
  const m = Math.min(w0, h0);
  const c = Array.from({ length: 8 }, () => (rng.chance(0.7) ? rng.range(0.05, 0.3) * m : 0));
  const raw: XY[] = [
    [-w0 / 2 + c[0], -h0 / 2],
    [w0 / 2 - c[1], -h0 / 2],
    [w0 / 2, -h0 / 2 + c[2]],
    [w0 / 2, h0 / 2 - c[3]],
    [w0 / 2 - c[4], h0 / 2],
    [-w0 / 2 + c[5], h0 / 2],
    [-w0 / 2, h0 / 2 - c[6]],
    [-w0 / 2, -h0 / 2 + c[7]],
  ];
  const s = Math.sqrt(areaM2 / planarArea(raw));
  return { ring: cleanRing(raw.map(([x, y]) => [x * s, y * s])), w: w0 * s, h: h0 * s };
}

/** Road lines across [-half, half]: every ~380–560 m, main roads 40 m wide, others 24 m. */
function roadCells(rng: Rng, half: number): [number, number][] {
  const cells: [number, number][] = [];
  let x = -half;
  let k = 0;
  while (x < half) {
    const width = k % 2 === 0 ? 40 : 24;
    const start = x + width / 2;
    const end = Math.min(half, start + rng.range(360, 540));
    if (end - start > 80) cells.push([start, end]);
    x = end + width / 2;
    k++;
  }
  return cells;
}

/** Cuts a convex block across its long axis into parcels of a few tens to a few hundred 亩. */
function cutBlock(rng: Rng, block: XY[], along: 'x' | 'y', out: XY[][]): void {
  const area = planarArea(block);
  if (area < MIN_PARCEL_M2) return;
  const ax = along === 'x' ? 0 : 1;
  const lo = Math.min(...block.map((p) => p[ax]));
  const hi = Math.max(...block.map((p) => p[ax]));
  const cLo = Math.min(...block.map((p) => p[1 - ax])) - 5;
  const cHi = Math.max(...block.map((p) => p[1 - ax])) + 5;
  const target = rng.logRange(30, 200) * M2_PER_MU;
  const n = Math.max(1, Math.round(area / target), Math.ceil(area / (0.85 * MAX_PARCEL_M2)));
  const weights = Array.from({ length: n }, () => rng.range(0.6, 1.4));
  const total = weights.reduce((a, b) => a + b, 0);
  // Cut k runs from (t + j/2) on the low cross edge to (t − j/2) on the high one: a jitter makes trapezoids.
  const cuts: { t: number; j: number }[] = [];
  let acc = 0;
  for (let k = 0; k < n - 1; k++) {
    acc += weights[k] / total;
    cuts.push({ t: lo + (hi - lo) * acc, j: rng.chance(0.35) ? rng.range(-14, 14) : 0 });
  }
  const halfPlane = (cut: { t: number; j: number }, side: -1 | 1, poly: XY[]): XY[] => {
    // Line through A = (t + j/2, cLo) and B = (t − j/2, cHi) in (along, cross) coordinates.
    const a0 = cut.t + cut.j / 2;
    const b0 = cut.t - cut.j / 2;
    const da = b0 - a0;
    const dc = cHi - cLo;
    const len = Math.hypot(da, dc);
    let na = dc / len; // normal pointing to +along
    let nc = -da / len;
    let c = na * a0 + nc * cLo;
    // side −1 keeps the low part (n·p ≤ c − gap), +1 the high part (−n·p ≤ −c − gap).
    if (side === 1) {
      na = -na;
      nc = -nc;
      c = -c;
    }
    c -= HALF_GAP;
    return along === 'x' ? clipHalfPlane(poly, na, nc, c) : clipHalfPlane(poly, nc, na, c);
  };
  for (let k = 0; k < n; k++) {
    let piece = block;
    if (k > 0) piece = halfPlane(cuts[k - 1], 1, piece);
    if (k < n - 1) piece = halfPlane(cuts[k], -1, piece);
    if (piece.length >= 3) out.push(piece);
  }
}

export function layoutPark(rng: Rng, centre: [number, number], areaKm2: number, code: string): ParkLayout {
  const { ring: boundaryXY, w, h } = outline(rng, areaKm2 * 1e6);
  const theta = (rng.range(-10, 10) * Math.PI) / 180;
  const frame = localFrame(centre[0], centre[1]);
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const toGeo = (ring: XY[]): GeoPolygon =>
    frame.polygon(ring.map(([x, y]) => [x * cos - y * sin, x * sin + y * cos] as [number, number]));
  // Developable land: the boundary shrunk towards the centre, leaving a perimeter road and green belt.
  const s = 1 - 70 / Math.min(w, h);
  const developable = boundaryXY.map(([x, y]) => [x * s, y * s] as XY);
  const cols = roadCells(rng, w / 2);
  const rows = roadCells(rng, h / 2);
  const parcels: Parcel[] = [];
  rows.forEach(([y0, y1], ri) => {
    cols.forEach(([x0, x1], ci) => {
      const block = clipRect(developable, x0, y0, x1, y1);
      if (block.length < 3) return;
      const pieces: XY[][] = [];
      // Deep blocks get a back lane and two rows of parcels.
      const along = x1 - x0 >= y1 - y0 ? 'x' : 'y';
      const cross = along === 'x' ? y1 - y0 : x1 - x0;
      if (cross > 300 && rng.chance(0.6)) {
        const mid = (along === 'x' ? (y0 + y1) / 2 : (x0 + x1) / 2) + rng.range(-0.1, 0.1) * cross;
        const [nx, ny] = along === 'x' ? [0, 1] : [1, 0];
        cutBlock(rng, clipHalfPlane(block, nx, ny, mid - 4), along, pieces);
        cutBlock(rng, clipHalfPlane(block, -nx, -ny, -(mid + 4)), along, pieces);
      } else {
        cutBlock(rng, block, along, pieces);
      }
      let idx = 0;
      for (const piece of pieces) {
        const area = planarArea(piece);
        if (area < MIN_PARCEL_M2 || area > MAX_PARCEL_M2) continue;
        idx++;
        const blockCode = `${String.fromCharCode(65 + ri)}${String(ci + 1).padStart(2, '0')}`;
        parcels.push({ code: `${code}-${blockCode}-${String(idx).padStart(2, '0')}`, ring: piece, areaM2: area });
      }
    });
  });
  return { boundary: toGeo(boundaryXY), parcels, toGeo };
}

/**
 * Standard factory footprints on a parcel: rows of 60–96 m × 24–36 m halls, 15–20 m apart,
 * each at least 8 m inside the parcel. Returns up to `max` rectangles (park frame, CCW).
 */
export function placeBuildings(rng: Rng, parcel: XY[], max: number): XY[][] {
  const xs = parcel.map((p) => p[0]);
  const ys = parcel.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const alongX = maxX - minX >= maxY - minY;
  const len = rng.range(60, 96);
  const depth = rng.range(24, 36);
  const [bw, bh] = alongX ? [len, depth] : [depth, len];
  const [gx, gy] = alongX ? [15, 20] : [20, 15];
  const out: XY[][] = [];
  for (let y = minY + 10; y + bh <= maxY - 10 && out.length < max; y += bh + gy) {
    for (let x = minX + 10; x + bw <= maxX - 10 && out.length < max; x += bw + gx) {
      const rect: XY[] = [
        [x, y],
        [x + bw, y],
        [x + bw, y + bh],
        [x, y + bh],
      ];
      if (rect.every((p) => insideConvex(parcel, p, 8))) out.push(rect);
    }
  }
  return out;
}
