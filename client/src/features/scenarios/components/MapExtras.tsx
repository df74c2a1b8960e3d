import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Polygon } from 'geojson';

type Bounds = [[number, number], [number, number]];

/** [[south, west], [north, east]] of a polygon's outer ring. */
export function boundsOf(p: Polygon): Bounds {
  let s = 90, w = 180, n = -90, e = -180;
  for (const [x, y] of p.coordinates[0]) { s = Math.min(s, y); n = Math.max(n, y); w = Math.min(w, x); e = Math.max(e, x); }
  return [[s, w], [n, e]];
}

export interface ParkBadge { parkId: number; boundary: Polygon; html: string }

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
    return () => { map.off('zoomend', on); };
  }, [map]);
  const show = zoom < BADGE_MAX_ZOOM;
  useEffect(() => {
    if (!show) return;
    const markers = badges.map((b) => {
      const [[s, w], [n, e]] = boundsOf(b.boundary);
      // A zero-size anchor at the centre; the label inside centres itself (Leaflet owns the anchor's transform).
      const icon = L.divIcon({ className: 'sc-park-anchor', html: `<div class="sc-park-badge">${b.html}</div>`, iconSize: [0, 0] });
      const m = L.marker([(s + n) / 2, (w + e) / 2], { icon, keyboard: false });
      m.on('click', () => onOpen(b.parkId));
      return m.addTo(map);
    });
    return () => markers.forEach((m) => m.remove());
  }, [badges, show, map, onOpen]);
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
