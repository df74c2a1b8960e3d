import { describe, expect, it } from 'vitest';
import { validatePolygon, asPolygon } from '../../../shared/geo';

const sq = [
  [115.6, 34.4],
  [115.61, 34.4],
  [115.61, 34.41],
  [115.6, 34.41],
  [115.6, 34.4],
];
const code = (g: unknown) => validatePolygon(g)?.code ?? null;

describe('validatePolygon', () => {
  it('when the polygon is a clean square, then it is valid', () => {
    expect(validatePolygon({ type: 'Polygon', coordinates: [sq] })).toBeNull();
  });
  it('when the geometry is a Point, LineString or missing, then not_polygon', () => {
    expect(code({ type: 'Point', coordinates: [115.6, 34.4] })).toBe('not_polygon');
    expect(code({ type: 'LineString', coordinates: sq })).toBe('not_polygon');
    expect(code(null)).toBe('not_polygon');
    expect(code(undefined)).toBe('not_polygon');
    expect(code({ type: 'Polygon' })).toBe('not_polygon');
  });
  it('when a MultiPolygon has one part, then it is accepted; with two parts, rejected', () => {
    expect(code({ type: 'MultiPolygon', coordinates: [[sq]] })).toBeNull();
    expect(asPolygon({ type: 'MultiPolygon', coordinates: [[sq]] })?.coordinates[0]).toEqual(sq);
    expect(code({ type: 'MultiPolygon', coordinates: [[sq], [sq]] })).toBe('multipolygon_parts');
  });
  it('when the ring is open, then ring_not_closed', () => {
    expect(code({ type: 'Polygon', coordinates: [sq.slice(0, 4)] })).toBe('ring_not_closed');
  });
  it('when the ring has fewer than 4 positions, then too_few_positions', () => {
    expect(
      code({
        type: 'Polygon',
        coordinates: [
          [
            [115.6, 34.4],
            [115.61, 34.4],
            [115.6, 34.4],
          ],
        ],
      }),
    ).toBe('too_few_positions');
    expect(code({ type: 'Polygon', coordinates: [] })).toBe('too_few_positions');
  });
  it('when coordinates are non-finite, swapped out of range or strings, then bad_coordinate', () => {
    expect(code({ type: 'Polygon', coordinates: [[[NaN, 34.4], ...sq.slice(1)]] })).toBe('bad_coordinate');
    expect(
      code({
        type: 'Polygon',
        coordinates: [
          [
            [200, 34.4],
            [201, 34.4],
            [201, 35],
            [200, 34.4],
          ],
        ],
      }),
    ).toBe('bad_coordinate');
    expect(
      code({
        type: 'Polygon',
        coordinates: [
          [
            [34.4, 115.6],
            [34.5, 115.6],
            [34.5, 115.7],
            [34.4, 115.6],
          ],
        ],
      }),
    ).toBe('bad_coordinate');
    expect(code({ type: 'Polygon', coordinates: [[['115.6', 34.4], ...sq.slice(1)]] })).toBe('bad_coordinate');
  });
  it('when all points are collinear, then zero_area', () => {
    expect(
      code({
        type: 'Polygon',
        coordinates: [
          [
            [115.6, 34.4],
            [115.61, 34.4],
            [115.62, 34.4],
            [115.6, 34.4],
          ],
        ],
      }),
    ).toBe('zero_area');
  });
  it('when the ring is a bow-tie, then self_intersection', () => {
    const bow = [
      [115.6, 34.4],
      [115.61, 34.41],
      [115.61, 34.4],
      [115.6, 34.41],
      [115.6, 34.4],
    ];
    expect(code({ type: 'Polygon', coordinates: [bow] })).toBe('self_intersection');
  });
  it('when a ring touches itself at a vertex or spikes back, then self_intersection', () => {
    // figure-8 through a shared vertex (115.605, 34.405)
    const eight = [
      [115.6, 34.4],
      [115.605, 34.405],
      [115.61, 34.4],
      [115.61, 34.41],
      [115.605, 34.405],
      [115.6, 34.41],
      [115.6, 34.4],
    ];
    expect(code({ type: 'Polygon', coordinates: [eight] })).toBe('self_intersection');
    const spike = [
      [115.6, 34.4],
      [115.61, 34.4],
      [115.62, 34.4],
      [115.61, 34.4],
      [115.61, 34.41],
      [115.6, 34.41],
      [115.6, 34.4],
    ];
    expect(code({ type: 'Polygon', coordinates: [spike] })).toBe('self_intersection');
  });
  it('when consecutive points repeat, then it is tolerated', () => {
    const dup = [sq[0], sq[1], sq[1], sq[2], sq[3], sq[3], sq[4]];
    expect(code({ type: 'Polygon', coordinates: [dup] })).toBeNull();
  });
  it('when a hole is inside, then valid; outside or crossing the shell, then rejected', () => {
    const inside = [
      [115.602, 34.402],
      [115.602, 34.404],
      [115.604, 34.404],
      [115.604, 34.402],
      [115.602, 34.402],
    ];
    const outside = [
      [115.7, 34.7],
      [115.7, 34.71],
      [115.71, 34.71],
      [115.7, 34.7],
    ];
    const crossing = [
      [115.605, 34.405],
      [115.605, 34.42],
      [115.607, 34.42],
      [115.607, 34.405],
      [115.605, 34.405],
    ];
    expect(code({ type: 'Polygon', coordinates: [sq, inside] })).toBeNull();
    expect(code({ type: 'Polygon', coordinates: [sq, outside] })).toBe('hole_outside_shell');
    expect(code({ type: 'Polygon', coordinates: [sq, crossing] })).toBe('hole_crosses_shell');
    expect(code({ type: 'Polygon', coordinates: [sq, inside, inside] })).toBe('holes_cross');
  });
});
