import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { polygonAreaM2 } from '../../../shared/geo';

let t: TestApp;
let admin: Client;
let parkId: number;

// A park far from the demo parks; 1e-3° ≈ 92 m east–west and 111 m north–south here.
const C = [114.6, 33.2];
const rect = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [C[0] + x0, C[1] + y0],
      [C[0] + x1, C[1] + y0],
      [C[0] + x1, C[1] + y1],
      [C[0] + x0, C[1] + y1],
      [C[0] + x0, C[1] + y0],
    ],
  ],
});
/** Hectares written as the real lot map writes them: two decimals and a decimal comma. */
const ha = (g: ReturnType<typeof rect>) => (polygonAreaM2(g) / 10_000).toFixed(2).replace('.', ',');

interface PlotFeature {
  id: number;
  geometry: { coordinates: number[][][] };
  properties: Record<string, unknown> & { code: string };
}
const plots = async (): Promise<PlotFeature[]> =>
  (await (await admin.get(`/api/parks/${parkId}/plots`)).json()).features;
const upload = (query: string, body: unknown, type = 'application/geo+json') =>
  admin.send(
    'POST',
    `/api/parks/${parkId}/plots/import?${query}`,
    body instanceof Uint8Array ? body : Buffer.from(JSON.stringify(body)),
    { 'content-type': type },
  );

