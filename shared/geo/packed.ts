import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';

/**
 * A lossless, compact wire form of a FeatureCollection of polygons with flat properties, for the
 * map: a park of 20,000 plots is 9.5 MB of GeoJSON, most of it repeated keys and long decimals,
 * and the browser spent more time receiving and inflating it than drawing it.
 *
 * - Coordinates become integers in units of 1/scale degree, each written as the difference from
 *   the previous vertex (neighbouring plots are close, so differences are short). The scale is the
 *   smallest power of ten at which every coordinate comes back bit for bit; when none does, the
 *   coordinates travel as plain numbers (scale 0). Closing vertices are left out and restored.
 * - Properties become columns, each coded the shortest way: as is, as indexes into its distinct
 *   values (statuses, land uses, occupant names), or as running differences (ids, versions).
 *
 * decodePolygons(encodePolygons(fc)) deep-equals fc: the map reads the same GeoJSON objects as
 * before, and edits start from exact vertices.
 */
export const PACKED_FORMAT = 'parkplan-packed-polygons/1';

export type PackedColumn = { raw: unknown[] } | { dict: unknown[]; idx: number[] } | { delta: number[] };

export interface PackedPolygons {
  format: typeof PACKED_FORMAT;
  count: number;
  /** The features' GeoJSON ids. */
  ids: PackedColumn;
  /** Coordinates are integers in units of 1/scale degree, as differences; 0: plain numbers. */
  scale: number;
  /** Per feature, its number of rings. */
  rings: number[];
  /** Per ring, its vertex count without the closing vertex; negative when the ring was not closed. */
  sizes: number[];
  coords: number[];
  /** Property name → column; every feature has exactly these properties. */
  props: Record<string, PackedColumn>;
}

type PolygonFeature<P> = Feature<Polygon, P>;

const SCALES = [1e6, 1e7, 1e8, 1e9, 1e10, 1e11];

function exactAt(values: number[], scale: number): boolean {
  for (const v of values) {
    const q = Math.round(v * scale);
    if (!Number.isSafeInteger(q) || q / scale !== v) return false;
  }
  return true;
}

/** Characters of an integer in JSON, by arithmetic (this runs for every value of every column). */
function digits(x: number): number {
  const a = Math.abs(x);
  return (
    (x < 0 ? 1 : 0) + (a < 10 ? 1 : a < 100 ? 2 : a < 1000 ? 3 : a < 10000 ? 4 : a < 100000 ? 5 : String(a).length)
  );
}

/**
 * A column in its shortest form, each exact: running differences for integers that count up (ids),
 * indexes into the distinct values when there are few (statuses, names, versions), else as is.
 */
function encodeColumn(values: unknown[]): PackedColumn {
  const n = values.length;
  let primitive = true,
    integers = true;
  for (const v of values) {
    if (v !== null && typeof v === 'object') primitive = false;
    if (!Number.isSafeInteger(v) || Object.is(v, -0)) integers = false;
  }
  let dict: { dict: unknown[]; idx: number[] } | null = null;
  let dictLength = Infinity;
  if (primitive) {
    const index = new Map<unknown, number>();
    const idx = new Array<number>(n);
    dictLength = 0;
    for (let i = 0; i < n; i++) {
      let k = index.get(values[i]);
      if (k === undefined) index.set(values[i], (k = index.size));
      idx[i] = k;
      dictLength += digits(k);
    }
    if (index.size * 2 <= n) dict = { dict: [...index.keys()], idx };
  }
  if (integers) {
    const xs = values as number[];
    const delta = new Array<number>(n);
    let deltaLength = 0;
    for (let i = 0; i < n; i++) deltaLength += digits((delta[i] = i === 0 ? xs[0] : xs[i] - xs[i - 1]));
    if (!dict || deltaLength < dictLength) return { delta };
  }
  return dict ?? { raw: values };
}

function decodeColumn(c: PackedColumn, count: number): unknown[] {
  let out: unknown[];
  if ('raw' in c) out = c.raw;
  else if ('dict' in c) out = c.idx.map((i) => c.dict[i]);
  else {
    const xs = new Array<number>(c.delta.length);
    let run = 0;
    for (let i = 0; i < xs.length; i++) xs[i] = run += c.delta[i];
    out = xs;
  }
  if (out.length !== count) throw new Error(`packed column has ${out.length} values for ${count} features`);
  return out;
}

const sameVertex = (a: Position, b: Position) =>
  a.length === 2 && b.length === 2 && Object.is(a[0], b[0]) && Object.is(a[1], b[1]);

