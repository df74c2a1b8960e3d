import type { ProjectRow } from '../api/projects';
import { m2ToMu } from '@shared/units';

export interface Filters {
  q: string;
  county: string;
  industry: string;
  link: string;
  stage: string;
  size: string;
  head: string;
}
export const NO_FILTERS: Filters = { q: '', county: '', industry: '', link: '', stage: '', size: '', head: '' };

/** Investment bands in 万元, the way quotas are set (1亿, 5亿, 10亿). */
export const SIZE_BANDS: Record<string, [number, number]> = {
  s: [0, 10000],
  m: [10000, 50000],
  l: [50000, 100000],
  xl: [100000, Infinity],
};

export type SortKey = 'name' | 'investor' | 'county' | 'investmentWan' | 'need' | 'taxWan' | 'jobs' | 'stage';
const STAGE_ORDER = { lead: 0, negotiating: 1, signed: 2, landed: 3, dropped: 4 } as const;

export function applyFilters(rows: readonly ProjectRow[], f: Filters): ProjectRow[] {
  const q = f.q.trim().toLowerCase();
  return rows.filter(
    (p) =>
      (!q || p.name.toLowerCase().includes(q) || p.investor.toLowerCase().includes(q)) &&
      (!f.county || p.jurisdictionId === Number(f.county)) &&
      (!f.industry || p.industryId === Number(f.industry)) &&
      (!f.link || p.chainLinkId === Number(f.link)) &&
      (!f.stage || p.stage === f.stage) &&
      (!f.head || (f.head === 'any' ? p.head !== 'none' : p.head === f.head)) &&
      (!f.size ||
        (p.investmentWan !== undefined &&
          p.investmentWan >= SIZE_BANDS[f.size][0] &&
          p.investmentWan < SIZE_BANDS[f.size][1])),
  );
}

export function sortRows(
  rows: ProjectRow[],
  key: SortKey,
  dir: 1 | -1,
  countyName: (id: number) => string,
): ProjectRow[] {
  const val = (p: ProjectRow): string | number => {
    switch (key) {
      case 'county':
        return countyName(p.jurisdictionId);
      case 'need':
        return p.landNeedMu ?? m2ToMu(p.floorNeedM2 ?? 0);
      case 'stage':
        return STAGE_ORDER[p.stage];
      case 'name':
      case 'investor':
        return p[key];
      default:
        return p[key] ?? -1;
    }
  };
  return [...rows].sort((a, b) => {
    const x = val(a);
    const y = val(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return c * dir || a.id - b.id;
  });
}
