import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
// The package is CommonJS: Node's ESM loader exposes only its default export.
import geographiclib from 'geographiclib-geodesic';

const { Geodesic } = geographiclib;
import { cgcs2000Proj4, detectSrsFromPrj, detectSrsFromRange, toWgs84 } from '../../../shared/geo/crs';

/** Metres between two lon/lat points on the ellipsoid (geographiclib inverse). */
const gap = (a: [number, number], b: [number, number]) => Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? NaN;

describe('CGCS2000 Gauss-Krüger definitions', () => {
  it(
    'when a point lies on zone 39 (EPSG:4527) central meridian 117°E, then ' +
      'northing = meridian arc and easting = 39 500 000',
    () => {
      // On the central meridian a transverse Mercator with k=1 maps latitude to the meridian arc length;
      // geographiclib's geodesic along the meridian is an independent reference (GRS80 vs WGS84 f differ < 1 mm here).
      const arc = gap([117, 0], [117, 30]);
      const [x, y] = proj4(cgcs2000Proj4(4527)!, 'WGS84').inverse([117, 30]);
      expect(x).toBeCloseTo(39_500_000, 3);
      expect(Math.abs(y - arc)).toBeLessThan(0.005);
      const [lon, lat] = toWgs84(4527)(39_500_000, arc);
      expect(gap([lon, lat], [117, 30])).toBeLessThan(0.01);
    },
  );

  it(
    'when a point 1 km east of the meridian is projected, then the easting ' +
      'is 1 km past the false easting (scale ≈ 1)',
    () => {
      // 1 km east on the ellipsoid at 30°N: the TM easting differs from the geodesic by far less than 1 mm (k ≈ 1 +
      // x²/2R²).
      const dest = Geodesic.WGS84.Direct(30, 117, 90, 1000);
      const [x] = proj4(cgcs2000Proj4(4527)!, 'WGS84').inverse([dest.lon2!, dest.lat2!]);
      expect(Math.abs(x - 39_501_000)).toBeLessThan(0.01);
    },
  );

  it(
    'when the same place is in a prefixed and an unprefixed zone, then the ' + 'eastings differ by exactly zone·10⁶',
    () => {
      const p = [114.3, 30.6];
      const prefixed = proj4(cgcs2000Proj4(4526)!, 'WGS84').inverse(p); // zone 38, CM 114
      const plain = proj4(cgcs2000Proj4(4547)!, 'WGS84').inverse(p); // CM 114, no prefix
      expect(prefixed[0] - plain[0]).toBeCloseTo(38_000_000, 4);
      expect(prefixed[1]).toBeCloseTo(plain[1], 4);
      // 6° zone 20 (EPSG:4498) has CM 117 like 3° zone 39: same northing, prefix 20 instead of 39.
      const six = proj4(cgcs2000Proj4(4498)!, 'WGS84').inverse([117, 30]);
      expect(six[0]).toBeCloseTo(20_500_000, 3);
      expect(cgcs2000Proj4(4555)).toBeNull();
    },
  );
});

describe('detecting the system', () => {
  it('when coordinates are lon/lat, prefixed 3° or 6° eastings, or unprefixed, then 4490, the zone, or null', () => {
    expect(detectSrsFromRange(117.2, 31.8)).toBe(4490);
    expect(detectSrsFromRange(39_512_345, 3_520_000)).toBe(4527);
    expect(detectSrsFromRange(20_512_345, 3_520_000)).toBe(4498);
    expect(detectSrsFromRange(512_345, 3_520_000)).toBeNull();
  });

  it('when a .prj names CGCS2000 GK zone 39, Xian 1980 or Beijing 1954, then 4527 or a 400 naming the datum', () => {
    const prj =
      'PROJCS["CGCS2000_3_Degree_GK_Zone_39",' +
      'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",' +
      'DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],' +
      'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],' +
      'PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",39500000.0],' +
      'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",117.0],' +
      'PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],' +
      'UNIT["Meter",1.0]]';
    expect(detectSrsFromPrj(prj)).toBe(4527);
    expect(detectSrsFromPrj('GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000"]]')).toBe(4490);
    expect(() => detectSrsFromPrj('PROJCS["Xian_1980_3_Degree_GK_Zone_39"]')).toThrow(/Xi'an 1980/);
    expect(() => detectSrsFromPrj('PROJCS["Beijing_1954_3_Degree_GK_CM_117E"]')).toThrow(/Beijing 1954/);
    expect(() => toWgs84(2385)).toThrow(/EPSG:2385/);
  });
});
