import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import shpwrite from '@mapbox/shp-write';
import { DBFFile, type FieldDescriptor } from 'dbffile';
import JSZip from 'jszip';

type Ring = Array<[number, number]>;

/** ESRI WKT of CGCS2000 / 3-degree Gauss-Kruger zone 39 (EPSG:4527), as ArcGIS writes it. */
export const PRJ_4527 =
  'PROJCS["CGCS2000_3_Degree_GK_Zone_39",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",' +
  'SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],' +
  'PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",39500000.0],PARAMETER["False_Northing",0.0],' +
  ('PARAMETER["Central_Meridian",117.0],PARAMETER["Scale_Factor",1.0],' +
    'PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]');

/**
 * A zipped shapefile written by real writers: @mapbox/shp-write for .shp/.shx, dbffile for a .dbf
 * in the given encoding (GBK, as Chinese ArcGIS installs write it), plus .prj and .cpg when given.
 */
export async function shapefileZip(opts: {
  rings: Ring[];
  fields: FieldDescriptor[];
  records: Array<Record<string, unknown>>;
  encoding: string;
  prj?: string;
  cpg?: string;
  extra?: Record<string, Uint8Array | string>;
}): Promise<Uint8Array> {
  const parts = await new Promise<{ shp: DataView; shx: DataView }>((resolve, reject) =>
    shpwrite.write(
      opts.records.map(() => ({})),
      'POLYGON',
      opts.rings.map((r) => [r]),
      (err, files) => (err ? reject(err) : resolve(files)),
    ),
  );
  const dir = await mkdtemp(join(tmpdir(), 'pp-shp-'));
  try {
    const path = join(dir, 'lots.dbf');
    const dbf = await DBFFile.create(path, opts.fields, { encoding: opts.encoding });
    await dbf.appendRecords(opts.records);
    const zip = new JSZip();
    const bytes = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    zip.file('lots.shp', bytes(parts.shp));
    zip.file('lots.shx', bytes(parts.shx));
    zip.file('lots.dbf', await readFile(path));
    if (opts.prj) zip.file('lots.prj', opts.prj);
    if (opts.cpg) zip.file('lots.cpg', opts.cpg);
    for (const [name, body] of Object.entries(opts.extra ?? {})) zip.file(name, body);
    return await zip.generateAsync({ type: 'uint8array' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * An ASCII DXF drawing (AutoCAD R12 group codes: 0 entity, 8 layer, 10/20 x/y, 70 flags, 1 text) of
 * closed LWPOLYLINEs, an open one, and TEXT labels, as a planning institute's 规划图 carries them.
 */
export function dxfDrawing(
  items: Array<{ ring?: Ring; open?: Ring; label?: { at: [number, number]; text: string }; layer: string }>,
): string {
  const out: Array<string | number> = [0, 'SECTION', 2, 'ENTITIES'];
  let handle = 0x100;
  for (const it of items) {
    const pts = it.ring ?? it.open;
    if (pts) {
      out.push(
        0,
        'LWPOLYLINE',
        5,
        (handle++).toString(16).toUpperCase(),
        8,
        it.layer,
        90,
        pts.length,
        70,
        it.ring ? 1 : 0,
      );
      for (const [x, y] of pts) out.push(10, x.toFixed(4), 20, y.toFixed(4));
    }
    if (it.label) {
      out.push(0, 'TEXT', 5, (handle++).toString(16).toUpperCase(), 8, it.layer);
      out.push(10, it.label.at[0].toFixed(4), 20, it.label.at[1].toFixed(4), 30, '0.0', 40, '2.5', 1, it.label.text);
    }
  }
  out.push(0, 'ENDSEC', 0, 'EOF');
  return out.join('\n') + '\n';
}
