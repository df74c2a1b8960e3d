import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '@/app/auth';
import { useMapConfig, usePlots, useBuildings } from '../api/map-data';
import { useParks } from '@/lib/reference-data';
import { NO_FILTERS, type PlotFilters } from '../model/filters';
import type { ColourMode, Selection } from '../model/types';
import { useBasemapSetting } from '../model/settings';
import { useFmt } from '../model/format';
import { MapCanvas, type EditTool } from './MapCanvas';
import { Sidebar } from './Sidebar';
import { RightPanel } from './RightPanel';
import '../map.css';

/** /map: the city's parks, then one park's plots and factories, coloured, filtered and editable. */
export function MapPage() {
  const { t } = useFmt();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const parkParam = Number(params.get('park'));
  const parks = useParks();
  const config = useMapConfig();
  const park = parks.data?.find((p) => p.id === parkParam) ?? null;
  const parkId = park?.id ?? null;
  // Fetched from the URL's id at once, not after the park list: the two requests run side by side.
  const wanted = Number.isInteger(parkParam) && parkParam > 0 ? parkParam : null;
  const plots = usePlots(wanted);
  const buildings = useBuildings(wanted);
  const [mode, setMode] = useState<ColourMode>('status');
  const [filters, setFilters] = useState<PlotFilters>(NO_FILTERS);
  const [selection, setSelection] = useState<Selection>(null);
  const [showBuildings, setShowBuildings] = useState(true);
  const [basemap, setBasemap] = useBasemapSetting();
  const [tool, setTool] = useState<EditTool>({ kind: 'none' });

  const canEdit =
    !!user &&
    !!park &&
    (user.role === 'admin' || (user.role === 'editor' && user.jurisdictionIds.includes(park.jurisdictionId)));
  const openPark = useCallback(
    (id: number | null, select: Selection = null, text = '') => {
      setSelection(select);
      setFilters({ ...NO_FILTERS, text });
      setTool({ kind: 'none' });
      setParams(id == null ? {} : { park: String(id) });
    },
    [setParams],
  );
  const select = useCallback((s: Selection) => {
    setSelection(s);
    setTool((cur) => (cur.kind === 'shape' ? { kind: 'none' } : cur));
  }, []);
  const plotProps = useMemo(() => plots.data?.features.map((f) => f.properties) ?? [], [plots.data]);

  if (parks.isLoading || config.isLoading) return <div className="mp-page mp-center muted">{t('loading')}</div>;
  if (parks.error || !parks.data) {
    return (
      <div className="mp-page mp-center">
        <p className="error">
          {t('loadFailed')}: {String(parks.error)}
        </p>
        <button onClick={() => void parks.refetch()}>{t('retry')}</button>
      </div>
    );
  }
  return (
    <div className="mp-page" data-testid="map-page" data-park={parkId ?? ''}>
      <Sidebar
        parks={parks.data}
        park={park}
        plots={plotProps}
        buildings={buildings.data ?? null}
        mode={mode}
        onMode={setMode}
        filters={filters}
        onFilters={setFilters}
        showBuildings={showBuildings}
        onShowBuildings={setShowBuildings}
        basemap={basemap}
        onBasemap={setBasemap}
        tiandituKey={config.data?.tiandituKey ?? null}
        onOpenPark={openPark}
        onSelect={select}
      />
      <div className="mp-map">
        <MapCanvas
          parks={parks.data}
          park={park}
          plots={plots.data ?? null}
          buildings={showBuildings ? (buildings.data ?? null) : null}
          mode={mode}
          filters={filters}
          selection={selection}
          basemap={basemap}
          tiandituKey={config.data?.tiandituKey ?? null}
          onOpenPark={(id) => openPark(id)}
          onSelect={select}
          tool={tool}
          onTool={setTool}
        />
        {parkId != null && plots.isLoading && <div className="mp-map-status">{t('loading')}</div>}
        {parkId != null && plots.error && <div className="mp-map-status error">{t('loadFailed')}</div>}
      </div>
      <RightPanel
        parks={parks.data}
        park={park}
        plots={plots.data ?? null}
        selection={selection}
        onSelect={select}
        onOpenPark={openPark}
        canEdit={canEdit}
        tool={tool}
        onTool={setTool}
      />
    </div>
  );
}
