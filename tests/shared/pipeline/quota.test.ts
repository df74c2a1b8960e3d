import { describe, expect, it } from 'vitest';
import { quotaBoard, type QuotaProject } from '../../../shared/pipeline';
import type { LeaderQuota } from '../../../shared/types/jurisdiction';

const q = (
  role: 'head' | 'deputy',
  count: number,
  minInvestmentWan: number,
  dominantOnly: boolean,
  year = 2026,
): LeaderQuota => ({ role, leaderName: role, year, count, minInvestmentWan, dominantOnly });
let id = 0;
const p = (o: Partial<QuotaProject>): QuotaProject => ({
  id: ++id,
  name: `P${id}`,
  investmentWan: 60000,
  stage: 'signed',
  jurisdictionId: 2,
  leaderRole: 'head',
  dominant: true,
  ...o,
});

const city = { id: 1, kind: 'city', quotas: [q('head', 2, 100000, true)] };
const county = {
  id: 2,
  kind: 'county',
  quotas: [
    q('head', 3, 50000, true),
    q('deputy', 1, 10000, false),
    q('deputy', 1, 10000, false),
    q('head', 9, 1, false, 2025),
  ],
};

describe('quotaBoard', () => {
  it(
    'when a county head has two qualifying signed or landed projects of ' +
      'three, then achieved 2, gap 1, and a qualifying lead closes it',
    () => {
      const projects = [
        p({ stage: 'signed' }),
        p({ stage: 'landed', investmentWan: 120000 }),
        p({ stage: 'signed', dominant: false }), // not dominant: does not count for the head
        p({ stage: 'signed', investmentWan: 40000 }), // too small
        p({ stage: 'lead', investmentWan: 55000 }),
        p({ stage: 'dropped', investmentWan: 900000 }),
      ];
      const b = quotaBoard(2026, [city, county], projects);
      const head = b.counties[0].rows.find((r) => r.role === 'head')!;
      expect(head.count).toBe(3);
      expect(head.counted.map((x) => x.investmentWan)).toEqual([120000, 60000]);
      expect([head.signed, head.landed, head.gap]).toEqual([1, 1, 1]);
      expect(head.pipeline.map((x) => x.investmentWan)).toEqual([55000]);
      expect(head.canClose).toBe(true);
      // Only the year asked for: the 2025 quota is not on the board.
      expect(b.counties[0].rows).toHaveLength(3);
      expect(b.counties[0].target).toBe(5);
    },
  );

  it(
    'when two deputies share one qualifying project, then it counts once ' +
      'and the other deputy still has a gap that cannot close',
    () => {
      const b = quotaBoard(2026, [county], [p({ leaderRole: 'deputy', investmentWan: 20000, dominant: false })]);
      const deputies = b.counties[0].rows.filter((r) => r.role === 'deputy');
      expect(deputies.map((r) => r.counted.length)).toEqual([1, 0]);
      expect(deputies.map((r) => r.gap)).toEqual([0, 1]);
      expect(deputies[1].canClose).toBe(false);
      expect(b.countyTotal).toMatchObject({ target: 5, achieved: 1, gap: 4, signed: 1, landed: 0 });
    },
  );

  it(
    'when a large project could fill either a dominant 5亿 quota or a 1亿 ' +
      'one, then it goes to the demanding one first',
    () => {
      const c = { id: 2, kind: 'county', quotas: [q('head', 1, 10000, false), q('head', 1, 50000, true)] };
      const b = quotaBoard(2026, [c], [p({ investmentWan: 80000 }), p({ investmentWan: 20000, dominant: false })]);
      expect(b.counties[0].rows.map((r) => r.counted.map((x) => x.investmentWan))).toEqual([[20000], [80000]]);
    },
  );

  it('when the city head has quotas, then every county project counts whatever its leader role', () => {
    const b = quotaBoard(
      2026,
      [city, county],
      [p({ investmentWan: 150000, leaderRole: 'deputy' }), p({ investmentWan: 100000, stage: 'negotiating' })],
    );
    expect(b.city!.rows[0].counted.map((x) => x.investmentWan)).toEqual([150000]);
    expect(b.city!.rows[0].pipeline.map((x) => x.investmentWan)).toEqual([100000]);
    expect(b.city!.rows[0].canClose).toBe(true);
    expect(b.city!.gap).toBe(1);
  });

  it('when a project moves from negotiating to signed, then the gap falls by one and the pipeline loses it', () => {
    const before = quotaBoard(2026, [county], [p({ id: 500, stage: 'negotiating' })]);
    const after = quotaBoard(2026, [county], [p({ id: 500, stage: 'signed' })]);
    const head = (b: typeof before) => b.counties[0].rows[0];
    expect(head(before).gap - head(after).gap).toBe(1);
    expect(head(before).pipeline.map((x) => x.id)).toEqual([500]);
    expect(head(after).pipeline).toEqual([]);
  });
});