/** Packs polygon features whose properties all have the same keys. Throws on anything else. */
export function encodePolygons<P extends object>(fc: FeatureCollection<Polygon, P>): PackedPolygons {
  const features = fc.features;
  const keys = features.length ? Object.keys(features[0].properties) : [];
  const flat: number[] = [];
  const rings: number[] = [];
  const sizes: number[] = [];
  for (const f of features) {
    if (f.geometry?.type !== 'Polygon')
      throw new Error(`feature ${String(f.id)}: only Polygon geometries can be packed`);
    let same = Object.keys(f.properties).length === keys.length;
    for (let i = 0; same && i < keys.length; i++) same = keys[i] in f.properties;
    if (!same) throw new Error(`feature ${String(f.id)}: its properties differ from the first feature's`);
    rings.push(f.geometry.coordinates.length);
    for (const ring of f.geometry.coordinates) {
      const closed = ring.length > 1 && sameVertex(ring[0], ring[ring.length - 1]);
      const kept = closed ? ring.length - 1 : ring.length;
      sizes.push(closed ? kept : -kept);
      for (let i = 0; i < kept; i++) {
        if (ring[i].length !== 2) throw new Error(`feature ${String(f.id)}: only 2-D positions can be packed`);
        flat.push(ring[i][0], ring[i][1]);
      }
    }
  }
  const scale = SCALES.find((s) => exactAt(flat, s)) ?? 0;
  let coords = flat;
  if (scale) {
    coords = new Array<number>(flat.length);
    let px = 0,
      py = 0;
    for (let i = 0; i < flat.length; i += 2) {
      const x = Math.round(flat[i] * scale),
        y = Math.round(flat[i + 1] * scale);
      coords[i] = x - px;
      coords[i + 1] = y - py;
      px = x;
      py = y;
    }
  }
  const props: Record<string, PackedColumn> = {};
  for (const k of keys) {
    const column = new Array<unknown>(features.length);
    for (let i = 0; i < features.length; i++) column[i] = (features[i].properties as Record<string, unknown>)[k];
    props[k] = encodeColumn(column);
  }
  return {
    format: PACKED_FORMAT,
    count: features.length,
    ids: encodeColumn(features.map((f) => f.id ?? null)),
    scale,
    rings,
    sizes,
    coords,
    props,
  };
}

/** The FeatureCollection that was packed, exactly. Throws if the packed form is inconsistent. */
export function decodePolygons<P>(p: PackedPolygons): FeatureCollection<Polygon, P> {
  if (p.format !== PACKED_FORMAT) throw new Error(`unknown packed format ${String(p.format)}`);
  const n = p.count;
  const ids = decodeColumn(p.ids, n);
  const keys = Object.keys(p.props);
  const columns = keys.map((k) => decodeColumn(p.props[k], n));
  const template: Record<string, unknown> = {};
  for (const k of keys) template[k] = null;
  const features: PolygonFeature<P>[] = new Array(n);
  let ring = 0,
    at = 0,
    x = 0,
    y = 0;
  const s = p.scale;
  for (let f = 0; f < n; f++) {
    const coordinates: Position[][] = [];
    for (let r = 0; r < p.rings[f]; r++) {
      const size = p.sizes[ring++];
      const kept = Math.abs(size);
      const out: Position[] = new Array(size > 0 ? kept + 1 : kept);
      for (let i = 0; i < kept; i++, at += 2) {
        if (s) {
          x += p.coords[at];
          y += p.coords[at + 1];
          out[i] = [x / s, y / s];
        } else out[i] = [p.coords[at], p.coords[at + 1]];
      }
      if (size > 0) out[kept] = [out[0][0], out[0][1]];
      coordinates.push(out);
    }
    // Copies of one template share its hidden class: 20,000 objects built key by key from an
    // empty literal took twice as long.
    const properties: Record<string, unknown> = { ...template };
    for (let c = 0; c < columns.length; c++) properties[keys[c]] = columns[c][f];
    const id = ids[f] as string | number | null;
    const geometry: Polygon = { type: 'Polygon', coordinates };
    features[f] =
      id === null
        ? { type: 'Feature', geometry, properties: properties as P }
        : { type: 'Feature', id, geometry, properties: properties as P };
  }
  if (at !== p.coords.length || ring !== p.sizes.length)
    throw new Error('packed coordinates do not match the ring sizes');
  return { type: 'FeatureCollection', features };
}
