import gcoord from 'gcoord';
import type { FeatureCollection, Polygon } from 'geojson';

/**
 * WGS84 ↔ GCJ-02 for overlays on Gaode tiles. gcoord rewrites coordinates in place, so the
 * input is cloned: the WGS84 data (what the server stores) is never touched.
 */
export function toGcj02<T extends FeatureCollection | Polygon>(g: T): T {
  return gcoord.transform(structuredClone(g) as never, gcoord.WGS84, gcoord.GCJ02) as unknown as T;
}

export function fromGcj02<T extends FeatureCollection | Polygon>(g: T): T {
  return gcoord.transform(structuredClone(g) as never, gcoord.GCJ02, gcoord.WGS84) as unknown as T;
}

/** A [lat, lng] point as shown on the basemap. */
export function displayLatLng(lat: number, lng: number, gcj: boolean): [number, number] {
  if (!gcj) return [lat, lng];
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
  return [y, x];
}
