import { useCallback, useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { FeatureCollection, Polygon } from 'geojson';
import type * as L from 'leaflet';
import { BaseMap } from '@/components/map/BaseMap';
import { FeatureLayer } from '@/components/map/FeatureLayer';
import { isGcj, type BasemapId } from '@/components/map/basemaps';
import { toGcj02 } from '@/components/map/gcj';
import type { ParkWithSummary } from '@shared/types/park-summary';
import type { GeoPolygon } from '@shared/types/common';
import type { PlotFilters } from '../model/filters';
import type {
  BuildingCollection,
  BuildingProps,
  ColourMode,
  PlotCollection,
  PlotProps,
  Selection,
} from '../model/types';
import { buildingStyle, parkStyle, plotStyle } from '../model/style';
import { useFmt } from '../model/format';
import { FitBounds, boundsOf } from './FitBounds';
import { ParkLabels } from './ParkLabels';
import { EditTools } from './EditTools';
import { html } from '@/components/map/html';

/** The editing tool in use: drawing a new plot, or reshaping one; `polygon` is the WGS84 result so far. */
export type EditTool =
  { kind: 'none' } | { kind: 'draw'; polygon?: GeoPolygon } | { kind: 'shape'; plotId: number; polygon?: GeoPolygon };

interface Props {
  parks: ParkWithSummary[];
  park: ParkWithSummary | null;
  plots: PlotCollection | null;
  buildings: BuildingCollection | null;
  mode: ColourMode;
  filters: PlotFilters;
  selection: Selection;
  basemap: BasemapId;
  tiandituKey: string | null;
  onOpenPark(id: number): void;
  onSelect(s: Selection): void;
  tool: EditTool;
  onTool(t: EditTool): void;
}

type ParkProps = { id: number; name: string; nameEn: string };

declare global {
  interface Window {
    __plotsDrawn?: number;
    __plotsDrawnAt?: number;
    __leafletMap?: L.Map;
  }
}

/** Hands the Leaflet map to browser tests and the benchmark, which click plots by their coordinates. */
function ExposeMap() {
  const map = useMap();
  useEffect(() => {
    window.__leafletMap = map;
    return () => {
      if (window.__leafletMap === map) delete window.__leafletMap;
    };
  }, [map]);
  return null;
}

/** The map itself: park boundaries, the open park's plots and factories, editing tools. */
export function MapCanvas(p: Props) {
  const f = useFmt();
  const gcj = isGcj(p.basemap);
  const parksFc = useMemo(() => {
    const fc: FeatureCollection<Polygon, ParkProps> = {
      type: 'FeatureCollection',
      features: p.parks.map((k) => ({
        type: 'Feature',
        geometry: k.boundary as Polygon,
        properties: { id: k.id, name: k.name, nameEn: k.nameEn },
      })),
    };
    return gcj ? toGcj02(fc) : fc;
  }, [p.parks, gcj]);
  // Overlays follow the basemap's datum; storage and the API stay WGS84.
  const plots = useMemo(() => (p.plots && gcj ? toGcj02(p.plots) : p.plots), [p.plots, gcj]);
  const buildings = useMemo(() => (p.buildings && gcj ? toGcj02(p.buildings) : p.buildings), [p.buildings, gcj]);

  const selPlot = p.selection?.kind === 'plot' ? p.selection.id : null;
  const selBuilding = p.selection?.kind === 'building' ? p.selection.id : null;
  const openId = p.park?.id ?? null;
  const pStyle = useMemo(() => parkStyle(openId), [openId]);
  const plStyle = useMemo(() => plotStyle(p.mode, p.filters, selPlot), [p.mode, p.filters, selPlot]);
  const bStyle = useMemo(() => buildingStyle(selBuilding), [selBuilding]);
  const cityBounds = useMemo(() => boundsOf(parksFc.features.map((x) => x.geometry)), [parksFc]);
  const target = useMemo(() => {
    const open = parksFc.features.find((x) => x.properties.id === openId);
    return open ? boundsOf([open.geometry]) : cityBounds;
  }, [parksFc, openId, cityBounds]);

  const { onOpenPark, onSelect } = p;
  const idOf = useCallback((x: { id: number }) => x.id, []);
  const onDrawn = useCallback((n: number) => {
    window.__plotsDrawn = n;
    window.__plotsDrawnAt = performance.now();
    document.querySelector('.mp-map')?.setAttribute('data-plots-drawn', String(n));
  }, []);
  const parkHover = useCallback((k: ParkProps) => html`${f.name(k)}`, [f]);
  const plotHover = useCallback(
    (x: PlotProps) =>
      html`<b>${x.code}</b> · ${f.mu(x.areaMu)}<br />${f.status(x.status)}${x.occupant ? ' · ' + x.occupant : ''}`,
    [f],
  );
  const buildingHover = useCallback(
    (b: BuildingProps) => html`<b>${b.code}</b> · ${f.t('building.occupancy')} ${f.share(b.occupancy)}`,
    [f],
  );

  return (
    <BaseMap
      basemap={p.basemap}
      tiandituKey={p.tiandituKey}
      bounds={target as L.LatLngBoundsExpression}
      offlineNote={f.t('offline')}
    >
      <FitBounds bounds={target} />
      <ExposeMap />
      <FeatureLayer
        data={parksFc}
        style={pStyle}
        idOf={idOf}
        z={0}
        hoverText={parkHover}
        onClick={(k) => onOpenPark(k.id)}
      />
      {openId == null && <ParkLabels parks={p.parks} gcj={gcj} onOpen={onOpenPark} />}
      <FeatureLayer
        data={openId == null ? null : plots}
        style={plStyle}
        idOf={idOf}
        z={1}
        frontId={selPlot}
        hoverText={plotHover}
        onClick={(x) => onSelect({ kind: 'plot', id: x.id })}
        onDrawn={onDrawn}
      />
      <FeatureLayer
        data={openId == null ? null : buildings}
        style={bStyle}
        idOf={idOf}
        z={2}
        hoverText={buildingHover}
        onClick={(b) => onSelect({ kind: 'building', id: b.id })}
      />
      <EditTools tool={p.tool} onTool={p.onTool} gcj={gcj} plots={plots} />
    </BaseMap>
  );
}
