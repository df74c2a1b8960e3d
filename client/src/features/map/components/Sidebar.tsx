import { useMemo, useState } from 'react';
import type { ParkWithSummary } from '@shared/types/park-summary';
import { PLOT_STATUSES } from '@shared/types/park';
import type { BasemapId } from '@/components/map/basemaps';
import { Legend } from '@/components/map/Legend';
import { STATUS_COLOURS } from '../model/colours';
import type { PlotFilters } from '../model/filters';
import type { BuildingCollection, ColourMode, PlotProps, Selection } from '../model/types';
import { useFmt } from '../model/format';
import { SearchBox } from './SearchBox';
import { ModeSwitch } from './ModeSwitch';
import { PlotLegend } from './PlotLegend';
import { FiltersPanel } from './FiltersPanel';
import { LayersPanel } from './LayersPanel';

interface Props {
  parks: ParkWithSummary[];
  park: ParkWithSummary | null;
  plots: PlotProps[];
  buildings: BuildingCollection | null;
  mode: ColourMode;
  onMode(m: ColourMode): void;
  filters: PlotFilters;
  onFilters(f: PlotFilters): void;
  showBuildings: boolean;
  onShowBuildings(v: boolean): void;
  basemap: BasemapId;
  onBasemap(b: BasemapId): void;
  tiandituKey: string | null;
  onOpenPark(id: number | null, select?: Selection, text?: string): void;
  onSelect(s: Selection): void;
}

/** Left column: search, colour mode, legend, filters, layers. */
export function Sidebar(p: Props) {
  const f = useFmt();
  const [cityText, setCityText] = useState('');
  const text = p.park ? p.filters.text : cityText;
  const onText = (t: string) => (p.park ? p.onFilters({ ...p.filters, text: t }) : setCityText(t));
  return (
    <aside className="mp-left">
      <SearchBox
        parks={p.parks}
        park={p.park}
        plots={p.plots}
        buildings={p.buildings}
        text={text}
        onText={onText}
        onOpenPark={(id, sel, t) => {
          setCityText('');
          p.onOpenPark(id, sel, t);
        }}
        onSelect={p.onSelect}
      />
      {p.park ? (
        <>
          <ModeSwitch mode={p.mode} onMode={p.onMode} />
          <section className="mp-box">
            <PlotLegend
              plots={p.plots}
              mode={p.mode}
              filters={p.filters}
              onFilters={p.onFilters}
              showBuildings={p.showBuildings}
            />
          </section>
          <FiltersPanel plots={p.plots} filters={p.filters} onFilters={p.onFilters} />
        </>
      ) : (
        <section className="mp-box">
          <CityLegend parks={p.parks} />
        </section>
      )}
      <LayersPanel
        basemap={p.basemap}
        onBasemap={p.onBasemap}
        tiandituKey={p.tiandituKey}
        showBuildings={p.showBuildings}
        onShowBuildings={p.onShowBuildings}
        inPark={!!p.park}
      />
      <p className="muted small mp-demo">{f.t('demoNotice', { ns: 'common' })}</p>
    </aside>
  );
}

/** The city's land by status, summed over every park's summary. */
function CityLegend({ parks }: { parks: ParkWithSummary[] }) {
  const f = useFmt();
  const rows = useMemo(
    () =>
      PLOT_STATUSES.map((s) => {
        let count = 0,
          area = 0;
        for (const p of parks) {
          count += p.summary.byStatus[s]?.count ?? 0;
          area += p.summary.byStatus[s]?.areaMu ?? 0;
        }
        return { s, count, area };
      }),
    [parks],
  );
  const total = rows.reduce((a, r) => ({ count: a.count + r.count, area: a.area + r.area }), { count: 0, area: 0 });
  return (
    <Legend
      testId="legend"
      title={
        <>
          <span>
            {f.t('legend.title')} · {f.t('mode.status')}
          </span>
          <span className="muted">{f.t('city')}</span>
        </>
      }
      columns={[f.t('legend.count'), f.t('legend.area')]}
      items={rows.map((r) => ({
        key: r.s,
        label: f.status(r.s),
        colour: STATUS_COLOURS[r.s],
        values: [f.int(r.count), f.mu(r.area, 0)],
      }))}
      footer={{ label: f.t('legend.total'), values: [f.int(total.count), f.mu(total.area, 0)] }}
    />
  );
}
