import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import geographiclib from 'geographiclib-geodesic';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { dxfDrawing, PRJ_4527, shapefileZip } from '../support/plot-fixtures';
import { M2_PER_MU } from '../../../shared/units';

const { Geodesic } = geographiclib;
type Ring = Array<[number, number]>;

// Written out here rather than taken from shared/geo/crs, so the test checks the import's own definitions.
const GK39 = '+proj=tmerc +lat_0=0 +lon_0=117 +k=1 +x_0=39500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const toLonLat = (x: number, y: number) => proj4(GK39, 'WGS84').forward([x, y]) as [number, number];
const E0 = 39_500_000;
const N0 = 3_765_000;
/** A rectangle in zone-39 metres, counter-clockwise and closed. */
const box = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [E0 + x0, N0 + y0],
  [E0 + x1, N0 + y0],
  [E0 + x1, N0 + y1],
  [E0 + x0, N0 + y1],
  [E0 + x0, N0 + y0],
];
const geodesicAreaM2 = (ring: Ring) => {
  const p = Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) p.AddPoint(lat, lon);
  return Math.abs(p.Compute(false, true).area ?? 0);
};
const metresApart = (a: number[], b: number[]) => Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? Infinity;

let t: TestApp;
let admin: Client;
let parkId: number;

interface PlotFeature {
  id: number;
  geometry: { coordinates: number[][][] };
  properties: Record<string, unknown> & { code: string; areaMu: number };
}
const plots = async (): Promise<PlotFeature[]> =>
  (await (await admin.get(`/api/parks/${parkId}/plots`)).json()).features;
const upload = (query: string, body: Uint8Array | string, type = 'application/octet-stream') =>
  admin.send(
    'POST',
    `/api/parks/${parkId}/plots/import?${query}`,
    typeof body === 'string' ? Buffer.from(body) : body,
    {
      'content-type': type,
    },
  );

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const corner = box(-100, -100, 5000, 3000).map(([x, y]) => toLonLat(x, y));
  const res = await admin.send('POST', '/api/parks', {
    jurisdictionId: 2,
    name: '坐标测试园',
    boundary: { type: 'Polygon', coordinates: [corner] },
    dominantChainIds: [],
    landGrade: 10,
    listedLandPriceWanPerMu: 12,
    minInvestmentIntensityWanPerMu: 200,
    minTaxPerMuWan: 10,
    minFar: 1,
  });
  expect(res.status).toBe(201);
  parkId = (await res.json()).id;
});
afterAll(() => t.close());

