import { PLOT_STATUSES, type PlotStatus } from '@shared/types/park';
import { GRADES, type Grade } from '@shared/efficiency';
import type { ColourMode, PlotProps } from './types';

/**
 * Colours of the three modes. Status follows the planning habit (green = free, orange = promised,
 * blue = occupied, grey = not available); grades run green → red as 亩均 reports print them.
 */
export const STATUS_COLOURS: Record<PlotStatus, string> = {
  vacant: '#7cc47f',
  reserved: '#f0a53a',
  under_construction: '#8e6bd1',
  occupied: '#2f6db5',
  unavailable: '#b4bcc6',
};
export const INDUSTRY_COLOURS = { dominant: '#c8452f', other: '#5a8fc2', none: '#e6eaef' } as const;
export const GRADE_COLOURS: Record<Grade | 'none', string> = {
  A: '#1a9850',
  B: '#91cf60',
  C: '#f6c945',
  D: '#d73027',
  none: '#e6eaef',
};

export type IndustryClass = keyof typeof INDUSTRY_COLOURS;
export type GradeClass = Grade | 'none';

/** The legend classes of a mode, in the order the legend lists them. */
export function classesOf(mode: ColourMode): readonly string[] {
  if (mode === 'status') return PLOT_STATUSES;
  if (mode === 'industry') return ['dominant', 'other', 'none'];
  return [...GRADES, 'none'];
}

export function industryClass(p: Pick<PlotProps, 'dominant'>): IndustryClass {
  return p.dominant === true ? 'dominant' : p.dominant === false ? 'other' : 'none';
}

/** Which legend class a plot falls in under a colour mode. */
export function classOf(mode: ColourMode, p: Pick<PlotProps, 'status' | 'dominant' | 'grade'>): string {
  if (mode === 'status') return p.status;
  if (mode === 'industry') return industryClass(p);
  return p.grade ?? 'none';
}

export function colourOf(mode: ColourMode, cls: string): string {
  if (mode === 'status') return STATUS_COLOURS[cls as PlotStatus] ?? '#999';
  if (mode === 'industry') return INDUSTRY_COLOURS[cls as IndustryClass] ?? '#999';
  return GRADE_COLOURS[cls as GradeClass] ?? '#999';
}
