import type { GeoPolygon } from '../types/common';
import { EARTH_RADIUS_M } from './area';

/** WGS84 flattening (NIMA TR8350.2 table 3.1), so metres here agree with the ellipsoid areas of area.ts. */
const E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);

/**
 * A local tangent frame in metres (x east, y north) around an origin, equirectangular.
 * Used to lay out plots and buildings in metres; error < 0.1% over a few kilometres.
 */
export interface LocalFrame {
  toLonLat(x: number, y: number): [number, number];
  toXY(lon: number, lat: number): [number, number];
  polygon(ringXY: readonly (readonly [number, number])[], decimals?: number): GeoPolygon;
}

export function localFrame(lon0: number, lat0: number): LocalFrame {
  // Meridian (M) and prime-vertical (N) radii of curvature at lat0 on the WGS84 ellipsoid.
  const sin = Math.sin((lat0 * Math.PI) / 180);
  const w = 1 - E2 * sin * sin;
  const mPerDegLat = ((Math.PI / 180) * EARTH_RADIUS_M * (1 - E2)) / w ** 1.5;
  const mPerDegLon = (((Math.PI / 180) * EARTH_RADIUS_M) / Math.sqrt(w)) * Math.cos((lat0 * Math.PI) / 180);
  const toLonLat = (x: number, y: number): [number, number] => [lon0 + x / mPerDegLon, lat0 + y / mPerDegLat];
  return {
    toLonLat,
    toXY: (lon, lat) => [(lon - lon0) * mPerDegLon, (lat - lat0) * mPerDegLat],
    polygon(ringXY, decimals = 7) {
      const f = 10 ** decimals;
      const ring = ringXY.map(([x, y]) => toLonLat(x, y).map((v) => Math.round(v * f) / f));
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
      return { type: 'Polygon', coordinates: [ring] };
    },
  };
}
