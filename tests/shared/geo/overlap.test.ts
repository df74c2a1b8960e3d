import { describe, expect, it } from 'vitest';
import { findOverlaps, isInside, overlapAreaM2, polygonAreaM2, localFrame } from '../../../shared/geo';
import type { GeoPolygon } from '../../../shared/types/common';

const f = localFrame(115.6, 34.4);
const box = (x0: number, y0: number, x1: number, y1: number): GeoPolygon =>
  f.polygon(
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ],
    9,
  );

describe('overlapAreaM2', () => {
  it('when two 100 m squares overlap by a 50 × 100 m strip, then about 5,000 m²', () => {
    const a = box(0, 0, 100, 100);
    const b = box(50, 0, 150, 100);
    expect(overlapAreaM2(a, b)).toBeGreaterThan(4_995);
    expect(overlapAreaM2(a, b)).toBeLessThan(5_005);
    expect(overlapAreaM2(a, b)).toBeCloseTo(polygonAreaM2(a) / 2, 1);
  });
  it('when squares only share an edge or are apart, then 0', () => {
    expect(overlapAreaM2(box(0, 0, 100, 100), box(100, 0, 200, 100))).toBeLessThan(1e-6);
    expect(overlapAreaM2(box(0, 0, 100, 100), box(300, 0, 400, 100))).toBe(0);
  });
});

describe('overlapAreaM2 with concave shapes and tilted neighbours', () => {
  it('when a square sits in the notch of an L, then 0; when it pokes into the L, then its overlap', () => {
    const l = f.polygon(
      [
        [0, 0],
        [200, 0],
        [200, 100],
        [100, 100],
        [100, 200],
        [0, 200],
      ],
      9,
    );
    expect(overlapAreaM2(l, box(120, 120, 180, 180))).toBe(0);
    // box 80..140 × 120..180: the part with x < 100 (20 × 60 = 1,200 m²) is inside the L's upright.
    expect(overlapAreaM2(l, box(80, 120, 140, 180))).toBeCloseTo(1200, -1);
  });
  it('when two tilted strips have overlapping boxes but a 3 m gap, then 0', () => {
    const a = f.polygon(
      [
        [0, 0],
        [100, 20],
        [90, 70],
        [-10, 50],
      ],
      9,
    );
    const b = f.polygon(
      [
        [103, 20.6],
        [203, 40.6],
        [193, 90.6],
        [93, 70.6],
      ],
      9,
    );
    expect(overlapAreaM2(a, b)).toBe(0);
  });
});

describe('isInside', () => {
  it('when the inner square is within, then true; spilling 10 m out, then false unless tolerated', () => {
    const outer = box(0, 0, 1000, 1000);
    expect(isInside(box(10, 10, 200, 200), outer, 0.01)).toBe(true);
    const spill = box(-10, 10, 200, 200); // 10 m × 190 m = 1,900 m² outside
    expect(isInside(spill, outer, 1)).toBe(false);
    expect(isInside(spill, outer, 2_000)).toBe(true);
  });
});

describe('findOverlaps', () => {
  it('when a grid of 5,000 plots has two planted overlaps, then exactly those are found, quickly', () => {
    const shapes = [];
    let id = 1;
    for (let i = 0; i < 100; i++)
      for (let j = 0; j < 50; j++)
        shapes.push({ id: id++, polygon: box(i * 100, j * 100, i * 100 + 98, j * 100 + 98) });
    shapes.push({ id: 9001, polygon: box(20, 20, 60, 60) }); // inside plot 1: 40×40 = 1,600 m²
    shapes.push({ id: 9002, polygon: box(4_990, 4_990, 5_010, 5_010) }); // the grid's north edge is y = 4,998
    const t0 = performance.now();
    const pairs = findOverlaps(shapes, 1);
    const ms = performance.now() - t0;
    // id = i·50 + j + 1. 9002 meets plots (i=49, j=49) → id 2500 (8 × 8 m) and (i=50, j=49) → id 2550 (10 × 8 m).
    const byB = Object.fromEntries(pairs.map((p) => [`${p.a}-${p.b}`, p.areaM2]));
    expect(Object.keys(byB).sort()).toEqual(['1-9001', '2500-9002', '2550-9002'].sort());
    expect(byB['1-9001']).toBeGreaterThan(1_595);
    expect(byB['1-9001']).toBeLessThan(1_605);
    expect(byB['2500-9002']).toBeCloseTo(64, 0);
    expect(byB['2550-9002']).toBeCloseTo(80, 0);
    expect(ms).toBeLessThan(5_000);
  });
});
