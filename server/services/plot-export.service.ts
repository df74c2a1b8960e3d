import ExcelJS from 'exceljs';
import shpwrite from '@mapbox/shp-write';
import JSZip from 'jszip';
import { toKML } from '@placemarkio/tokml';
import type { Ctx } from './context';
import { parksRepo } from '../repositories/parks.repo';
import { plotsRepo } from '../repositories/plots.repo';
import { found } from './not-found';
import { exportProperties, plotExportRow, shapefileRings, type PlotExportRow } from '../../shared/export/plot-rows';

export type PlotExportFormat = 'geojson' | 'shapefile' | 'kml' | 'xlsx';

/** ESRI WKT of the two geographic systems a shapefile may be written in; CGCS2000 = GRS80 ellipsoid. */
const PRJ: Record<'EPSG:4326' | 'EPSG:4490', string> = {
  'EPSG:4326':
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.' +
    '0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.' +
    '0174532925199433]]',
  'EPSG:4490':
    'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",' +
    'DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],' +
    'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
};

export interface ExportFile {
  body: Buffer;
  type: string;
  filename: string;
}

async function rowsOf(ctx: Ctx, parkId: number | null): Promise<PlotExportRow[]> {
  const m = ctx.db.read;
  const parks = parkId === null ? await parksRepo.list(m) : [found(await parksRepo.get(m, parkId), 'park', parkId)];
  const rows: PlotExportRow[] = [];
  for (const park of parks)
    for (const p of await plotsRepo.byParkWithOccupants(m, park.id))
      rows.push(plotExportRow(p, park.name, p.occupantName));
  return rows;
}

const featureCollection = (rows: PlotExportRow[]) => ({
  type: 'FeatureCollection' as const,
  features: rows.map((r) => ({ type: 'Feature' as const, geometry: r.polygon, properties: exportProperties(r) })),
});

/** tokml writes a null as the text "null"; KML's ExtendedData has no null, so the field is left out. */
const withoutNulls = (fc: ReturnType<typeof featureCollection>) => ({
  ...fc,
  features: fc.features.map((f) => ({
    ...f,
    properties: Object.fromEntries(Object.entries(f.properties).filter(([, v]) => v !== null)),
  })),
});

/**
 * dBASE fields hold bytes; the dbf writer stores one byte per character code, so strings go in as
 * their UTF-8 bytes (and the .cpg says UTF-8) — Chinese names then survive any reader that honours .cpg.
 */
const utf8Bytes = (v: unknown) => (typeof v === 'string' ? Buffer.from(v, 'utf8').toString('latin1') : v);

function shapefileParts(rows: PlotExportRow[]): Promise<{ shp: DataView; shx: DataView; dbf: DataView }> {
  const props = rows.map((r) =>
    Object.fromEntries(Object.entries(exportProperties(r)).map(([k, v]) => [k, utf8Bytes(v)])),
  );
  return new Promise((resolve, reject) =>
    shpwrite.write(
      props,
      'POLYGON',
      rows.map((r) => shapefileRings(r.polygon)),
      (err, files) => (err ? reject(err) : resolve(files)),
    ),
  );
}

async function shapefileZip(rows: PlotExportRow[], srs: 'EPSG:4326' | 'EPSG:4490', name: string): Promise<Buffer> {
  const zip = new JSZip();
  if (rows.length) {
    const f = await shapefileParts(rows);
    const bytes = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    zip.file(`${name}.shp`, bytes(f.shp));
    zip.file(`${name}.shx`, bytes(f.shx));
    zip.file(`${name}.dbf`, bytes(f.dbf));
  }
  zip.file(`${name}.prj`, PRJ[srs]);
  zip.file(`${name}.cpg`, 'UTF-8');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function workbook(rows: PlotExportRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('地块 Plots');
  ws.columns = [
    { header: '地块编号 Code', key: 'code', width: 16 },
    { header: '园区 Park', key: 'park', width: 20 },
    { header: '用地性质 Land use', key: 'landUse', width: 10 },
    { header: '状态 Status', key: 'status', width: 14 },
    { header: '条件 Readiness', key: 'readiness', width: 10 },
    { header: '面积(亩) Area mu', key: 'calcMu', width: 14, style: { numFmt: '0.00' } },
    { header: '面积(m²) Area m²', key: 'calcM2', width: 14, style: { numFmt: '#,##0' } },
    { header: '申报面积(亩) Declared mu', key: 'declaredMu', width: 16, style: { numFmt: '0.00' } },
    { header: '企业 Occupant', key: 'occupant', width: 24 },
  ];
  for (const r of rows) ws.addRow({ ...r, polygon: undefined });
  ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A park's plots (or every park's, when parkId is null) in one of the export formats. */
export async function exportPlots(
  ctx: Ctx,
  parkId: number | null,
  format: PlotExportFormat,
  srs: 'EPSG:4326' | 'EPSG:4490',
): Promise<ExportFile> {
  const rows = await rowsOf(ctx, parkId);
  const name = parkId === null ? 'city-plots' : `park-${parkId}-plots`;
  if (format === 'shapefile')
    return { body: await shapefileZip(rows, srs, name), type: 'application/zip', filename: `${name}.zip` };
  if (format === 'kml')
    return {
      body: Buffer.from(toKML(withoutNulls(featureCollection(rows))), 'utf8'),
      type: 'application/vnd.google-earth.kml+xml',
      filename: `${name}.kml`,
    };
  if (format === 'xlsx')
    return {
      body: await workbook(rows),
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${name}.xlsx`,
    };
  return {
    body: Buffer.from(JSON.stringify(featureCollection(rows))),
    type: 'application/geo+json',
    filename: `${name}.geojson`,
  };
}
