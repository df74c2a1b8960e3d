import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth } from '@/features/map/model/declutter';

describe('park label placement', () => {
  it('when labels are far apart, then each keeps its preferred side in full', () => {
    const out = placeLabels(
      [
        { id: 1, x: 100, y: 100, w: 150, h: 38, priority: 2 },
        { id: 2, x: 100, y: 400, w: 150, h: 38, priority: 1 },
      ],
      22,
    );
    expect(out).toEqual([
      { id: 1, side: 'right', full: true, dy: 0 },
      { id: 2, side: 'right', full: true, dy: 0 },
    ]);
  });

  it(
    'when two parks sit side by side, then the smaller label moves to a ' + 'free side instead of covering the larger',
    () => {
      const out = placeLabels(
        [
          { id: 1, x: 100, y: 100, w: 150, h: 38, priority: 1 },
          { id: 2, x: 140, y: 105, w: 150, h: 38, priority: 5 },
        ],
        22,
      );
      const a = out.find((o) => o.id === 2)!;
      const b = out.find((o) => o.id === 1)!;
      expect(a).toEqual({ id: 2, side: 'right', full: true, dy: 0 });
      expect(b.side).not.toBe('right');
      expect(b.full).toBe(true);
    },
  );

  it(
    'when labels crowd, then the largest keeps its full label, later ones ' +
      'shrink to their name, the last are left out',
    () => {
      const boxes = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => ({
        id: i,
        x: 400 + (i % 4) * 34,
        y: 300 + Math.floor(i / 4) * 34,
        w: 200,
        h: 38,
        priority: 10 - i,
      }));
      const out = placeLabels(boxes, 22, { w: 1000, h: 600 });
      expect(out.find((o) => o.id === 0)!.full).toBe(true);
      expect(out.find((o) => o.id === 0)!.hidden).toBeFalsy();
      expect(out.some((o) => !o.full && !o.hidden)).toBe(true);
      expect(out.some((o) => o.hidden)).toBe(true);
    },
  );

  it('when a label would leave the view, then it goes to a side that stays inside', () => {
    const [p] = placeLabels([{ id: 1, x: 780, y: 300, w: 150, h: 38, priority: 1 }], 22, { w: 800, h: 600 });
    expect(p.side).toBe('left');
  });

  it('estimates CJK glyphs as square and Latin as narrower', () => {
    expect(textWidth('园区', 12)).toBe(24);
    expect(textWidth('ab', 10)).toBe(12);
  });
});