// A lot map as a municipality publishes it: occupant and lot reference columns, hectares with
// decimal commas, two firms holding two lots each, one lot reference used twice, points and a line.
const lots = [
  { g: rect(0.001, 0.001, 0.003, 0.003), ref: 'L-01', who: 'Acme Tools' },
  { g: rect(0.004, 0.001, 0.006, 0.003), ref: 'L-02', who: 'Acme Tools' },
  { g: rect(0.007, 0.001, 0.009, 0.003), ref: 'L-03', who: 'Borealis Foods' },
  { g: rect(0.001, 0.004, 0.003, 0.006), ref: 'L-04', who: 'Borealis Foods' },
  { g: rect(0.004, 0.004, 0.006, 0.006), ref: 'L-05', who: 'Cirrus Labs' },
  { g: rect(0.007, 0.004, 0.009, 0.006), ref: 'L-05', who: 'Delta Print' },
];
const lotMap = {
  type: 'FeatureCollection',
  features: [
    ...lots.map((l) => ({
      type: 'Feature',
      geometry: l.g,
      properties: { name: l.who, lot_ref: l.ref, area_ha: ha(l.g), use: 'M2' },
    })),
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [C[0] + 0.002, C[1] + 0.002] },
      properties: { name: 'gate' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [C[0] + 0.005, C[1] + 0.002] },
      properties: { name: 'tap' },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [C[0], C[1] + 0.0035],
          [C[0] + 0.01, C[1] + 0.0035],
        ],
      },
      properties: { name: 'road' },
    },
  ],
};
const mapping = 'codeField=lot_ref&occupantField=name&areaField=area_ha&areaUnit=ha&landUseField=use';

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const res = await admin.send('POST', '/api/parks', {
    jurisdictionId: 2,
    name: '往返测试园',
    boundary: rect(0, 0, 0.02, 0.02),
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

describe('a real-world style lot map through the mapping', () => {
  it('when the user previews and cancels, then the report names every feature and nothing is written', async () => {
    const res = await upload(`dryRun=true&${mapping}`, lotMap);
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.dryRun).toBe(true);
    expect(r.columns).toEqual(['name', 'lot_ref', 'area_ha', 'use']);
    expect(r.geometries).toHaveLength(9);
    expect(r.features.map((f: { outcome: string }) => f.outcome)).toEqual([
      ...Array(5).fill('create'),
      'refused',
      'refused',
      'refused',
      'refused',
    ]);
    expect(r.features[5].reason).toMatch(/duplicate plot code L-05 \(also feature 4\)/);
    expect(r.features[6].reason).toMatch(/not a polygon: geometry is Point/);
    expect(r.features[8].reason).toMatch(/not a polygon: geometry is LineString/);
    expect(await plots()).toHaveLength(0);
  });

  it('when strict mode meets the points, then 422 and nothing is written', async () => {
    const res = await upload(`strict=true&duplicates=suffix&${mapping}`, lotMap);
    expect(res.status).toBe(422);
    expect(await plots()).toHaveLength(0);
  });

  it(
    'when imported with duplicates=suffix, then every polygon is created ' +
      'with its decimal-comma hectares read right',
    async () => {
      const res = await upload(`duplicates=suffix&${mapping}`, lotMap);
      expect(res.status).toBe(201);
      const r = await res.json();
      expect(r.created).toBe(6);
      expect(r.features.slice(0, 6).map((f: { code: string }) => f.code)).toEqual([
        'L-01',
        'L-02',
        'L-03',
        'L-04',
        'L-05',
        'L-05-2',
      ]);
      expect(r.features.slice(6).map((f: { index: number; outcome: string }) => [f.index, f.outcome])).toEqual([
        [6, 'refused'],
        [7, 'refused'],
        [8, 'refused'],
      ]);
      const got = await plots();
      expect(got).toHaveLength(6);
      const l1 = got.find((p) => p.properties.code === 'L-01')!;
      // "4,11"-style hectares × 15 亩/ha, not read as hundreds.
      const declared = Number(ha(lots[0].g).replace(',', '.')) * 15;
      expect(l1.properties.declaredAreaMu).toBeCloseTo(declared, 6);
      expect(l1.properties.landUse).toBe('M2');
    },
  );

  it(
    'when two touching parts share a code and duplicates=merge, then they ' + 'become one plot of their joint area',
    async () => {
      const a = rect(0.011, 0.001, 0.013, 0.003);
      const b = rect(0.013, 0.001, 0.015, 0.003);
      const fc = {
        type: 'FeatureCollection',
        features: [a, b].map((g) => ({ type: 'Feature', geometry: g, properties: { lot_ref: 'M-1' } })),
      };
      const res = await upload('duplicates=merge&codeField=lot_ref', fc);
      expect(res.status).toBe(201);
      const r = await res.json();
      expect(r.features.map((f: { outcome: string }) => f.outcome)).toEqual(['create', 'merged']);
      const m = (await plots()).find((p) => p.properties.code === 'M-1')!;
      const whole = polygonAreaM2(rect(0.011, 0.001, 0.015, 0.003));
      expect(
        Math.abs(polygonAreaM2({ type: 'Polygon', coordinates: m.geometry.coordinates }) / whole - 1),
      ).toBeLessThan(1e-9);
    },
  );
});

describe('exports and the round trip', () => {
  it(
    'when the plots are exported as a shapefile and imported again, then ' +
      'every geometry is within 1e-7° and the attributes are kept',
    async () => {
      const before = await plots();
      const res = await admin.get(`/api/parks/${parkId}/plots/export?format=shapefile&srs=EPSG:4490`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/zip/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const zip = await JSZip.loadAsync(bytes);
      expect(Object.keys(zip.files).sort()).toEqual(
        ['park-%-plots.cpg', 'park-%-plots.dbf', 'park-%-plots.prj', 'park-%-plots.shp', 'park-%-plots.shx']
          .map((n) => n.replace('%', String(parkId)))
          .sort(),
      );
      expect(await zip.file(`park-${parkId}-plots.cpg`)!.async('string')).toBe('UTF-8');
      expect(await zip.file(`park-${parkId}-plots.prj`)!.async('string')).toMatch(
        /China_Geodetic_Coordinate_System_2000/,
      );

      for (const p of before) expect((await admin.send('DELETE', `/api/plots/${p.id}`)).status).toBe(204);
      expect(await plots()).toHaveLength(0);
      const back = await upload('', bytes, 'application/zip');
      expect(back.status).toBe(201);
      const r = await back.json();
      expect(r.skipped).toEqual([]);
      expect(r).toMatchObject({ format: 'shapefile', srs: 'EPSG:4490', srsFrom: 'prj', created: before.length });

      const after = new Map((await plots()).map((p) => [p.properties.code, p]));
      for (const p of before) {
        const q = after.get(p.properties.code)!;
        expect(q, p.properties.code).toBeDefined();
        for (const key of ['landUse', 'status', 'readiness', 'declaredAreaMu'])
          expect(q.properties[key], `${p.properties.code} ${key}`).toEqual(p.properties[key]);
        // Same vertex set (the shapefile writes rings clockwise, so the order may turn).
        const ring = q.geometry.coordinates[0];
        for (const v of p.geometry.coordinates[0])
          expect(Math.min(...ring.map((w) => Math.max(Math.abs(w[0] - v[0]), Math.abs(w[1] - v[1]))))).toBeLessThan(
            1e-7,
          );
        expect(ring).toHaveLength(p.geometry.coordinates[0].length);
      }
    },
  );

  it(
    'when the KML export is imported as a preview, then every feature ' + 'updates its own plot and nothing is refused',
    async () => {
      const n = (await plots()).length;
      const res = await admin.get(`/api/parks/${parkId}/plots/export?format=kml`);
      expect(res.headers.get('content-type')).toMatch(/kml/);
      const kml = await res.text();
      const r = await (await upload('dryRun=true', Buffer.from(kml), 'application/vnd.google-earth.kml+xml')).json();
      expect(r).toMatchObject({ format: 'kml', srs: 'EPSG:4326', updated: n, created: 0, skipped: [] });
    },
  );

  it('when the city is exported as Excel, then one row per plot with the area in 亩 and m²', async () => {
    const res = await admin.get('/api/plots/export?format=xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['面积(亩) Area mu', '面积(m²) Area m²']));
    const [{ n }] = await t.db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM plot');
    expect(ws.rowCount - 1).toBe(n);
    const row = ws.getRow(2);
    const mu = Number(row.getCell(6).value);
    expect(Number(row.getCell(7).value)).toBeCloseTo((mu * 10000) / 15, 0);
  });
});
