/** Where a label sits relative to its anchor point. */
export type Side = 'right' | 'left' | 'below' | 'above';
export const SIDES: readonly Side[] = ['right', 'left', 'below', 'above'];

export interface LabelBox {
  id: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Width of the name line alone (the short form of the label). */
  nameW?: number;
  /** Larger first: big parks keep their preferred side. */
  priority: number;
}

/** dy: vertical shift in px of a label that had to move off its anchor's line. */
export interface Placed {
  id: number;
  side: Side;
  full: boolean;
  dy: number;
  hidden?: boolean;
}

const GAP = 20; // the pie's radius plus a little air

function rect(b: LabelBox, side: Side, h = b.h, dy = 0) {
  const r = rect0(h === b.h ? b : { ...b, w: b.nameW ?? b.w }, side, h);
  return { x0: r.x0, y0: r.y0 + dy, x1: r.x1, y1: r.y1 + dy };
}

function rect0(b: LabelBox, side: Side, h: number) {
  switch (side) {
    case 'right':
      return { x0: b.x + GAP, y0: b.y - h / 2, x1: b.x + GAP + b.w, y1: b.y + h / 2 };
    case 'left':
      return { x0: b.x - GAP - b.w, y0: b.y - h / 2, x1: b.x - GAP, y1: b.y + h / 2 };
    case 'below':
      return { x0: b.x - b.w / 2, y0: b.y + GAP, x1: b.x + b.w / 2, y1: b.y + GAP + h };
    default:
      return { x0: b.x - b.w / 2, y0: b.y - GAP - h, x1: b.x + b.w / 2, y1: b.y - GAP };
  }
}
type R = ReturnType<typeof rect0>;
const SHIFTS = [-24, 24, -48, 48];
const hit = (a: R, b: R) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement in screen pixels: each label (largest park first) takes the first side
 * where it overlaps no earlier label, no other park's pie and stays inside the view; failing
 * that, the first such side for its name line alone, or slid up or down; failing that, no label. Not optimal, but
 * eleven parks — or a hundred — place in microseconds.
 */
export function placeLabels(boxes: LabelBox[], nameHeight: number, view?: { w: number; h: number }): Placed[] {
  const anchors: R[] = boxes.map((b) => ({ x0: b.x - 16, y0: b.y - 16, x1: b.x + 16, y1: b.y + 16 }));
  const taken: R[] = [];
  const out: Placed[] = [];
  const inView = (r: R) => !view || (r.x0 >= 0 && r.y0 >= 0 && r.x1 <= view.w && r.y1 <= view.h);
  for (const b of [...boxes].sort((a, c) => c.priority - a.priority)) {
    const own = anchors[boxes.indexOf(b)];
    const free = (r: R) => inView(r) && !taken.some((t) => hit(t, r)) && !anchors.some((a) => a !== own && hit(a, r));
    let full = true;
    let dy = 0;
    let side = SIDES.find((s) => free(rect(b, s)));
    if (!side) {
      full = false;
      side = SIDES.find((s) => free(rect(b, s, nameHeight)));
    }
    // Still crowded: slide the name up or down beside the pie.
    for (const d of side ? [] : SHIFTS) {
      side = (['right', 'left'] as const).find((s) => free(rect(b, s, nameHeight, d)));
      if (side) {
        dy = d;
        break;
      }
    }
    if (!side) {
      // Nowhere free: no label rather than labels on top of each other (the pie stays, and the
      // name is in its hover title and in the list beside the map).
      out.push({ id: b.id, side: 'right', full: false, dy: 0, hidden: true });
      continue;
    }
    taken.push(rect(b, side, full ? b.h : nameHeight, dy));
    out.push({ id: b.id, side, full, dy });
  }
  return out;
}

/** Rough text width in px: CJK glyphs are square, Latin about 0.55 em. */
export function textWidth(s: string, fontPx: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\uFFFF]/.test(ch) ? fontPx : fontPx * 0.56;
  return Math.ceil(w);
}