describe('plot import from shapefile and DXF in CGCS2000 zone 39 (EPSG:4527)', () => {
  const lots = [
    { ring: box(200, 200, 400, 350), code: '地块-01', occupant: '华北精密机械有限公司', area: '3,00', use: 'M2' },
    { ring: box(500, 200, 650, 400), code: '地块-02', occupant: '中原新材料股份公司', area: '3,00', use: 'M1' },
    { ring: box(800, 200, 1000, 300), code: '地块-03', occupant: '', area: '2,00', use: '二类工业用地' },
  ];

  it(
    'when a GBK shapefile zip with a .prj is imported through the mapping, ' +
      'then every plot lies within 0.05 m of its WGS84 position and its area ' +
      'within 0.01%',
    async () => {
      const zip = await shapefileZip({
        rings: lots.map((l) => l.ring),
        fields: [
          { name: '编号', type: 'C', size: 20 },
          { name: '企业', type: 'C', size: 60 },
          { name: '面积', type: 'C', size: 12 },
          { name: '用途', type: 'C', size: 16 },
        ],
        records: lots.map((l) => ({ 编号: l.code, 企业: l.occupant, 面积: l.area, 用途: l.use })),
        encoding: 'gbk',
        prj: PRJ_4527,
        cpg: '936',
      });
      const q = new URLSearchParams({
        codeField: '编号',
        occupantField: '企业',
        areaField: '面积',
        areaUnit: 'ha',
        landUseField: '用途',
      });
      const res = await upload(q.toString(), zip, 'application/zip');
      expect(res.status).toBe(201);
      const report = await res.json();
      expect(report).toMatchObject({ format: 'shapefile', srs: 'EPSG:4527', srsFrom: 'prj', created: 3 });
      expect(report.columns).toEqual(['编号', '企业', '面积', '用途']);
      expect(report.features.map((f: { code: string }) => f.code)).toEqual(lots.map((l) => l.code));
      expect(report.features[0].note).toMatch(/华北精密机械有限公司 is not a registered enterprise/);

      const byCode = new Map((await plots()).map((p) => [p.properties.code, p]));
      for (const lot of lots) {
        const p = byCode.get(lot.code)!;
        expect(p, lot.code).toBeDefined();
        const expected = lot.ring.map(([x, y]) => toLonLat(x, y));
        const got = p.geometry.coordinates[0];
        expect(got).toHaveLength(5);
        // The shapefile stores rings clockwise; match each expected corner to its nearest stored one.
        for (const e of expected) expect(Math.min(...got.map((g) => metresApart(g, e)))).toBeLessThan(0.05);
        const m2 = p.properties.areaMu * M2_PER_MU;
        expect(Math.abs(m2 / geodesicAreaM2(expected) - 1)).toBeLessThan(1e-4);
      }
      // Gauss-Krüger has scale 1 on the central meridian: 200 m × 150 m is 30 000 m² on the ground.
      expect(Math.abs((byCode.get('地块-01')!.properties.areaMu * M2_PER_MU) / 30_000 - 1)).toBeLessThan(1e-4);
      expect(byCode.get('地块-01')!.properties).toMatchObject({ landUse: 'M2', declaredAreaMu: 45 });
      expect(byCode.get('地块-03')!.properties.landUse).toBe('M2');
    },
  );

  it(
    'when a DXF drawing with zone-prefixed eastings is imported, then ' +
      'closed polylines become plots coded by their labels and the open one ' +
      'is named',
    async () => {
      const drawing = dxfDrawing([
        {
          ring: box(1200, 200, 1400, 400).slice(0, 4),
          layer: '用地红线',
          label: { at: [E0 + 1300, N0 + 300], text: 'D-1' },
        },
        {
          ring: box(1500, 200, 1600, 300).slice(0, 4),
          layer: '用地红线',
          label: { at: [E0 + 1550, N0 + 250], text: 'D-2' },
        },
        {
          open: [
            [E0 + 1200, N0 + 500],
            [E0 + 1600, N0 + 500],
          ],
          layer: '道路中线',
        },
      ]);
      const res = await upload('codeField=text', drawing, 'application/dxf');
      expect(res.status).toBe(201);
      const report = await res.json();
      expect(report).toMatchObject({ format: 'dxf', srs: 'EPSG:4527', srsFrom: 'range', created: 2 });
      expect(report.columns).toEqual(expect.arrayContaining(['layer', 'handle', 'text']));
      expect(report.features[2]).toMatchObject({ index: 2, outcome: 'refused' });
      expect(report.features[2].reason).toMatch(/not a polygon: geometry is LineString/);
      const d1 = (await plots()).find((p) => p.properties.code === 'D-1')!;
      const expected = box(1200, 200, 1400, 400).map(([x, y]) => toLonLat(x, y));
      for (const e of expected)
        expect(Math.min(...d1.geometry.coordinates[0].map((g) => metresApart(g, e)))).toBeLessThan(0.05);
      expect(Math.abs((d1.properties.areaMu * M2_PER_MU) / geodesicAreaM2(expected) - 1)).toBeLessThan(1e-4);
    },
  );

  it(
    "when the .prj says Xi'an 1980 or the coordinates cannot tell their " +
      'zone, then 400 naming srs and nothing is written',
    async () => {
      const before = (await plots()).length;
      const xian = await shapefileZip({
        rings: [box(3000, 200, 3100, 300)],
        fields: [{ name: 'code', type: 'C', size: 10 }],
        records: [{ code: 'X-1' }],
        encoding: 'utf8',
        prj: 'PROJCS["Xian_1980_3_Degree_GK_Zone_39",GEOGCS["GCS_Xian_1980"]]',
      });
      const r1 = await upload('', xian);
      expect(r1.status).toBe(400);
      expect((await r1.json()).error.message).toMatch(/srs: .*Xi'an 1980/);
      const sixDigit = dxfDrawing([
        {
          ring: [
            [500100, 3765100],
            [500200, 3765100],
            [500200, 3765200],
            [500100, 3765200],
          ],
          layer: '0',
        },
      ]);
      const r2 = await upload('', sixDigit, 'application/dxf');
      expect(r2.status).toBe(400);
      expect((await r2.json()).error).toMatchObject({ code: 'SRS_UNKNOWN', details: { field: 'srs' } });
      const r3 = await upload('areaUnit=acre', sixDigit, 'application/dxf');
      expect(r3.status).toBe(400);
      expect(JSON.stringify(await r3.json())).toMatch(/areaUnit/);
      const r4 = await upload('', 'hello, not a map', 'text/plain');
      expect(r4.status).toBe(415);
      expect((await plots()).length).toBe(before);
    },
  );
});
