import { useMemo, useState, type ReactNode } from 'react';
import { MapContainer, ScaleControl, TileLayer } from 'react-leaflet';
import type { LatLngBoundsExpression, TileEvent } from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import { tileLayers, type BasemapId } from './basemaps';

// A transparent pixel for failed tiles: no broken-image icons on an offline machine.
const BLANK = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAIBTAA7';

export interface BaseMapProps {
  basemap: BasemapId;
  tiandituKey: string | null;
  bounds: LatLngBoundsExpression;
  /** Shown quietly in a corner when tiles cannot be loaded (no network, no key). */
  offlineNote: string;
  className?: string;
  children?: ReactNode;
}

type TileState = 'none' | 'loading' | 'ok' | 'failed';

/**
 * A Leaflet map on the canvas renderer with a switchable basemap. When tiles fail (offline, wrong
 * key) the map keeps working on its plain background and says so in one small line.
 */
export function BaseMap({ basemap, tiandituKey, bounds, offlineNote, className, children }: BaseMapProps) {
  const layers = useMemo(() => tileLayers(basemap, tiandituKey), [basemap, tiandituKey]);
  const [state, setState] = useState<{ key: string; s: TileState }>({ key: '', s: 'loading' });
  const key = `${basemap}:${tiandituKey ?? ''}`;
  const tileState: TileState =
    layers.length === 0 ? (basemap === 'none' ? 'none' : 'failed') : state.key === key ? state.s : 'loading';
  const mark = (s: TileState) =>
    setState((cur) => (cur.key === key && (cur.s === 'ok' || cur.s === s) ? cur : { key, s }));
  return (
    <div className={`pm-basemap ${className ?? ''}`} data-tiles={tileState} data-basemap={basemap}>
      <MapContainer
        bounds={bounds}
        boundsOptions={{ padding: [40, 40] }}
        preferCanvas
        zoomSnap={0.25}
        wheelPxPerZoomLevel={90}
        className="pm-leaflet"
        attributionControl
      >
        {layers.map((l, i) => (
          <TileLayer
            key={`${key}:${i}`}
            url={l.url}
            subdomains={l.subdomains ?? 'abc'}
            attribution={l.attribution}
            maxZoom={l.maxZoom}
            errorTileUrl={BLANK}
            // The blank stand-in for a failed tile also fires tileload: only a real tile counts.
            eventHandlers={{
              tileload: (e) => {
                if ((e as TileEvent).tile.src !== BLANK) mark('ok');
              },
              tileerror: () => mark('failed'),
            }}
          />
        ))}
        <ScaleControl imperial={false} position="bottomleft" />
        {children}
      </MapContainer>
      {tileState === 'failed' && (
        <div className="pm-offline" role="status">
          {offlineNote}
        </div>
      )}
    </div>
  );
}
