import gcoord from 'gcoord';
import { AppError } from '../errors';
import { toWgs84 } from './crs';

/** A coordinate system as the import names it: an EPSG code, or one of China's two web-map offsets. */
export type SrsName = `EPSG:${number}` | 'GCJ02' | 'BD09';

/** "EPSG:4527" → 4527; "GCJ02"/"BD09" as such; anything else is a 400 naming the parameter. */
export function parseSrs(text: string): SrsName {
  const s = text.trim().toUpperCase().replace(/[-_]/g, '');
  if (s === 'GCJ02' || s === 'BD09') return s;
  const m = /^(?:EPSG:)?(\d{4,5})$/.exec(s);
  if (!m) throw new AppError('UNSUPPORTED_SRS', `srs: "${text}" is not EPSG:NNNN, GCJ02 or BD09`, 400);
  return `EPSG:${Number(m[1])}`;
}

/**
 * (x, y) in the file's system → WGS84 [lon, lat]. GCJ-02 (Gaode, Tencent) and BD-09 (Baidu) are
 * obfuscated offsets of WGS84 (GB/T 20263 rules), reversed with gcoord; EPSG codes go through proj4.
 */
export function srsToWgs84(srs: SrsName): (x: number, y: number) => [number, number] {
  if (srs === 'GCJ02' || srs === 'BD09') {
    const from = srs === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
    return (x, y) => gcoord.transform([x, y], from, gcoord.WGS84) as [number, number];
  }
  return toWgs84(Number(srs.slice(5)));
}

type Coords = number | Coords[];

/** Every position of a GeoJSON geometry mapped through `fn`; a copy, the input is left as it was. */
export function mapGeometry<G extends { type: string }>(g: G, fn: (x: number, y: number) => [number, number]): G {
  const walk = (c: Coords): Coords =>
    Array.isArray(c) && typeof c[0] === 'number'
      ? fn(c[0] as number, c[1] as number)
      : (c as Coords[]).map((x) => walk(x));
  const anyG = g as unknown as { coordinates?: Coords; geometries?: Array<{ type: string }> };
  if (anyG.geometries) return { ...g, geometries: anyG.geometries.map((x) => mapGeometry(x, fn)) };
  if (!Array.isArray(anyG.coordinates)) return g;
  return { ...g, coordinates: walk(anyG.coordinates) };
}

/** The first position of a geometry, for detecting the system from the coordinate range. */
export function firstPosition(g: unknown): [number, number] | null {
  let c = (g as { coordinates?: unknown } | null)?.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? [c[0], c[1]] : null;
}
