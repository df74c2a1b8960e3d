import { useCallback, useMemo, type ReactNode } from 'react';
import { KEY_ROOTS } from '@/lib/reference-data';
import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Polygon } from 'geojson';
import type { LatLngBoundsExpression, PathOptions } from 'leaflet';
import { BaseMap } from '@/components/map/BaseMap';
import { FeatureLayer } from '@/components/map/FeatureLayer';
import { BASEMAPS, isGcj, type BasemapId } from '@/components/map/basemaps';
import { toGcj02 } from '@/components/map/gcj';
import { api } from '@/lib/api';
import type { Park } from '@shared/types/park';
import { plotSiteId, buildingSiteId } from '@shared/scenarios/site-id';
import type { BuildingCollection, BuildingProps, PlotCollection, PlotProps } from '../model/map-types';
import { useFmt } from '../model/format';
import { FocusPark, InitialFit, ParkBadges, type ParkBadge } from './MapExtras';
import { html } from '@/components/map/html';

/** How one site is drawn: a fill colour and a hover line; null = background (by its status). */
export type SiteLook = { colour: string; text: string } | null;

interface Props {
  parks: Park[];
  plots: Array<PlotCollection | null>;
  buildings: Array<BuildingCollection | null>;
  look(siteId: string): SiteLook;
  highlight?: string | null;
  overlay?: ReactNode;
  testId?: string;
  /** Labels per park for the zoomed-out view. */
  badges?: ParkBadge[];
  /** A park to zoom to; a new object each request. */
  focus?: { boundary: Polygon; n: number } | null;
  onOpenPark?(parkId: number): void;
}

const STATUS_FILL: Record<string, string> = {
  vacant: '#e3f1e1',
  reserved: '#f6d7a7',
  under_construction: '#ddd3f0',
  occupied: '#d5dde6',
  unavailable: '#eceff2',
};

// The basemap is the user's per-browser choice made on the map page (same storage key).
function savedBasemap(): BasemapId {
  const s = typeof localStorage !== 'undefined' ? localStorage.getItem('parkplan.basemap') : null;
  return BASEMAPS.includes(s as BasemapId) ? (s as BasemapId) : 'osm';
}

// Overlays follow the basemap's datum (GCJ-02 on Gaode); the data stays WGS84.
const shift = <T extends FeatureCollection>(gcj: boolean, c: T): T => (gcj ? toGcj02(c) : c);

const merge = <P,>(cs: Array<FeatureCollection<Polygon, P> | null>): FeatureCollection<Polygon, P> => ({
  type: 'FeatureCollection',
  features: cs.flatMap((c) => c?.features ?? []),
});

/**
 * The parks of a scenario with their plots and factory buildings: sites the result uses are
 * filled in their colour, everything else stays pale by status so the proposal stands out.
 */
export function SiteMap({
  parks,
  plots,
  buildings,
  look,
  highlight,
  overlay,
  testId,
  badges,
  focus,
  onOpenPark,
}: Props) {
  const f = useFmt();
  const basemap = savedBasemap();
  const config = useQuery({
    queryKey: [KEY_ROOTS.scenarioRefs, 'map-config'],
    queryFn: () => api.get<{ tiandituKey: string | null }>('/api/config/map'),
    staleTime: Infinity,
  });
  const gcj = isGcj(basemap);
  const parkFc = useMemo(
    () =>
      shift<FeatureCollection<Polygon, { id: number }>>(gcj, {
        type: 'FeatureCollection',
        features: parks.map((p) => ({ type: 'Feature', geometry: p.boundary as Polygon, properties: { id: p.id } })),
      }),
    [parks, gcj],
  );
  const plotFc = useMemo(() => shift(gcj, merge(plots)), [plots, gcj]);
  const buildingFc = useMemo(() => shift(gcj, merge(buildings)), [buildings, gcj]);
  const bounds = useMemo(() => {
    let s = 90,
      w = 180,
      n = -90,
      e = -180;
    for (const ft of parkFc.features)
      for (const [x, y] of ft.geometry.coordinates[0]) {
        s = Math.min(s, y);
        n = Math.max(n, y);
        w = Math.min(w, x);
        e = Math.max(e, x);
      }
    return (
      parkFc.features.length
        ? [
            [s, w],
            [n, e],
          ]
        : [
            [34.3, 115.5],
            [34.5, 115.7],
          ]
    ) as LatLngBoundsExpression;
  }, [parkFc]);

  const parkStyle = useCallback(
    (): PathOptions => ({ color: '#16324f', weight: 2, dashArray: '6 4', fill: false, interactive: false }),
    [],
  );
  const plotStyle = useCallback(
    (p: PlotProps): PathOptions => {
      const l = look(plotSiteId(p.id));
      const hi = highlight === plotSiteId(p.id);
      return l
        ? {
            color: hi ? '#111827' : '#1f2933',
            weight: hi ? 3.5 : 1.6,
            fillColor: l.colour,
            fillOpacity: 0.92,
            fill: true,
            stroke: true,
          }
        : {
            color: '#ffffff',
            weight: 0.7,
            fillColor: STATUS_FILL[p.status] ?? '#eee',
            fillOpacity: 0.9,
            fill: true,
            stroke: true,
          };
    },
    [look, highlight],
  );
  const buildingStyle = useCallback(
    (b: BuildingProps): PathOptions => {
      const l = look(buildingSiteId(b.id));
      const hi = highlight === buildingSiteId(b.id);
      return l
        ? { color: hi ? '#111827' : '#1f2933', weight: hi ? 3.5 : 1.6, fillColor: l.colour, fillOpacity: 0.95 }
        : { color: '#6b7785', weight: 0.8, fillColor: '#c3ccd6', fillOpacity: 0.9 };
    },
    [look, highlight],
  );
  const plotHover = useCallback(
    (p: PlotProps) => {
      const l = look(plotSiteId(p.id));
      return html`<b>${p.code}</b> · ${f.mu(p.areaMu)} ·
        ${f.t(`status.${p.status}`, { ns: 'common' })}${l && html`<br />${l.text}`}`;
    },
    [look, f],
  );
  const buildingHover = useCallback(
    (b: BuildingProps) => {
      const l = look(buildingSiteId(b.id));
      return html`<b>${b.name || b.code}</b>${l && html`<br />${l.text}`}`;
    },
    [look],
  );
  const idOf = useCallback((x: { id: number }) => x.id, []);

  return (
    <div className="sc-map" data-testid={testId}>
      <BaseMap
        basemap={basemap}
        tiandituKey={config.data?.tiandituKey ?? null}
        bounds={bounds}
        offlineNote={f.t('map.offline')}
      >
        <FeatureLayer data={parkFc} style={parkStyle} idOf={idOf} z={0} />
        <FeatureLayer data={plotFc} style={plotStyle} idOf={idOf} z={1} hoverText={plotHover} />
        <FeatureLayer data={buildingFc} style={buildingStyle} idOf={idOf} z={2} hoverText={buildingHover} />
        {badges && badges.length > 1 && <ParkBadges badges={badges} onOpen={(id) => onOpenPark?.(id)} />}
        <FocusPark target={focus ?? null} />
        <InitialFit bounds={bounds as [[number, number], [number, number]]} rightPx={overlay ? 280 : 0} />
      </BaseMap>
      {overlay && <div className="sc-map-overlay">{overlay}</div>}
    </div>
  );
}
