import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Polygon } from 'geojson';
import { html, type SafeHtml } from '@/components/map/html';

type Bounds = [[number, number], [number, number]];

/** [[south, west], [north, east]] of a polygon's outer ring. */
export function boundsOf(p: Polygon): Bounds {
  let s = 90,
    w = 180,
    n = -90,
    e = -180;
  for (const [x, y] of p.coordinates[0]) {
    s = Math.min(s, y);
    n = Math.max(n, y);
    w = Math.min(w, x);
    e = Math.max(e, x);
  }
  return [
    [s, w],
    [n, e],
  ];
}

/** A label for one park: `weight` orders who wins a collision; `widthPx` is its estimated width. */
export interface ParkBadge {
  parkId: number;
  boundary: Polygon;
  html: SafeHtml;
  weight: number;
  widthPx: number;
}

/** Below this zoom a park is a few pixels wide: its figures are shown as a label instead. */
const BADGE_MAX_ZOOM = 13.5;

/**
 * Labels at each park's centre while the map shows several parks (the city view), so a
 * whole-city result reads at a glance; clicking one zooms to that park. Hidden when zoomed in.
 */
export function ParkBadges({ badges, onOpen }: { badges: ParkBadge[]; onOpen(parkId: number): void }) {
  const map = useMap();
  const [zoom, setZoom] = useState(map.getZoom());
  useEffect(() => {
    const on = () => setZoom(map.getZoom());
    map.on('zoomend', on);
    return () => {
      map.off('zoomend', on);
    };
  }, [map]);
  const show = zoom < BADGE_MAX_ZOOM;
  useEffect(() => {
    if (!show) return;
    // Greedy declutter in screen space: parks with more placements first, a label that would
    // overlap one already placed waits for the user to zoom in.
    const placed: Array<[number, number, number, number]> = [];
    const markers: L.Marker[] = [];
    for (const b of [...badges].sort((x, y) => y.weight - x.weight)) {
      const [[s, w], [n, e]] = boundsOf(b.boundary);
      const at = L.latLng((s + n) / 2, (w + e) / 2);
      const pt = map.latLngToContainerPoint(at);
      const half = [b.widthPx / 2 + 4, 22];
      const box: [number, number, number, number] = [pt.x - half[0], pt.y - half[1], pt.x + half[0], pt.y + half[1]];
      if (placed.some((q) => box[0] < q[2] && q[0] < box[2] && box[1] < q[3] && q[1] < box[3])) continue;
      placed.push(box);
      // A zero-size anchor at the centre; the label inside centres itself (Leaflet owns the anchor's transform).
      const icon = L.divIcon({
        className: 'sc-park-anchor',
        html: html`<div class="sc-park-badge">${b.html}</div>`.value,
        iconSize: [0, 0],
      });
      const m = L.marker(at, { icon, keyboard: false });
      m.on('click', () => onOpen(b.parkId));
      markers.push(m.addTo(map));
    }
    return () => markers.forEach((m) => m.remove());
  }, [badges, show, zoom, map, onOpen]);
  return null;
}

/** Fits the parks on first show, leaving room on the right for the legend over the map. */
export function InitialFit({ bounds, rightPx }: { bounds: Bounds; rightPx: number }) {
  const map = useMap();
  // Only once per map (the first value is kept): later moves are the user's.
  const [first] = useState({ bounds, rightPx });
  useEffect(() => {
    map.fitBounds(first.bounds, {
      paddingTopLeft: [70, 50],
      paddingBottomRight: [first.rightPx + 30, 30],
      animate: false,
    });
  }, [map, first]);
  return null;
}

/** Zooms to a park when asked (a click on its label or its row in the legend). */
export function FocusPark({ target }: { target: { boundary: Polygon; n: number } | null }) {
  const map = useMap();
  useEffect(() => {
    if (target) map.fitBounds(boundsOf(target.boundary), { padding: [30, 30], animate: false });
  }, [target, map]);
  return null;
}
