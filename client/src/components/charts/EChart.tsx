import { useEffect, useRef } from 'react';
import type { EChartsOption } from 'echarts';
import { echarts } from './echarts';

export interface EChartProps {
  option: EChartsOption;
  /** Fixed size (e.g. for print); without it the chart fills its box and follows its resizes. */
  width?: number;
  height: number;
  /** 'svg' prints as vectors; 'canvas' is faster on screen. */
  renderer?: 'canvas' | 'svg';
  className?: string;
  testId?: string;
}

/** A React wrapper for one ECharts instance: created once, option replaced on change, disposed on unmount. */
export function EChart({ option, width, height, renderer = 'canvas', className, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current!;
    const c = echarts.init(el, null, { renderer, width, height });
    chart.current = c;
    const ro = width === undefined ? new ResizeObserver(() => c.resize()) : null;
    ro?.observe(el);
    return () => {
      ro?.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [renderer, width, height]);

  useEffect(() => {
    // replaceMerge series: packages come and go, and a plain merge would keep the removed lines.
    // lazyUpdate: draw on the next frame, so several slider moves in one frame draw once.
    chart.current?.setOption(option, { replaceMerge: ['series'], lazyUpdate: true });
  }, [option, renderer, width, height]);

  return <div ref={box} className={className} data-testid={testId} style={{ width: width ?? '100%', height }} />;
}
