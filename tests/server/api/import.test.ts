import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { polygonAreaMu } from '../../../shared/geo';

let t: TestApp;
let admin: Client;
let parkId: number;

// A fresh park far from the demo parks, so the file's plots only meet each other.
const C = [115.2, 34.1];
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
const feature = (geometry: unknown, properties: unknown = {}) => ({ type: 'Feature', geometry, properties });

async function plotCount(): Promise<number> {
  const [{ n }] = await t.db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM plot');
  return n;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const res = await admin.send('POST', '/api/parks', {
    jurisdictionId: 2,
    name: '导入测试园',
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

describe('POST /api/parks/:id/plots/import', () => {
  it(
    'when a messy file is imported, then exactly the valid polygons are ' +
      'created and every other feature is reported',
    async () => {
      const a = rect(0.001, 0.001, 0.003, 0.003);
      const declaredOk = Math.round(polygonAreaMu(rect(0.013, 0.001, 0.015, 0.003)) * 10) / 10;
      const fc = {
        type: 'FeatureCollection',
        features: [
          feature(a, { code: 'A-1', landUse: 'M2' }), // 0 valid
          feature({ type: 'Point', coordinates: [C[0] + 0.005, C[1] + 0.005] }, { code: 'P' }), // 1
          feature({
            type: 'LineString',
            coordinates: [
              [C[0], C[1]],
              [C[0] + 0.01, C[1] + 0.01],
            ],
          }), // 2
          { type: 'Feature', geometry: rect(0.005, 0.001, 0.007, 0.003) }, // 3 valid, no properties object
          feature({
            type: 'Polygon',
            coordinates: [
              [
                [C[0] + 0.009, C[1] + 0.009],
                [C[0] + 0.011, C[1] + 0.011],
                [C[0] + 0.011, C[1] + 0.009],
                [C[0] + 0.009, C[1] + 0.011],
                [C[0] + 0.009, C[1] + 0.009],
              ],
            ],
          }), // 4 bow-tie
          feature(rect(0.03, 0.03, 0.032, 0.032), { code: 'OUT' }), // 5 outside the park
          feature(rect(0.002, 0.002, 0.004, 0.004), { code: 'OVER' }), // 6 overlaps A-1
          feature(rect(0.009, 0.001, 0.011, 0.003), { code: 'AREA', areaMu: 999 }), // 7 declared area wrong
          feature({
            type: 'Polygon',
            coordinates: [
              [
                [C[0] + 0.012, C[1] + 0.012],
                [C[0] + 0.013, C[1] + 0.012],
                [C[0] + 0.013, C[1] + 0.013],
                [C[0] + 0.012, C[1] + 0.013],
              ],
            ],
          }), // 8 ring not closed
          feature(null, { code: 'NULL' }), // 9 no geometry
          feature(
            { type: 'MultiPolygon', coordinates: [rect(0.001, 0.005, 0.003, 0.007).coordinates] },
            { 编号: 'MP-1', 用地性质: 'M1' },
          ), // 10 valid
          feature({
            type: 'Polygon',
            coordinates: [
              [
                [200, 34],
                [201, 34],
                [201, 35],
                [200, 35],
                [200, 34],
              ],
            ],
          }), // 11 lon 200
          feature(rect(0.013, 0.001, 0.015, 0.003), {
            code: 'ODD',
            nested: { a: [1, 2] },
            areaMu: String(declaredOk),
            extra: null,
          }), // 12 valid
          'not even an object', // 13
        ],
      };
      const before = await plotCount();
      const res = await admin.send('POST', `/api/parks/${parkId}/plots/import`, fc);
      expect(res.status).toBe(201);
      const report = await res.json();
      expect(report.created).toBe(4);
      expect(report.skipped.map((s: { index: number }) => s.index)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 11, 13]);
      const reason = (i: number) => report.skipped.find((s: { index: number }) => s.index === i).reason as string;
      expect(reason(1)).toMatch(/not a polygon.*Point/);
      expect(reason(2)).toMatch(/not a polygon.*LineString/);
      expect(reason(4)).toMatch(/self-intersection/);
      expect(reason(5)).toMatch(/outside the park/);
      expect(reason(6)).toMatch(/overlaps plot A-1/);
      expect(reason(7)).toMatch(/differs .* by more than 5%/);
      expect(reason(8)).toMatch(/invalid ring/);
      expect(reason(9)).toMatch(/no geometry/);
      expect(reason(11)).toMatch(/invalid ring/);
      expect(await plotCount()).toBe(before + 4);
      const fcBack = await (await admin.get(`/api/parks/${parkId}/plots`)).json();
      // The unnamed feature's code carries the file's digest, so another file's feature 4 cannot collide with it.
      const generated = report.features.find((f: { index: number }) => f.index === 3).code as string;
      expect(generated).toMatch(new RegExp(`^IMP${parkId}-[0-9A-F]{6}-4$`));
      expect(report.features).toHaveLength(14);
      expect(fcBack.features.map((f: { properties: { code: string } }) => f.properties.code).sort()).toEqual(
        ['A-1', generated, 'MP-1', 'ODD'].sort(),
      );
    },
  );

  it('when strict mode meets a bad feature, then the file is refused and nothing changes', async () => {
    const before = await plotCount();
    const res = await admin.send('POST', `/api/parks/${parkId}/plots/import?strict=true`, {
      type: 'FeatureCollection',
      features: [
        feature(rect(0.016, 0.016, 0.018, 0.018), { code: 'S-1' }),
        feature({ type: 'Point', coordinates: [0, 0] }),
      ],
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.details.skipped[0].index).toBe(1);
    expect(await plotCount()).toBe(before);
  });

  it('when the body is not a FeatureCollection, then 400 naming features and nothing changes', async () => {
    const before = await plotCount();
    const res = await admin.send('POST', `/api/parks/${parkId}/plots/import`, { type: 'Feature' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('features');
    expect(await plotCount()).toBe(before);
  });

  it('when an editor imports into another county’s park, then 403 and nothing changes', async () => {
    const editorB = await t.login('editorB');
    const before = await plotCount();
    const res = await editorB.send('POST', `/api/parks/${parkId}/plots/import`, {
      type: 'FeatureCollection',
      features: [feature(rect(0.016, 0.001, 0.018, 0.003), { code: 'X-1' })],
    });
    expect(res.status).toBe(403);
    expect(await plotCount()).toBe(before);
  });

  it('when the plots are exported, then the GeoJSON round-trips the codes', async () => {
    const res = await admin.get(`/api/parks/${parkId}/plots/export`);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const fc = await res.json();
    expect(fc.features.length).toBe(4);
  });
});

describe('projects CSV', () => {
  it(
    'when a CSV with BOM and Chinese headers has two bad rows, then the ' +
      'good rows are created and the bad ones named',
    async () => {
      const [industry] = await (await admin.get('/api/industries')).json();
      const jurisdictions = await (await admin.get('/api/jurisdictions')).json();
      const county = jurisdictions.find((j: { kind: string }) => j.kind !== 'city');
      const csv =
        '\uFEFF项目名称,投资方,行业,固定资产投资(万元),用地需求(亩),达产产值(万元),达产税收(万元),就业人数,县区,阶段\n' +
        `测试项目甲,某投资方,${industry.name},20000,50,30000,1500,120,${county.name},洽谈\n` +
        `测试项目乙,某投资方,不存在的行业,20000,50,30000,1500,120,${county.name},线索\n` +
        `测试项目丙,某投资方,${industry.name},-5,50,30000,1500,120,${county.name},线索\n` +
        `Test project D,Investor,${industry.nameEn},8000,,,,30,${county.nameEn},lead\n`;
      const before = (await (await admin.get('/api/projects?limit=1')).json()).total;
      const res = await admin.send('POST', '/api/projects/import', csv);
      const report = await res.json();
      expect(res.status, JSON.stringify(report)).toBe(201);
      expect(report.created).toBe(1);
      expect(report.skipped).toEqual([
        { row: 3, field: 'industry', reason: expect.stringContaining('不存在的行业') },
        { row: 4, field: 'investmentWan', reason: expect.any(String) },
        { row: 5, field: 'landNeedMu', reason: expect.stringContaining('exactly one') },
      ]);
      expect((await (await admin.get('/api/projects?limit=1')).json()).total).toBe(before + 1);
      const bytes = new Uint8Array(await (await admin.get('/api/projects/export')).arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
      const exported = new TextDecoder().decode(bytes);
      expect(exported).toContain('项目名称');
      expect(exported).toContain('测试项目甲');
    },
  );
});

describe('viewer imports (issue 15 #8)', () => {
  it('when a viewer posts a project CSV with no valid row, then 403, not 201 "created 0"', async () => {
    const viewer = await t.login('viewer');
    const before = (await (await admin.get('/api/projects?limit=1')).json()).total;
    const res = await viewer.send('POST', '/api/projects/import', '项目名称,阶段\n,线索\n');
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toContain('viewers');
    const dry = await viewer.send('POST', '/api/projects/import?dryRun=true', '项目名称\n');
    expect(dry.status).toBe(403);
    expect((await (await admin.get('/api/projects?limit=1')).json()).total).toBe(before);
  });

  it('when a viewer posts a plot file with no valid feature, then 403 and nothing changes', async () => {
    const viewer = await t.login('viewer');
    const before = await plotCount();
    const res = await viewer.send('POST', `/api/parks/${parkId}/plots/import?dryRun=true`, {
      type: 'FeatureCollection',
      features: [feature({ type: 'Point', coordinates: [0, 0] })],
    });
    expect(res.status).toBe(403);
    expect(await plotCount()).toBe(before);
  });
});
