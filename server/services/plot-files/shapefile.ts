import JSZip from 'jszip';
import { parseDbf, parseShp } from 'shpjs';
import { AppError } from '../../../shared/errors';
import type { RawFeatures } from './types';

/**
 * dBASE language driver ids (byte 29 of the .dbf header) of the Chinese code pages, for files
 * that come without a .cpg: 0x4D = code page 936 (GBK), as ArcGIS writes it; 0x7A = 936 too.
 */
const LDID_ENCODING: Record<number, string> = { 0x4d: 'gbk', 0x7a: 'gbk', 0x4f: 'big5', 0x78: 'big5' };

function dbfEncoding(dbf: Uint8Array, cpg: string | undefined): string | undefined {
  if (cpg?.trim()) {
    const c = cpg.trim().toUpperCase();
    // ArcGIS writes "936" or "ANSI 936" for GBK; TextDecoder knows it by name only.
    if (/^(ANSI\s*)?936$|^CP936$|^GB2312$|^GB18030$/.test(c)) return 'gbk';
    return cpg.trim();
  }
  return LDID_ENCODING[dbf[29]];
}

/**
 * A zipped shapefile → features in the file's own coordinates, one layer after another (a park's
 * export often holds polygons, points and lines as three .shp files). The .prj is returned as text
 * for the system detection; nothing is reprojected here.
 */
export async function readShapefileZip(body: Buffer): Promise<RawFeatures> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(body);
  } catch {
    throw new AppError('INVALID_FILE', 'file: not a readable zip archive', 400);
  }
  const files = new Map<string, JSZip.JSZipObject>();
  zip.forEach((path, f) => {
    if (!path.includes('__MACOSX') && !f.dir) files.set(path.toLowerCase(), f);
  });
  const layers = [...files.keys()].filter((p) => p.endsWith('.shp')).map((p) => p.slice(0, -4));
  if (!layers.length) throw new AppError('INVALID_FILE', 'file: the zip holds no .shp file', 400);

  const out: RawFeatures = { format: 'shapefile', features: [], prj: null };
  for (const base of layers) {
    const read = (ext: string, type: 'uint8array' | 'string') => files.get(`${base}.${ext}`)?.async(type as 'string');
    const shp = (await files.get(`${base}.shp`)!.async('uint8array')) as Uint8Array;
    const dbf = files.has(`${base}.dbf`) ? await files.get(`${base}.dbf`)!.async('uint8array') : null;
    const cpg = await read('cpg', 'string');
    const prj = await read('prj', 'string');
    out.prj ??= prj ?? null;
    let geometries: GeoJSON.Geometry[];
    let rows: Array<Record<string, unknown>> = [];
    try {
      geometries = parseShp(shp, false);
      if (dbf) rows = parseDbf(dbf, dbfEncoding(dbf, cpg));
    } catch (e) {
      throw new AppError('INVALID_FILE', `file: ${base}.shp could not be read (${(e as Error).message})`, 400);
    }
    const layer = base.split('/').pop()!;
    geometries.forEach((geometry, i) =>
      out.features.push({ type: 'Feature', geometry, properties: { ...rows[i] }, layer }),
    );
  }
  return out;
}
