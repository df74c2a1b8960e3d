import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { FeatureCollection, Geometry } from 'geojson';
import { CanvasPolygons } from './canvas-polygons';
import { register, unregister, type HitLayer } from './stacking';
import type { SafeHtml } from './html';

export interface FeatureLayerProps<P> {
  /** The data; a new object rebuilds the layer, anything else updates it in place. */
  data: FeatureCollection<Geometry, P> | null;
  /** Style per feature (Leaflet PathOptions); when the function changes, features are restyled in place. */
  style: (p: P) => L.PathOptions;
  idOf: (p: P) => number;
  onClick?: (p: P) => void;
  /** Hover text as markup built with html`…` (user text escaped); one shared tooltip for the whole layer. */
  hoverText?: (p: P) => SafeHtml | null;
  /** Drawing order among this map's feature layers; higher is on top and gets the click. */
  z?: number;
  /** Drawn last, above its neighbours (e.g. the selected plot, so its outline shows). */
  frontId?: number | null;
  /** Called once the features are on the canvas (after the frame that draws them). */
  onDrawn?: (count: number) => void;
}

/**
 * A GeoJSON FeatureCollection of polygons on a canvas (one concept: a styled, clickable feature
 * set), reusable by any map screen. Built once per data object; style, selection and filters
 * restyle in place, so switching the colour mode on 20,000 plots is a repaint, not a rebuild.
 */
export function FeatureLayer<P>({
  data,
  style,
  idOf,
  onClick,
  hoverText,
  z = 0,
  frontId,
  onDrawn,
}: FeatureLayerProps<P>) {
  const map = useMap();
  const layerRef = useRef<CanvasPolygons<P> | null>(null);
  const applied = useRef<FeatureLayerProps<P>['style'] | null>(null);
  // Latest callbacks, read by event handlers without rebuilding the layer.
  const cb = useRef({ style, onClick, hoverText, onDrawn, idOf, frontId });
  cb.current = { style, onClick, hoverText, onDrawn, idOf, frontId };

  useEffect(() => {
    if (!data) return;
    // Marks for the benchmark's breakdown (navigation → data → layer built → drawn).
    performance.mark(`pp:layer-start:${data.features.length}`);
    const layer = new CanvasPolygons<P>(data.features, { style: cb.current.style, zIndex: z });
    applied.current = cb.current.style;
    const front = cb.current.frontId;
    if (front != null) layer.setFront(layer.indexWhere((p) => cb.current.idOf(p) === front));
    const tip = L.tooltip({ direction: 'top', offset: [0, -10], className: 'pm-hover', opacity: 0.95 });
    const hit: HitLayer = {
      z,
      click: (ll) => {
        const p = cb.current.onClick ? layer.hit(ll) : null;
        if (p) cb.current.onClick!(p);
        return !!p;
      },
      hover: (ll) => {
        const p = layer.hit(ll);
        const text = p && cb.current.hoverText?.(p);
        if (text && text.value) tip.setContent(text.value).setLatLng(ll).addTo(map);
        else tip.remove();
        return !!p && !!(cb.current.onClick || text);
      },
      leave: () => tip.remove(),
    };
    let cancelled = false;
    layer.once('drawn', () => {
      performance.mark(`pp:layer-added:${data.features.length}`);
      // The canvas is painted; the next frame is after the browser has shown it.
      requestAnimationFrame(() => {
        if (!cancelled) cb.current.onDrawn?.(layer.size);
      });
    });
    layer.addTo(map);
    register(map, hit);
    layerRef.current = layer;
    return () => {
      cancelled = true;
      tip.remove();
      unregister(map, hit);
      layer.remove();
      layerRef.current = null;
    };
    // z is fixed for a layer's life.
  }, [data, map]);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer || applied.current === style) return;
    applied.current = style;
    layer.setStyleFn(style);
  }, [style]);

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    layer.setFront(frontId == null ? null : layer.indexWhere((p) => cb.current.idOf(p) === frontId));
  }, [frontId, data]);

  return null;
}
