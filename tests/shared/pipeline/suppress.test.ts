import { describe, expect, it } from 'vitest';
import { pipelineFunnel, suppressCells, suppressFunnel } from '../../../shared/pipeline';

const P = (stage: 'lead' | 'negotiating' | 'signed' | 'landed' | 'dropped', j: number, wan: number, chain = 1) => ({
  stage,
  jurisdictionId: j,
  investmentWan: wan,
  chainId: chain,
});

describe('small-cell suppression for viewers', () => {
  it(
    'withholds cells of one or two projects (counts stay), and every cell ' +
      'subtraction would give back; empty cells stay 0',
    () => {
      const f = suppressFunnel(
        pipelineFunnel(
          [P('lead', 2, 100), P('lead', 2, 200), P('lead', 2, 300), P('signed', 3, 5000), P('lead', 3, 10)],
          [],
          [2, 3],
        ),
      );
      const c2 = f.counties.find((c) => c.jurisdictionId === 2)!;
      expect(c2.byStage.lead.count).toBe(3);
      expect(c2.byStage.landed).toEqual({ count: 0, investmentWan: 0 });
      // County 3's two projects: their cells and total are hidden, and so is the city's signed cell (one project).
      const c3 = f.counties.find((c) => c.jurisdictionId === 3)!;
      expect(c3.byStage.signed).toEqual({ count: 1, investmentWan: null });
      expect(c3.total).toEqual({ count: 2, investmentWan: null });
      expect(f.byStage.signed.investmentWan).toBeNull();
      // The city's lead cell (4 projects) would give county 3's lead by subtraction from county 2's: hidden too.
      expect([f.byStage.lead.investmentWan, c2.byStage.lead.investmentWan, c3.byStage.lead.investmentWan]).toContain(
        null,
      );
      expect(
        [f.byStage.lead, c2.byStage.lead, c3.byStage.lead].filter((x) => x.investmentWan === null).length,
      ).not.toBe(1);
    },
  );

  it('never leaves a hidden cell that subtraction gives back: total − shown parts', () => {
    const f = suppressFunnel(
      pipelineFunnel(
        [
          ...[1, 2, 3].map((i) => P('lead', 2, 100 * i)),
          ...[1, 2, 3].map((i) => P('negotiating', 2, 10 * i)),
          P('signed', 2, 7777),
        ],
        [],
        [2],
      ),
    );
    const c = f.counties[0];
    expect(c.byStage.signed.investmentWan).toBeNull();
    // Total 7,777 + 600 + 60 shown with lead and negotiating would give signed: one more must go.
    const shown = [c.total, c.byStage.lead, c.byStage.negotiating].filter((x) => x.investmentWan !== null);
    expect(shown.length).toBeLessThan(3);
    const live = [c.live, c.byStage.lead, c.byStage.negotiating].filter((x) => x.investmentWan !== null);
    expect(live.length).toBeLessThan(3);
  });

  it('hides a park share that, with the county total, would give a small group away', () => {
    const projects = [P('lead', 2, 100, 1), P('lead', 2, 200, 1), P('lead', 2, 300, 1), P('lead', 2, 9000, 2)];
    const f = suppressFunnel(pipelineFunnel(projects, [{ id: 10, jurisdictionId: 2, dominantChainIds: [1] }], [2]));
    expect(f.parks[0].share).toBeNull();
    expect(f.parks[0].dominant.investmentWan).toBeNull();
  });

  it('relations: exactly one hidden member hides the smallest other, repeated to a fixed point', () => {
    const a = { count: 1, investmentWan: 5 };
    const b = { count: 4, investmentWan: 50 };
    const c = { count: 9, investmentWan: 500 };
    const total = { count: 14, investmentWan: 555 };
    suppressCells([a, b, c, total], [[total, a, b, c]]);
    expect([a.investmentWan, b.investmentWan, c.investmentWan, total.investmentWan]).toEqual([null, null, 500, 555]);
  });
});

describe('a funnel where every cell has three or more projects', () => {
  it('is unchanged', () => {
    const ps = [2, 3].flatMap((j) => [1, 2, 3].map((i) => P('lead', j, i * 100)));
    const f = pipelineFunnel(ps, [], [2, 3]);
    expect(suppressFunnel(f)).toEqual(f);
  });
});
