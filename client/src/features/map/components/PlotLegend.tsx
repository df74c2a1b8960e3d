import { useMemo } from 'react';
import { Legend } from '@/components/map/Legend';
import { legendFor } from '../model/legend';
import type { PlotFilters } from '../model/filters';
import type { ColourMode, PlotProps } from '../model/types';
import type { PlotStatus } from '@shared/types/park';
import type { Grade } from '@shared/efficiency';
import { occupancyColour } from '../model/style';
import { useFmt, type Fmt } from '../model/format';

function label(f: Fmt, mode: ColourMode, key: string): string {
  if (mode === 'status') return f.status(key);
  return f.t(`legend.${mode}.${key}`);
}

/** Toggling a legend row filters the map to (or back from) that class. */
function toggle(mode: ColourMode, key: string, fl: PlotFilters): PlotFilters {
  const flip = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  if (mode === 'status') return { ...fl, statuses: flip(fl.statuses, key as PlotStatus) };
  if (mode === 'grade') return { ...fl, grades: flip(fl.grades, key as Grade | 'none') };
  return { ...fl, industry: fl.industry === key ? 'all' : (key as 'dominant' | 'other' | 'none') };
}

/** The legend of the open park in the current colour mode: counts and areas of the plots shown. */
export function PlotLegend({
  plots,
  mode,
  filters,
  onFilters,
  showBuildings,
}: {
  plots: PlotProps[];
  mode: ColourMode;
  filters: PlotFilters;
  onFilters(f: PlotFilters): void;
  showBuildings: boolean;
}) {
  const f = useFmt();
  const data = useMemo(() => legendFor(plots, mode, filters), [plots, mode, filters]);
  return (
    <>
      <Legend
        testId="legend"
        title={
          <>
            <span data-testid="legend-title">
              {f.t('legend.title')} · {f.t(`mode.${mode}`)}
            </span>
            <span className="muted small">{f.t('legend.shown', { shown: data.shown, total: data.total })}</span>
          </>
        }
        columns={[f.t('legend.count'), f.t('legend.area')]}
        items={data.rows.map((r) => ({
          key: r.key,
          label: label(f, mode, r.key),
          colour: r.colour,
          values: [f.int(r.count), f.mu(r.areaMu, 0)],
          off: r.count === 0,
        }))}
        footer={{ label: f.t('legend.total'), values: [f.int(data.shown), f.mu(data.shownMu, 0)] }}
        onItemClick={(k) => onFilters(toggle(mode, k, filters))}
      />
      <p className="muted small mp-hint">{f.t('legend.tapToFilter')}</p>
      {showBuildings && (
        <div className="mp-bldg-legend small">
          <span
            className="mp-ramp"
            style={{ background: `linear-gradient(90deg, ${occupancyColour(0)}, ${occupancyColour(1)})` }}
          />
          {f.t('legend.buildings')}
        </div>
      )}
    </>
  );
}
