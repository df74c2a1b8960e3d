import { describe, expect, it } from 'vitest';
import { polygonAreaM2, polygonAreaMu, ringAreaM2, bbox, centroid, localFrame } from '../../../shared/geo';
import type { GeoPolygon } from '../../../shared/types/common';

// WGS84 (NIMA TR8350.2 table 3.1): a = 6,378,137 m, 1/f = 298.257223563.
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const rad = (d: number) => (d * Math.PI) / 180;
/** Area of the ellipsoid between the equator and latitude φ per radian of longitude (Snyder 1987, eq. 3-12 q/2). */
const zone = (phi: number) => {
  const s = Math.sin(rad(phi));
  return ((A * A * (1 - E2)) / 2) * (s / (1 - E2 * s * s) + (1 / (2 * E)) * Math.log((1 + E * s) / (1 - E * s)));
};
const rect = (x0: number, y0: number, x1: number, y1: number): GeoPolygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

describe('polygonAreaM2 (geodesic, WGS84 ellipsoid)', () => {
  it('when the polygon is a lon/lat rectangle, then the area is the ellipsoid zone area within 0.01%', () => {
    // Zone between two parallels on the ellipsoid; the rectangle's geodesic edges bow off the
    // parallels by ~1 cm over 900 m, far below the 0.01% tolerance.
    const expected = rad(0.01) * (zone(34.41) - zone(34.4));
    const got = polygonAreaM2(rect(115.6, 34.4, 115.61, 34.41));
    expect(Math.abs(got - expected) / expected).toBeLessThan(1e-4);
    // The sphere of radius a (the old formula) overstates it by ~0.3%: the test would catch a return to it.
    const sphere = A * A * rad(0.01) * (Math.sin(rad(34.41)) - Math.sin(rad(34.4)));
    expect((sphere - got) / got).toBeGreaterThan(0.002);
    // ≈ 1,016,9xx m²: about 917 m east × 1,113 m north at 34.4°N.
    expect(expected).toBeGreaterThan(1.01e6);
    expect(expected).toBeLessThan(1.03e6);
  });

  it('when the ring is clockwise or open, then the area is the same', () => {
    const ccw = rect(115.6, 34.4, 115.61, 34.41);
    const cw: GeoPolygon = { type: 'Polygon', coordinates: [[...ccw.coordinates[0]].reverse()] };
    const open = ccw.coordinates[0].slice(0, 4);
    expect(polygonAreaM2(cw)).toBeCloseTo(polygonAreaM2(ccw), 6);
    expect(Math.abs(ringAreaM2(open))).toBeCloseTo(polygonAreaM2(ccw), 6);
    expect(ringAreaM2(ccw.coordinates[0])).toBeGreaterThan(0);
  });

  it('when a polygon has a hole, then the hole area is subtracted', () => {
    const outer = rect(115.6, 34.4, 115.61, 34.41).coordinates[0];
    const hole = rect(115.602, 34.402, 115.604, 34.404).coordinates[0];
    const withHole: GeoPolygon = { type: 'Polygon', coordinates: [outer, hole] };
    const expected =
      polygonAreaM2(rect(115.6, 34.4, 115.61, 34.41)) - polygonAreaM2(rect(115.602, 34.402, 115.604, 34.404));
    expect(polygonAreaM2(withHole)).toBeCloseTo(expected, 4);
  });

  it('when a 200 m × 100 m square is laid out in metres, then it is 20,000 m² = 30 亩', () => {
    const f = localFrame(115.6, 34.4);
    const p = f.polygon(
      [
        [0, 0],
        [200, 0],
        [200, 100],
        [0, 100],
      ],
      9,
    );
    // Equirectangular frame vs ellipsoid: agree to better than 0.1% at this size.
    expect(polygonAreaM2(p)).toBeGreaterThan(19_980);
    expect(polygonAreaM2(p)).toBeLessThan(20_020);
    expect(polygonAreaMu(p)).toBeCloseTo(30, 1); // 20000 / (10000/15) = 30
  });
});

describe('bbox and centroid', () => {
  it('when given an L-shape, then the centroid is area-weighted, not the vertex mean', () => {
    // L made of a 2×1 bar plus a 1×1 square on its left: areas 2 and 1.
    const l: GeoPolygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [1, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(bbox(l)).toEqual([0, 0, 2, 2]);
    // x̄ = (2·1 + 1·0.5)/3 = 0.8333; ȳ = (2·0.5 + 1·1.5)/3 = 0.8333
    const [cx, cy] = centroid(l);
    expect(cx).toBeCloseTo(5 / 6, 9);
    expect(cy).toBeCloseTo(5 / 6, 9);
  });
});
