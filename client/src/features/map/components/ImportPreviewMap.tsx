import { useMemo } from 'react';
import { GeoJSON, MapContainer } from 'react-leaflet';
import L from 'leaflet';
import type { GeoPolygon } from '@shared/types/common';
import type { ImportReport } from '../api/edit';
import { useFmt } from '../model/format';

/**
 * The dry run's features over the park boundary, on a plain background so it works offline:
 * blue for what will be imported, red for what is refused (its index in the tooltip).
 */
export function ImportPreviewMap({ boundary, report }: { boundary: GeoPolygon; report: ImportReport }) {
  const f = useFmt();
  const data = useMemo(() => {
    const outcome = new Map(report.features.map((x) => [x.index, x]));
    return {
      type: 'FeatureCollection' as const,
      features: (report.geometries ?? []).flatMap((g, index) =>
        g ? [{ type: 'Feature' as const, geometry: g, properties: { index, ...outcome.get(index) } }] : [],
      ),
    };
  }, [report]);
  const bounds = useMemo(() => L.geoJSON(boundary).getBounds().pad(0.05), [boundary]);
  const style = (ft?: GeoJSON.Feature) => {
    const refused = ft?.properties?.outcome === 'refused';
    return { color: refused ? '#d32f2f' : '#1565c0', weight: refused ? 3 : 1.5, fillOpacity: refused ? 0.35 : 0.25 };
  };
  return (
    <div className="mp-import-map" data-testid="import-map">
      <MapContainer
        bounds={bounds}
        zoomSnap={0.25}
        style={{ height: 220 }}
        attributionControl={false}
        preferCanvas={false}
      >
        <GeoJSON
          data={boundary}
          style={{ color: '#555', weight: 1, dashArray: '4 3', fill: false }}
          interactive={false}
        />
        <GeoJSON
          key={JSON.stringify(report.features.map((x) => x.outcome))}
          data={data}
          style={style}
          pointToLayer={(ft, at) => L.circleMarker(at, { radius: 5, ...style(ft) })}
          onEachFeature={(ft, layer) => {
            const p = ft.properties as { index: number; code?: string; outcome?: string; reason?: string };
            layer.bindTooltip(`#${p.index} ${p.code ?? ''} ${p.reason ?? ''}`);
            layer.on('add', () => {
              const el = (layer as L.Path).getElement?.();
              el?.setAttribute('data-outcome', p.outcome ?? '');
              el?.setAttribute('data-index', String(p.index));
            });
          }}
        />
      </MapContainer>
      <p className="muted small">{f.t('import.mapHint')}</p>
    </div>
  );
}
