import { useEffect, useMemo } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Polygon } from 'geojson';
import { geomanFor } from '@/components/map/geoman';
import { fromGcj02, toGcj02 } from '@/components/map/gcj';
import type { GeoPolygon } from '@shared/types/common';
import type { PlotCollection } from '../model/types';
import type { EditTool } from './MapCanvas';

const EDIT_STYLE: L.PathOptions = { color: '#d97706', weight: 3, fillColor: '#fbbf24', fillOpacity: 0.35 };

/** Rounds to 7 decimals (≈1 cm) and closes the ring: what a GeoJSON polygon from a drawing should be. */
function clean(g: Polygon): GeoPolygon {
  return {
    type: 'Polygon',
    coordinates: g.coordinates.map((ring) => {
      const r = ring.map(([x, y]) => [Math.round(x * 1e7) / 1e7, Math.round(y * 1e7) / 1e7]);
      const [a, b] = [r[0], r[r.length - 1]];
      if (a && b && (a[0] !== b[0] || a[1] !== b[1])) r.push([a[0], a[1]]);
      return r;
    }),
  };
}

/**
 * leaflet-geoman, driven by the panel: draw a new polygon, or drag the vertices of a plot. The result
 * goes back up in WGS84 (converted from GCJ-02 when the Gaode basemap is on); checks and saving are
 * the panel's job.
 */
export function EditTools({
  tool,
  onTool,
  gcj,
  plots,
}: {
  tool: EditTool;
  onTool(t: EditTool): void;
  gcj: boolean;
  plots: PlotCollection | null;
}) {
  const map = useMap();
  const toWgs = (g: Polygon) => clean(gcj ? fromGcj02(g) : g);
  const shapeId = tool.kind === 'shape' ? tool.plotId : null;

  useEffect(() => {
    if (tool.kind !== 'draw' || tool.polygon) return;
    let cleanup = () => {};
    let cancelled = false;
    void geomanFor(map).then(() => {
      if (cancelled) return;
      const onCreate = (e: { layer: L.Layer }) => {
        const g = (e.layer as L.Polygon).toGeoJSON().geometry as Polygon;
        e.layer.remove();
        map.pm.disableDraw();
        onTool({ kind: 'draw', polygon: toWgs(g) });
      };
      map.on('pm:create', onCreate as L.LeafletEventHandlerFn);
      map.pm.enableDraw('Polygon', {
        allowSelfIntersection: false,
        snappable: false,
        templineStyle: EDIT_STYLE,
        hintlineStyle: { color: '#d97706', dashArray: '5 5' },
        pathOptions: EDIT_STYLE,
      });
      cleanup = () => {
        map.off('pm:create', onCreate as L.LeafletEventHandlerFn);
        map.pm.disableDraw();
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [tool.kind, tool.kind === 'draw' && !!tool.polygon, map, gcj]);

  useEffect(() => {
    if (shapeId == null) return;
    const feature = plots?.features.find((x) => x.properties.id === shapeId);
    if (!feature) return;
    let cleanup = () => {};
    let cancelled = false;
    void geomanFor(map).then(() => {
      if (cancelled) return;
      const rings = feature.geometry.coordinates.map((r) => r.slice(0, -1).map(([x, y]) => L.latLng(y, x)));
      // SVG, not the canvas: the vertex handles of geoman sit on a DOM path.
      const layer = L.polygon(rings, {
        ...EDIT_STYLE,
        pane: 'markerPane',
        renderer: L.svg({ pane: 'markerPane' }),
        pmIgnore: false,
      } as L.PolylineOptions).addTo(map);
      layer.pm.enable({ allowSelfIntersection: false, snappable: false });
      const report = () =>
        onTool({ kind: 'shape', plotId: shapeId, polygon: toWgs(layer.toGeoJSON().geometry as Polygon) });
      layer.on('pm:edit', report);
      cleanup = () => {
        layer.off('pm:edit', report);
        layer.pm.disable();
        layer.remove();
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [shapeId, map, gcj]);

  // The drawn polygon stays visible while its form is filled in.
  const drawn = tool.kind === 'draw' ? tool.polygon : undefined;
  const shown = useMemo(() => (drawn ? (gcj ? toGcj02(drawn as Polygon) : (drawn as Polygon)) : null), [drawn, gcj]);
  return shown ? (
    <GeoJSON key={JSON.stringify(shown)} data={shown} style={EDIT_STYLE} interactive={false} pane="markerPane" />
  ) : null;
}
