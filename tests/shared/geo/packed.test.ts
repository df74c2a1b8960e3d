import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { decodePolygons, encodePolygons, type PackedPolygons } from '../../../shared/geo';

/** What the wire does to both forms: the packed one must give back what GeoJSON would have. */
const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const roundTrip = <P extends object>(c: FeatureCollection<Polygon, P>) => decodePolygons<P>(viaJson(encodePolygons(c)));

interface Props {
  code: string;
  status: string;
  areaMu: number;
  occupant: string | null;
  dominant: boolean | null;
  version: number;
}

/** A park laid out like the real ones: square plots on a grid, coordinates rounded to 7 decimals. */
function park(n: number): FeatureCollection<Polygon, Props> {
  const statuses = ['vacant', 'reserved', 'under_construction', 'occupied', 'unavailable'];
  const features: Feature<Polygon, Props>[] = [];
  for (let i = 0; i < n; i++) {
    const x = 117.1234567 + (i % 50) * 0.001,
      y = 34.7654321 + Math.floor(i / 50) * 0.001,
      d = 0.0009;
    const ring = [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ].map(([a, b]) => [+a.toFixed(7), +b.toFixed(7)]);
    features.push({
      type: 'Feature',
      id: 1000 + i,
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: {
        code: `P-${i + 1}`,
        status: statuses[i % 5],
        areaMu: Math.round(1215 + (i % 7)) / 100,
        occupant: i % 3 ? `企业${i % 40}` : null,
        dominant: i % 3 ? i % 2 === 0 : null,
        version: 1 + (i % 4),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

const coordinate = fc.oneof(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.integer({ min: -1_800_000_000, max: 1_800_000_000 }).map((v) => v / 1e7),
  fc.integer({ min: -180_000, max: 180_000 }).map((v) => v / 1e3),
);
const ring = fc
  .array(fc.tuple(coordinate, coordinate), { minLength: 3, maxLength: 8 })
  .chain((pts) => fc.boolean().map((closed) => (closed ? [...pts, pts[0]] : pts).map(([a, b]) => [a, b])));
const value = fc.oneof(
  fc.constantFrom('vacant', 'occupied', '甲企业', null, true, false),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
);
const collection = fc
  .array(
    fc.tuple(
      fc.option(fc.oneof(fc.integer(), fc.string()), { nil: undefined }),
      fc.array(ring, { minLength: 1, maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .chain((fs) =>
    fc.array(value, { minLength: fs.length * 3, maxLength: fs.length * 3 }).map((vals) => ({
      type: 'FeatureCollection' as const,
      features: fs.map(([id, rings], i) => ({
        type: 'Feature' as const,
        ...(id === undefined ? {} : { id }),
        geometry: { type: 'Polygon' as const, coordinates: rings },
        properties: { a: vals[3 * i], b: vals[3 * i + 1], c: vals[3 * i + 2] },
      })),
    })),
  );

describe('packed polygons', () => {
  it(
    'when any collection of polygons is packed and sent as JSON, then it ' +
      'unpacks to exactly what its GeoJSON gives',
    () => {
      fc.assert(
        fc.property(collection, (c) => {
          expect(roundTrip(c)).toEqual(viaJson(c));
        }),
        { numRuns: 300, seed: 20261127 },
      ); // seeded like the other property tests: a CI run must be repeatable
    },
  );

  it(
    'when a park has 7-decimal coordinates, then they travel as short ' +
      'integer steps and the text is under a fifth of the GeoJSON',
    () => {
      const c = park(2000);
      const packed = encodePolygons(c);
      expect(packed.scale).toBe(1e7);
      expect(Math.max(...packed.coords.slice(2).map(Math.abs))).toBeLessThan(500_000);
      expect(roundTrip(c)).toEqual(viaJson(c));
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(c).length / 5);
    },
  );

  it('when properties repeat or count up, then they are coded as distinct values or as steps', () => {
    const p = encodePolygons(park(200));
    expect(p.props.status).toEqual({
      dict: ['vacant', 'reserved', 'under_construction', 'occupied', 'unavailable'],
      idx: expect.any(Array),
    });
    expect('dict' in p.props.occupant).toBe(true);
    expect(p.ids).toEqual({ delta: [1000, ...new Array(199).fill(1)] });
    expect('raw' in p.props.code).toBe(true);
  });

  it('when a coordinate has no exact decimal form at any scale, then coordinates travel as plain numbers', () => {
    const c: FeatureCollection<Polygon, { k: number }> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0.1 + 0.2, 1],
                [2, 1],
                [2, 2],
                [0.1 + 0.2, 1],
              ],
            ],
          },
          properties: { k: 1 },
        },
      ],
    };
    const p = encodePolygons(c);
    expect(p.scale).toBe(0);
    expect(roundTrip(c).features[0].geometry.coordinates[0][0][0]).toBe(0.1 + 0.2);
  });

  it('when a geometry is not a Polygon or the properties differ, then packing refuses', () => {
    const sq = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    const bad = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 7, geometry: { type: 'Point', coordinates: [1, 1] }, properties: {} }],
    };
    expect(() => encodePolygons(bad as never)).toThrow(/feature 7: only Polygon/);
    const uneven: FeatureCollection<Polygon, Record<string, number>> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 1, geometry: { type: 'Polygon', coordinates: [sq] }, properties: { a: 1 } },
        { type: 'Feature', id: 2, geometry: { type: 'Polygon', coordinates: [sq] }, properties: { b: 1 } },
      ],
    };
    expect(() => encodePolygons(uneven)).toThrow(/feature 2: its properties differ/);
  });

  it('when the packed form is damaged, then unpacking says so instead of inventing shapes', () => {
    const p = encodePolygons(park(3));
    expect(() => decodePolygons({ ...p, coords: p.coords.slice(2) } as PackedPolygons)).toThrow(/do not match/);
    expect(() => decodePolygons({ ...p, props: { ...p.props, code: { raw: ['x'] } } })).toThrow(
      /1 values for 3 features/,
    );
    expect(() => decodePolygons({ ...p, format: 'other' } as unknown as PackedPolygons)).toThrow(
      /unknown packed format/,
    );
  });
});
