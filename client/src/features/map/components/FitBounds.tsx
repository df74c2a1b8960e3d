import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Polygon } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/** [[south, west], [north, east]] of some polygons (outer rings), for Leaflet. */
export function boundsOf(polys: Polygon[]): Bounds {
  let s = 90,
    w = 180,
    n = -90,
    e = -180;
  for (const p of polys)
    for (const [lon, lat] of p.coordinates[0]) {
      if (lat < s) s = lat;
      if (lat > n) n = lat;
      if (lon < w) w = lon;
      if (lon > e) e = lon;
    }
  return [
    [s, w],
    [n, e],
  ];
}

/** Moves the view when the target changes (a park opened, back to the city); not on every render. */
export function FitBounds({ bounds }: { bounds: Bounds }) {
  const map = useMap();
  const last = useRef(JSON.stringify(bounds));
  useEffect(() => {
    const key = JSON.stringify(bounds);
    if (key === last.current) return;
    last.current = key;
    map.fitBounds(bounds, { padding: [40, 40], animate: false });
  }, [bounds, map]);
  return null;
}
