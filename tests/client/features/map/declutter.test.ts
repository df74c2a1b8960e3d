import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth } from '../../../../client/src/features/map/model/declutter';

describe('park label placement', () => {
  it('when labels are far apart, then each keeps its preferred side in full', () => {
    const out = placeLabels([
      { id: 1, x: 100, y: 100, w: 150, h: 38, priority: 2 },
      { id: 2, x: 100, y: 400, w: 150, h: 38, priority: 1 },
    ], 22);
    expect(out).toEqual([{ id: 1, side: 'right', full: true, dy: 0 }, { id: 2, side: 'right', full: true, dy: 0 }]);
  });

  it('when two parks sit side by side, then the smaller label moves to a free side instead of covering the larger', () => {
    const out = placeLabels([
      { id: 1, x: 100, y: 100, w: 150, h: 38, priority: 1 },
      { id: 2, x: 140, y: 105, w: 150, h: 38, priority: 5 },
    ], 22);
    const a = out.find((o) => o.id === 2)!;
    const b = out.find((o) => o.id === 1)!;
    expect(a).toEqual({ id: 2, side: 'right', full: true, dy: 0 });
    expect(b.side).not.toBe('right');
    expect(b.full).toBe(true);
  });

  it('when a label cannot fit anywhere, then it shrinks to its name', () => {
    const boxes = [0, 1, 2, 3, 4].map((i) => ({ id: i, x: 200 + i * 3, y: 200 + i * 3, w: 200, h: 38, priority: 10 - i }));
    const out = placeLabels(boxes, 22);
    expect(out.filter((o) => !o.full).length).toBeGreaterThan(0);
    expect(out.find((o) => o.id === 0)!.full).toBe(true);
  });

  it('estimates CJK glyphs as square and Latin as narrower', () => {
    expect(textWidth('园区', 12)).toBe(24);
    expect(textWidth('ab', 10)).toBe(12);
  });
});
