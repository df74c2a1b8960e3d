import { describe, expect, it } from 'vitest';
import { legendFor } from '@/features/map/model/legend';
import { NO_FILTERS, passes, type PlotFilters } from '@/features/map/model/filters';
import { plotStyle } from '@/features/map/model/style';
import { STATUS_COLOURS, GRADE_COLOURS, INDUSTRY_COLOURS } from '@/features/map/model/colours';
import type { PlotProps } from '@/features/map/model/types';

let n = 0;
const plot = (over: Partial<PlotProps>): PlotProps => ({
  id: ++n,
  code: `P-${n}`,
  status: 'vacant',
  areaMu: 10,
  declaredAreaMu: null,
  landUse: 'M1',
  readiness: 'ready',
  occupant: null,
  occupantId: null,
  projectId: null,
  industry: null,
  industryEn: null,
  industryId: null,
  dominant: null,
  grade: null,
  version: 1,
  ...over,
});

const park: PlotProps[] = [
  plot({ status: 'vacant', areaMu: 30 }),
  plot({ status: 'vacant', areaMu: 12.5 }),
  plot({
    status: 'occupied',
    areaMu: 50,
    occupant: '民权冷谷冷链物流',
    occupantId: 7,
    industryId: 3,
    dominant: true,
    grade: 'A',
  }),
  plot({
    status: 'occupied',
    areaMu: 20,
    occupant: 'Other Co',
    occupantId: 8,
    industryId: 9,
    dominant: false,
    grade: 'D',
  }),
  plot({
    status: 'under_construction',
    areaMu: 40,
    occupant: '在建企业',
    occupantId: 9,
    industryId: 3,
    dominant: true,
    grade: null,
  }),
  plot({ status: 'reserved', areaMu: 15, occupant: '预留项目', projectId: 4, industryId: 3, dominant: true }),
];

describe('legend counts and areas per colour mode', () => {
  it('when coloured by status, then each status row holds its plots and areas and the total is the park', () => {
    const l = legendFor(park, 'status', NO_FILTERS);
    const row = (k: string) => l.rows.find((r) => r.key === k)!;
    expect(l.rows.map((r) => r.key)).toEqual(['vacant', 'reserved', 'under_construction', 'occupied', 'unavailable']);
    expect(row('vacant')).toMatchObject({ count: 2, areaMu: 42.5, colour: STATUS_COLOURS.vacant });
    expect(row('occupied')).toMatchObject({ count: 2, areaMu: 70 });
    expect(row('unavailable')).toMatchObject({ count: 0, areaMu: 0 });
    expect(l).toMatchObject({ shown: 6, total: 6, shownMu: 167.5 });
  });

  it('when the mode switches to industry, then the rows become dominant / other / no occupant', () => {
    const l = legendFor(park, 'industry', NO_FILTERS);
    expect(l.rows.map((r) => [r.key, r.count, r.areaMu, r.colour])).toEqual([
      ['dominant', 3, 105, INDUSTRY_COLOURS.dominant],
      ['other', 1, 20, INDUSTRY_COLOURS.other],
      ['none', 2, 42.5, INDUSTRY_COLOURS.none],
    ]);
  });

  it('when the mode is grade, then plots without a graded occupant count as "none"', () => {
    const l = legendFor(park, 'grade', NO_FILTERS);
    expect(l.rows.map((r) => [r.key, r.count])).toEqual([
      ['A', 1],
      ['B', 0],
      ['C', 0],
      ['D', 1],
      ['none', 4],
    ]);
    expect(l.rows[3].colour).toBe(GRADE_COLOURS.D);
  });

  it('when filters are set, then the legend counts only the plots the map shows', () => {
    const f: PlotFilters = { ...NO_FILTERS, statuses: ['occupied', 'under_construction'], minMu: 25 };
    const l = legendFor(park, 'industry', f);
    expect(l.shown).toBe(2);
    expect(l.shownMu).toBe(90);
    expect(l.rows.find((r) => r.key === 'dominant')).toMatchObject({ count: 2, areaMu: 90 });
    expect(l.rows.find((r) => r.key === 'other')!.count).toBe(0);
  });
});

describe('filters', () => {
  it('when searching text, then plot codes and occupant names match case- and width-insensitively', () => {
    expect(park.filter((p) => passes(p, { ...NO_FILTERS, text: '冷链' })).map((p) => p.occupantId)).toEqual([7]);
    expect(passes(plot({ code: 'MQ-A01-01' }), { ...NO_FILTERS, text: 'ｍｑ-a01' })).toBe(true);
    expect(passes(plot({ code: 'MQ-A01-01' }), { ...NO_FILTERS, text: 'XY' })).toBe(false);
  });

  it('when filtering by one industry, a chain side or a grade, then only those plots pass', () => {
    expect(park.filter((p) => passes(p, { ...NO_FILTERS, industry: 9 })).length).toBe(1);
    expect(park.filter((p) => passes(p, { ...NO_FILTERS, industry: 'none' })).length).toBe(2);
    expect(park.filter((p) => passes(p, { ...NO_FILTERS, grades: ['A', 'D'] })).length).toBe(2);
    expect(park.filter((p) => passes(p, { ...NO_FILTERS, maxMu: 15 })).map((p) => p.areaMu)).toEqual([12.5, 15]);
  });
});

describe('plot style', () => {
  it(
    'when a plot is filtered out, then it is an outline that cannot be ' + 'clicked; the selected one is outlined dark',
    () => {
      const style = plotStyle('status', { ...NO_FILTERS, statuses: ['vacant'] }, park[0].id);
      expect(style(park[2])).toMatchObject({ fill: false, interactive: false });
      expect(style(park[0])).toMatchObject({
        fill: true,
        interactive: true,
        fillColor: STATUS_COLOURS.vacant,
        color: '#111827',
        weight: 3,
      });
      expect(style(park[1])).toMatchObject({ fillColor: STATUS_COLOURS.vacant, weight: 0.8 });
    },
  );
});
