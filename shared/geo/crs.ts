import proj4 from 'proj4';
import { AppError } from '../errors';

/**
 * CGCS2000 coordinate systems as bureaus deliver them (EPSG registry, CGCS2000 = GRS80 ellipsoid,
 * 国家测绘局 2008 年第 2 号公告). Gauss-Krüger is transverse Mercator with scale 1 on the central meridian.
 *  4490        geographic
 *  4491–4501   6° zones 13–23, easting prefixed with the zone (x_0 = zone·10⁶ + 500 000)
 *  4502–4512   6° zones, central meridian 75°E…135°E, no prefix
 *  4513–4533   3° zones 25–45, easting prefixed with the zone
 *  4534–4554   3° zones, central meridian 75°E…135°E, no prefix
 */
export function cgcs2000Proj4(epsg: number): string | null {
  if (epsg === 4490) return '+proj=longlat +ellps=GRS80 +no_defs';
  const gk = (lon0: number, x0: number) =>
    `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
  if (epsg >= 4491 && epsg <= 4501) {
    const zone = epsg - 4491 + 13;
    return gk(6 * zone - 3, zone * 1e6 + 500000);
  }
  if (epsg >= 4502 && epsg <= 4512) return gk(75 + 6 * (epsg - 4502), 500000);
  if (epsg >= 4513 && epsg <= 4533) {
    const zone = epsg - 4513 + 25;
    return gk(3 * zone, zone * 1e6 + 500000);
  }
  if (epsg >= 4534 && epsg <= 4554) return gk(75 + 3 * (epsg - 4534), 500000);
  return null;
}

/** WGS84 itself, and CGCS2000 — the two agree to a few centimetres, so both map to lon/lat unchanged. */
const GEOGRAPHIC = new Set([4326, 4490]);

/** A function from the file's (x, y) to WGS84 [lon, lat]; 400 with the code when it is not supported. */
export function toWgs84(epsg: number): (x: number, y: number) => [number, number] {
  if (GEOGRAPHIC.has(epsg)) return (x, y) => [x, y];
  const def = cgcs2000Proj4(epsg);
  if (!def) throw new AppError('UNSUPPORTED_SRS', `srs: EPSG:${epsg} is not a supported CGCS2000 / WGS84 system`, 400);
  const conv = proj4(def, 'WGS84');
  return (x, y) => conv.forward([x, y]) as [number, number];
}

export interface SrsGuess {
  epsg: number | null;
  /** Why: "prj" (named in the .prj), "range" (from the coordinates), or null when undecided. */
  from: 'prj' | 'range' | null;
}

/**
 * Detects the system from coordinates: lon/lat ranges, or a Gauss-Krüger easting whose 8 digits
 * start with the zone (13–23 → 6°, 25–45 → 3°). A 6-digit easting cannot tell its zone: null.
 */
export function detectSrsFromRange(x: number, y: number): number | null {
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 4490;
  if (y < 0 || y > 6.5e6) return null;
  const zone = Math.floor(x / 1e6);
  if (zone >= 13 && zone <= 23) return 4491 + zone - 13;
  if (zone >= 25 && zone <= 45) return 4513 + zone - 25;
  return null;
}

/**
 * Reads a .prj (ESRI WKT). Xi'an 80 and Beijing 54 need a seven-parameter transformation that only
 * the bureau holds, so they are named and refused rather than silently shifted by tens of metres.
 */
export function detectSrsFromPrj(prj: string): number | null {
  const text = prj.toUpperCase();
  if (/XIAN.?1980|XI'AN.?80|XIAN_80/.test(text))
    throw new AppError(
      'UNSUPPORTED_SRS',
      "srs: the file is in Xi'an 1980; give transformation parameters or re-export in CGCS2000",
      400,
    );
  if (/BEIJING.?1954|BEIJING_54/.test(text))
    throw new AppError(
      'UNSUPPORTED_SRS',
      'srs: the file is in Beijing 1954; give transformation parameters or re-export in CGCS2000',
      400,
    );
  if (!text.includes('CGCS') && !text.includes('2000'))
    return text.includes('WGS') && !text.includes('PROJCS') ? 4326 : null;
  if (!text.includes('PROJCS')) return 4490;
  const cm = /CENTRAL_MERIDIAN"?\s*,\s*([\d.]+)/.exec(text);
  const fe = /FALSE_EASTING"?\s*,\s*([\d.]+)/.exec(text);
  if (!cm || !fe) return null;
  const lon0 = Number(cm[1]);
  const x0 = Number(fe[1]);
  for (let epsg = 4491; epsg <= 4554; epsg++) {
    const def = cgcs2000Proj4(epsg);
    if (def && def.includes(`+lon_0=${lon0} `) && def.includes(`+x_0=${x0} `)) return epsg;
  }
  return null;
}
