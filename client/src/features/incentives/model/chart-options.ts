import type { EChartsOption } from 'echarts';
import { WAN_PER_YI } from '@shared/units';

/** One colour per compared package, the same in table headers, charts and print. */
export const PACKAGE_COLOURS = ['#1f5fa8', '#d9822b', '#2e9d6b', '#8a4fbf', '#c23b3b'] as const;

export interface LineSeries {
  name: string;
  data: readonly number[];
}

export interface LineChartSpec {
  series: readonly LineSeries[];
  yearLabel: string;
  unitWan: string;
  unitYi: string;
  /** Smaller fonts and no animation, for print. */
  compact?: boolean;
}

/** 亿元 once any value reaches 1 亿元, so the axis reads "1.2" rather than "12,000". */
export function chooseUnit(series: readonly LineSeries[]): { divisor: number; yi: boolean } {
  const max = Math.max(0, ...series.flatMap((s) => s.data.map((v) => Math.abs(v))));
  return max >= WAN_PER_YI ? { divisor: WAN_PER_YI, yi: true } : { divisor: 1, yi: false };
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** A line per package over years 0..H, with the zero line marked (where the government breaks even). */
export function lineChartOption(spec: LineChartSpec): EChartsOption {
  const { divisor, yi } = chooseUnit(spec.series);
  const unit = yi ? spec.unitYi : spec.unitWan;
  const years = spec.series[0]?.data.map((_, i) => String(i)) ?? [];
  const fs = spec.compact ? 9 : 12;
  return {
    // No tweening: the slider redraws many times a second, and a report chart should not move.
    animation: false,
    color: [...PACKAGE_COLOURS],
    grid: { left: 8, right: 18, top: spec.compact ? 20 : 56, bottom: 4, containLabel: true },
    // Print has one HTML legend under both charts: a scrolling legend would print as "1/2".
    legend: {
      show: !spec.compact,
      top: 0,
      left: 0,
      right: 0,
      textStyle: { fontSize: fs },
      itemWidth: 14,
      itemHeight: 8,
      type: 'scroll',
    },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) =>
        `${typeof v === 'number' ? v.toLocaleString(undefined, { maximumFractionDigits: 2 }) : String(v)} ${unit}`,
    },
    xAxis: {
      type: 'category',
      data: years,
      boundaryGap: false,
      name: spec.yearLabel,
      nameGap: 4,
      nameTextStyle: { fontSize: fs },
      axisLabel: { fontSize: fs },
    },
    yAxis: {
      type: 'value',
      name: unit,
      nameGap: spec.compact ? 8 : 12,
      nameTextStyle: { fontSize: fs, align: 'right', color: '#6b7785' },
      axisLabel: { fontSize: fs },
      splitLine: { lineStyle: { color: '#e5e9ef' } },
    },
    series: spec.series.map((s, i) => ({
      type: 'line' as const,
      name: s.name,
      data: s.data.map((v) => round(v / divisor, yi ? 3 : 1)),
      showSymbol: false,
      lineStyle: { width: spec.compact ? 1.5 : 2.2 },
      ...(i === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              label: { show: false },
              lineStyle: { color: '#888', type: 'dashed' as const, width: 1 },
              data: [{ yAxis: 0 }],
            },
          }
        : {}),
    })),
  };
}
