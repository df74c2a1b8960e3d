import { describe, expect, it } from 'vitest';
import { chooseUnit, lineChartOption, PACKAGE_COLOURS } from '@/features/incentives/model/chart-options';

const labels = { yearLabel: '年', unitWan: '万元', unitYi: '亿元' };

describe('chart options', () => {
  it('when a line reaches 1 亿元, then the axis is in 亿元 and the values are divided; below it stays in 万元', () => {
    expect(chooseUnit([{ name: 'a', data: [0, -12_000, 3] }])).toEqual({ divisor: 10_000, yi: true });
    const opt = lineChartOption({ series: [{ name: 'a', data: [0, -12_000, 25_000] }], ...labels });
    const s = (opt.series as Array<{ data: number[] }>)[0];
    expect(s.data).toEqual([0, -1.2, 2.5]);
    expect((opt.yAxis as { name: string }).name).toBe('亿元');
    const small = lineChartOption({ series: [{ name: 'a', data: [1.26, 9_999] }], ...labels });
    expect((small.series as Array<{ data: number[] }>)[0].data).toEqual([1.3, 9999]);
    expect((small.yAxis as { name: string }).name).toBe('万元');
  });

  it('when drawn, then years run 0..H, each package keeps its colour, and nothing is animated', () => {
    const opt = lineChartOption({
      series: [
        { name: 'a', data: [1, 2, 3] },
        { name: 'b', data: [3, 2, 1] },
      ],
      ...labels,
      compact: true,
    });
    expect((opt.xAxis as { data: string[] }).data).toEqual(['0', '1', '2']);
    expect(opt.color).toEqual([...PACKAGE_COLOURS]);
    expect(opt.animation).toBe(false);
  });
});
