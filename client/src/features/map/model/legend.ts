import { classesOf, classOf, colourOf } from './colours';
import { passes, type PlotFilters } from './filters';
import type { ColourMode, PlotProps } from './types';

export interface LegendRow {
  key: string;
  colour: string;
  count: number;
  areaMu: number;
}

export interface LegendData {
  rows: LegendRow[];
  /** Plots shown (after filters) and all plots of the park. */
  shown: number;
  total: number;
  shownMu: number;
}

/** Counts and areas per class of the mode, over the plots that pass the filters: legend and map agree. */
export function legendFor(plots: readonly PlotProps[], mode: ColourMode, filters: PlotFilters): LegendData {
  const keys = classesOf(mode);
  const acc = new Map(keys.map((k) => [k, { count: 0, areaMu: 0 }]));
  let shown = 0;
  let shownMu = 0;
  for (const p of plots) {
    if (!passes(p, filters)) continue;
    shown++;
    shownMu += p.areaMu;
    const a = acc.get(classOf(mode, p));
    if (a) {
      a.count++;
      a.areaMu += p.areaMu;
    }
  }
  return {
    rows: keys.map((k) => ({ key: k, colour: colourOf(mode, k), ...acc.get(k)! })),
    shown,
    total: plots.length,
    shownMu,
  };
}
