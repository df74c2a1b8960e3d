import { AppError } from '../../../shared/errors';
import { detectSrsFromPrj, detectSrsFromRange } from '../../../shared/geo/crs';
import { firstPosition, mapGeometry, parseSrs, srsToWgs84, type SrsName } from '../../../shared/geo/transform';
import { readDxf } from './dxf';
import { readKml } from './kml';
import { readShapefileZip } from './shapefile';
import type { PlotFileFormat, RawFeature, RawFeatures } from './types';

export interface PlotFile {
  format: PlotFileFormat;
  /** Features in WGS84, in file order (their index is the report's). */
  features: RawFeature[];
  srs: SrsName;
  /** Where the system came from: the user's `srs`, the .prj, the coordinates, or the format itself. */
  srsFrom: 'query' | 'prj' | 'range' | 'format';
}

function sniff(body: Buffer, contentType: string): PlotFileFormat {
  const ct = contentType.toLowerCase();
  if (ct.includes('zip') || (body[0] === 0x50 && body[1] === 0x4b)) return 'shapefile';
  if (ct.includes('kml')) return 'kml';
  if (ct.includes('dxf')) return 'dxf';
  if (ct.includes('json')) return 'geojson';
  const head = body.subarray(0, 2000).toString('utf8').trimStart();
  if (head.startsWith('{')) return 'geojson';
  if (head.startsWith('<') && head.includes('<kml')) return 'kml';
  if (/^0\s*\r?\n\s*SECTION/.test(head)) return 'dxf';
  throw new AppError('UNSUPPORTED_FORMAT', 'file: not GeoJSON, a zipped shapefile, KML or DXF', 415);
}

function readGeoJson(body: Buffer): RawFeatures {
  let fc: { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  try {
    fc = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('MALFORMED_JSON', 'body: malformed JSON', 400);
  }
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new AppError('INVALID_GEOJSON', 'body must be a GeoJSON FeatureCollection with a features array', 400, {
      field: 'features',
    });
  // GeoJSON 2008 files (still written by ArcGIS and QGIS) name their system in "crs"; RFC 7946 is WGS84.
  const named = /EPSG:{1,2}(\d+)$/.exec(String(fc.crs?.properties?.name ?? ''));
  return {
    format: 'geojson',
    features: fc.features as RawFeature[],
    prj: null,
    fixedEpsg: named ? Number(named[1]) : 4326,
  };
}

async function readRaw(body: Buffer, format: PlotFileFormat): Promise<RawFeatures> {
  if (format === 'shapefile') return readShapefileZip(body);
  if (format === 'kml') return readKml(body.toString('utf8'));
  if (format === 'dxf') return readDxf(body.toString('utf8'));
  return readGeoJson(body);
}

/** The file's system: the user's choice first, then the .prj, the coordinates, or the format's own. */
function chooseSrs(raw: RawFeatures, query: string | undefined): Pick<PlotFile, 'srs' | 'srsFrom'> {
  if (query) return { srs: parseSrs(query), srsFrom: 'query' };
  if (raw.prj) {
    const epsg = detectSrsFromPrj(raw.prj);
    if (epsg) return { srs: `EPSG:${epsg}`, srsFrom: 'prj' };
  }
  const first = raw.features.map((f) => firstPosition(f?.geometry)).find((p) => p !== null);
  if (raw.fixedEpsg && (raw.fixedEpsg !== 4326 || !first || detectSrsFromRange(first[0], first[1]) === 4490))
    return { srs: `EPSG:${raw.fixedEpsg}`, srsFrom: 'format' };
  const guess = first ? detectSrsFromRange(first[0], first[1]) : null;
  if (guess) return { srs: `EPSG:${guess}`, srsFrom: 'range' };
  throw new AppError(
    'SRS_UNKNOWN',
    `srs: the coordinate system of the ${raw.format} file cannot be told from its coordinates` +
      (first ? ` (first point ${first[0]}, ${first[1]})` : '') +
      '; give it as srs=EPSG:NNNN',
    400,
    { field: 'srs' },
  );
}

/** Reads an uploaded plot file of any supported format and brings its features to WGS84. */
export async function readPlotFile(body: Buffer, contentType: string, srsQuery?: string): Promise<PlotFile> {
  if (!body.length) throw new AppError('INVALID_FILE', 'file: the request body is empty', 400);
  const format = sniff(body, contentType);
  const raw = await readRaw(body, format);
  const { srs, srsFrom } = chooseSrs(raw, srsQuery);
  const fn = srsToWgs84(srs);
  const identity = srs === 'EPSG:4326' || srs === 'EPSG:4490';
  const features = raw.features.map((f) =>
    identity || !f || typeof f !== 'object' || !f.geometry ? f : { ...f, geometry: mapGeometry(f.geometry, fn) },
  );
  return { format, features, srs, srsFrom };
}
