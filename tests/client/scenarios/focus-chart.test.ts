import { describe, expect, it } from 'vitest';
import { focusChartOption, focusCosts } from '@/features/scenarios/model/focus-chart';
import type { FocusPoint } from '@shared/scenarios/focus';

const pt = (theta: number, objective: number | null, placed: number | null): FocusPoint => ({
  theta,
  status: objective === null ? 'unverified' : 'verified',
  objective,
  bound: objective === null ? null : objective + 100,
  projectsPlaced: placed,
  focusShare: objective === null ? null : theta,
  shortfallProjectIds: [],
  elapsedMs: 1,
});
const labels = {
  value: 'V',
  bound: 'B',
  placed: 'P',
  theta: 'θ',
  unitWan: '万元',
  unitYi: '亿元',
  projects: '个',
};

describe('price-of-focus chart', () => {
  it('when values reach 1 亿元, then the axis is in 亿元 and an unverified point is a gap, not a zero', () => {
    const o = focusChartOption([pt(0.5, 52_549, 12), pt(0.7, null, null), pt(0.95, 37_902, 9)], labels);
    const series = o.series as Array<{ name: string; data: (number | null)[] }>;
    expect((o.yAxis as Array<{ name: string }>)[0].name).toBe('亿元');
    expect((o.xAxis as { data: string[] }).data).toEqual(['50%', '70%', '95%']);
    expect(series.find((s) => s.name === 'V')!.data).toEqual([5.25, null, 3.79]);
    expect(series.find((s) => s.name === 'P')!.data).toEqual([12, null, 9]);
    expect(focusChartOption([pt(0.5, 2193, 4)], labels).yAxis).toMatchObject([{ name: '万元' }, {}]);
  });

  it('when costs are read, then each θ costs its value below the loosest verified point', () => {
    expect(focusCosts([pt(0.5, null, null), pt(0.6, 1000, 3), pt(0.9, 700, 2)])).toEqual([null, 0, 300]);
  });
});
