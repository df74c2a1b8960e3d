import { useMemo } from 'react';
import { PLOT_STATUSES, type PlotStatus } from '@shared/types/park';
import { GRADES, type Grade } from '@shared/efficiency';
import { GRADE_COLOURS, STATUS_COLOURS } from '../model/colours';
import { isFiltered, NO_FILTERS, type IndustryFilter, type PlotFilters } from '../model/filters';
import type { PlotProps } from '../model/types';
import { useFmt } from '../model/format';

const flip = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
const num = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

/** Status, industry, grade and size filters; the legend and the map follow them. */
export function FiltersPanel({
  plots,
  filters,
  onFilters,
}: {
  plots: PlotProps[];
  filters: PlotFilters;
  onFilters(f: PlotFilters): void;
}) {
  const f = useFmt();
  const industries = useMemo(() => {
    const m = new Map<number, { id: number; name: string; nameEn: string; n: number }>();
    for (const p of plots) {
      if (p.industryId == null) continue;
      const e = m.get(p.industryId) ?? { id: p.industryId, name: p.industry ?? '', nameEn: p.industryEn ?? '', n: 0 };
      e.n++;
      m.set(p.industryId, e);
    }
    return [...m.values()].sort((a, b) => b.n - a.n);
  }, [plots]);
  const set = (patch: Partial<PlotFilters>) => onFilters({ ...filters, ...patch });
  return (
    <section className="mp-box" data-testid="filters">
      <div className="mp-box-title">
        {f.t('filters.title')}
        {isFiltered(filters) && (
          <button className="link small" onClick={() => onFilters(NO_FILTERS)}>
            {f.t('filters.clear')}
          </button>
        )}
      </div>
      <div className="mp-field-label">{f.t('filters.status')}</div>
      <div className="mp-chips">
        {PLOT_STATUSES.map((s: PlotStatus) => (
          <label key={s} className={`mp-chip ${filters.statuses.includes(s) ? 'on' : ''}`}>
            <input
              type="checkbox"
              checked={filters.statuses.includes(s)}
              onChange={() => set({ statuses: flip(filters.statuses, s) })}
              data-status={s}
            />
            <span className="pm-swatch" style={{ background: STATUS_COLOURS[s] }} />
            {f.status(s)}
          </label>
        ))}
      </div>
      <div className="mp-field-label">{f.t('filters.industry')}</div>
      <select
        className="mp-wide"
        data-testid="filter-industry"
        value={String(filters.industry)}
        onChange={(e) => {
          const v = e.target.value;
          set({ industry: (/^\d+$/.test(v) ? Number(v) : v) as IndustryFilter });
        }}
      >
        <option value="all">{f.t('filters.all')}</option>
        <option value="dominant">{f.t('filters.dominant')}</option>
        <option value="other">{f.t('filters.other')}</option>
        <option value="none">{f.t('filters.none')}</option>
        {industries.map((i) => (
          <option key={i.id} value={i.id}>
            {f.name(i)} ({i.n})
          </option>
        ))}
      </select>
      <div className="mp-field-label">{f.t('filters.grade')}</div>
      <div className="mp-chips">
        {[...GRADES, 'none' as const].map((g: Grade | 'none') => (
          <label key={g} className={`mp-chip ${filters.grades.includes(g) ? 'on' : ''}`}>
            <input
              type="checkbox"
              checked={filters.grades.includes(g)}
              onChange={() => set({ grades: flip(filters.grades, g) })}
            />
            <span className="pm-swatch" style={{ background: GRADE_COLOURS[g] }} />
            {g === 'none' ? f.t('legend.grade.none') : g}
          </label>
        ))}
      </div>
      <div className="mp-field-label">{f.t('filters.size')}</div>
      <div className="mp-range">
        <input
          type="number"
          min={0}
          placeholder={f.t('filters.min')}
          value={filters.minMu ?? ''}
          onChange={(e) => set({ minMu: num(e.target.value) })}
          data-testid="filter-min"
        />
        <span>–</span>
        <input
          type="number"
          min={0}
          placeholder={f.t('filters.max')}
          value={filters.maxMu ?? ''}
          onChange={(e) => set({ maxMu: num(e.target.value) })}
          data-testid="filter-max"
        />
      </div>
    </section>
  );
}
