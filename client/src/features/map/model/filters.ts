import type { PlotStatus } from '@shared/types/park';
import type { Grade } from '@shared/efficiency';
import type { PlotProps } from './types';

/** 'dominant' / 'other' / 'none' pick a side of the chain; a number picks one industry. */
export type IndustryFilter = 'all' | 'dominant' | 'other' | 'none' | number;

export interface PlotFilters {
  /** Empty = every status. */
  statuses: PlotStatus[];
  industry: IndustryFilter;
  /** Empty = every grade; 'none' = plots without a graded occupant. */
  grades: Array<Grade | 'none'>;
  minMu: number | null;
  maxMu: number | null;
  /** Free text matched against plot code and occupant name. */
  text: string;
}

export const NO_FILTERS: PlotFilters = {
  statuses: [],
  industry: 'all',
  grades: [],
  minMu: null,
  maxMu: null,
  text: '',
};

export function isFiltered(f: PlotFilters): boolean {
  return (
    f.statuses.length > 0 ||
    f.industry !== 'all' ||
    f.grades.length > 0 ||
    f.minMu != null ||
    f.maxMu != null ||
    f.text.trim() !== ''
  );
}

/** Case- and width-insensitive text matching, so "mq-a01" finds "MQ-A01-01". */
export const norm = (s: string) => s.normalize('NFKC').toLowerCase().trim();

export function matchesText(p: Pick<PlotProps, 'code' | 'occupant'>, text: string): boolean {
  const q = norm(text);
  if (!q) return true;
  return norm(p.code).includes(q) || (p.occupant != null && norm(p.occupant).includes(q));
}

/** Whether a plot passes every active filter. */
export function passes(p: PlotProps, f: PlotFilters): boolean {
  if (f.statuses.length && !f.statuses.includes(p.status)) return false;
  if (f.industry !== 'all') {
    if (typeof f.industry === 'number') {
      if (p.industryId !== f.industry) return false;
    } else {
      const side = p.dominant === true ? 'dominant' : p.dominant === false ? 'other' : 'none';
      if (side !== f.industry) return false;
    }
  }
  if (f.grades.length && !f.grades.includes(p.grade ?? 'none')) return false;
  if (f.minMu != null && p.areaMu < f.minMu) return false;
  if (f.maxMu != null && p.areaMu > f.maxMu) return false;
  return matchesText(p, f.text);
}
