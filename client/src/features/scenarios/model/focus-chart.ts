import type { EChartsOption } from 'echarts';
import type { FocusPoint } from '@shared/scenarios/focus';
import { WAN_PER_YI } from '@shared/units';

export interface FocusChartLabels {
  value: string;
  bound: string;
  placed: string;
  theta: string;
  unitWan: string;
  unitYi: string;
  projects: string;
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/**
 * The price-of-focus chart: plan value (line) and its bound (dashed) against θ on the left axis,
 * projects placed (bars) on the right. Unverified points are gaps, never drawn as zero.
 */
export function focusChartOption(points: readonly FocusPoint[], l: FocusChartLabels): EChartsOption {
  const max = Math.max(0, ...points.flatMap((p) => [Math.abs(p.objective ?? 0), Math.abs(p.bound ?? 0)]));
  const yi = max >= WAN_PER_YI;
  const div = yi ? WAN_PER_YI : 1;
  const money = (v: number | null) => (v === null ? null : round(v / div, yi ? 2 : 0));
  const unit = yi ? l.unitYi : l.unitWan;
  return {
    animation: false,
    color: ['#1f5fa8', '#7d8b9c', '#c9d6e6'],
    grid: { left: 8, right: 8, top: 48, bottom: 28, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { fontSize: 12 } },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      name: l.theta,
      nameLocation: 'middle',
      nameGap: 26,
      data: points.map((p) => `${round(p.theta * 100, 1)}%`),
    },
    yAxis: [
      {
        type: 'value',
        name: unit,
        nameTextStyle: { color: '#6b7785', align: 'left' },
        scale: true,
        splitLine: { lineStyle: { color: '#e5e9ef' } },
      },
      {
        type: 'value',
        name: l.projects,
        minInterval: 1,
        // Bars in the lower part of the plot, so the value line above them stays readable.
        max: (v: { max: number }) => Math.max(2, Math.ceil(v.max * 1.8)),
        splitLine: { show: false },
        nameTextStyle: { color: '#6b7785' },
      },
    ],
    series: [
      {
        type: 'line',
        name: l.value,
        data: points.map((p) => money(p.objective)),
        connectNulls: false,
        symbolSize: 8,
        lineStyle: { width: 2.5 },
        z: 3,
      },
      {
        type: 'line',
        name: l.bound,
        data: points.map((p) => money(p.bound)),
        connectNulls: false,
        lineStyle: { type: 'dashed', width: 1.5 },
        symbol: 'none',
        z: 2,
      },
      {
        type: 'bar',
        name: l.placed,
        yAxisIndex: 1,
        data: points.map((p) => p.projectsPlaced),
        barMaxWidth: 28,
        label: { show: true, position: 'insideTop', color: '#44546a', fontSize: 11 },
        z: 1,
      },
    ],
  };
}

/** What each θ costs against the loosest verified point of the curve (万元; null where unknown). */
export function focusCosts(points: readonly FocusPoint[]): (number | null)[] {
  const base = points.find((p) => p.status === 'verified' && p.objective !== null);
  return points.map((p) => (base && p.objective !== null ? base.objective! - p.objective : null));
}
