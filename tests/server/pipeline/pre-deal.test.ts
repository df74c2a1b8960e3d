/* eslint-disable @typescript-eslint/no-explicit-any -- API responses are read loosely: each field used is asserted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

/** The demo city is seeded as of the current year (its quotas are for this year). */
const YEAR = new Date().getFullYear();

let t: TestApp;
let admin: Client;
let editorB: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  editorB = await t.login('editorB');
}, 60_000);
afterAll(() => t.close());

const json = async (res: Response, status = 200) => {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text);
};

describe('pre-deal grade and landing', () => {
  it(
    'when a prospect with a pre-deal grade on a plot lands there, then the ' +
      'new enterprise gets that same grade on the map',
    async () => {
      // A live prospect wanting land, with at least one candidate vacant plot in its county.
      const projects = (await json(await admin.get('/api/projects?limit=5000'))).items as Array<Record<string, any>>;
      let chosen: { p: Record<string, any>; c: Record<string, any> } | null = null;
      for (const p of projects.filter((x) => ['lead', 'negotiating'].includes(x.stage) && x.landNeedMu != null)) {
        const cands = await json(await admin.get(`/api/projects/${p.id}/candidates`));
        const c = cands.find((x: Record<string, any>) => x.kind === 'plot' && x.status === 'vacant' && x.preDeal);
        if (c) {
          chosen = { p, c };
          break;
        }
      }
      expect(chosen, 'some prospect has a vacant candidate plot').not.toBeNull();
      const { p, c } = chosen!;
      expect(c.preDeal.grade).toMatch(/^[ABCD]$/);
      expect(c.preDeal.landMu).toBeCloseTo(c.areaMu, 9);
      expect(c.preDeal.taxPerMuWan).toBeCloseTo(p.taxWan / c.areaMu, 9);

      // The plot's panel lists the same prospect with the same grade.
      const onPlot = await json(await admin.get(`/api/plots/${c.id}/prospects`));
      expect(onPlot.find((x: Record<string, any>) => x.projectId === p.id).preDeal.grade).toBe(c.preDeal.grade);

      // Landing needs a signed project.
      await json(await admin.send('POST', `/api/projects/${p.id}/land`, { plotId: c.id }), 409);
      const signed = await json(
        await admin.send('PATCH', `/api/projects/${p.id}`, { stage: 'signed', version: p.version }),
      );
      expect(signed.stage).toBe('signed');
      const landed = await json(await admin.send('POST', `/api/projects/${p.id}/land`, { plotId: c.id }), 201);
      expect(landed.project.stage).toBe('landed');
      expect(landed.plot).toMatchObject({
        id: c.id,
        status: 'under_construction',
        enterpriseId: landed.enterprise.id,
        projectId: p.id,
      });
      expect(landed.enterprise.figures[0]).toMatchObject({
        revenueWan: p.outputWan,
        taxWan: p.taxWan,
        employees: p.jobs,
      });

      const fc = await json(await admin.get(`/api/parks/${c.parkId}/plots`));
      const feature = fc.features.find((f: Record<string, any>) => f.id === c.id);
      expect(feature.properties.occupantId).toBe(landed.enterprise.id);
      expect(feature.properties.grade).toBe(c.preDeal.grade);

      // One transaction, three audit records; the project's history shows the move to landed.
      const history = await json(await admin.get(`/api/projects/${p.id}/history`));
      expect(history[0].after.stage).toBe('landed');
      const plotHistory = await json(await admin.get(`/api/plots/${c.id}/history`));
      expect(plotHistory[0].after.status).toBe('under_construction');
    },
  );

  it('when another county\u2019s editor tries to land a project, then 403 and the project stays signed', async () => {
    const projects = (await json(await admin.get('/api/projects?jurisdictionId=2&stage=signed&limit=50'))).items;
    const p = projects.find((x: Record<string, any>) => x.landNeedMu != null);
    await json(await editorB.send('POST', `/api/projects/${p.id}/land`, {}), 403);
    expect((await json(await admin.get(`/api/projects/${p.id}`))).stage).toBe('signed');
  });

  it(
    'when a signed project has no reserved plot and none is given, then ' + '422 naming plotId and nothing changes',
    async () => {
      const ind = (await json(await admin.get('/api/industries')))[0];
      const p = await json(
        await admin.send('POST', '/api/projects', {
          name: '无地块项目',
          investor: '乙',
          industryId: ind.id,
          investmentWan: 9000,
          landNeedMu: 20,
          outputWan: 10000,
          taxWan: 300,
          jobs: 50,
          pollutionClass: 'M1',
          jurisdictionId: 2,
          stage: 'signed',
        }),
        201,
      );
      const res = await json(await admin.send('POST', `/api/projects/${p.id}/land`, {}), 422);
      expect(res.error.message).toMatch(/^plotId/);
      expect((await json(await admin.get(`/api/projects/${p.id}`))).stage).toBe('signed');
    },
  );
});

describe('candidates', () => {
  it(
    'when a prospect wants factory floor, then its candidates are ' +
      'buildings with room, charged its share of the building footprint in 亩',
    async () => {
      const projects = (await json(await admin.get('/api/projects?limit=5000'))).items as Array<Record<string, any>>;
      let found: { p: Record<string, any>; c: Record<string, any> } | null = null;
      for (const p of projects.filter((x) => x.floorNeedM2 != null && x.stage !== 'landed' && x.stage !== 'dropped')) {
        const cands = await json(await admin.get(`/api/projects/${p.id}/candidates`));
        if (cands.length) {
          found = { p, c: cands[0] };
          break;
        }
      }
      expect(found).not.toBeNull();
      const { p, c } = found!;
      expect(c.kind).toBe('building');
      expect(c.reservedForThis || c.vacantM2 >= p.floorNeedM2).toBe(true);
      // The land charged is the need's share of the building's floor × its footprint (floor ÷ floors), as for
      // tenants (rule efficiency.tenantLand): need ÷ floors, in 亩.
      const b = await json(await admin.get(`/api/buildings/${c.id}`));
      expect(c.areaMu).toBeCloseTo(((p.floorNeedM2 / b.floorAreaM2) * (b.floorAreaM2 / b.floors)) / (10000 / 15), 9);
      expect(c.preDeal.landMu).toBeCloseTo(c.areaMu, 12);
    },
  );

  it('when a viewer asks for candidates, then grades are there but the per-mu money figures are not', async () => {
    const viewer = await t.login('viewer');
    const projects = (await json(await admin.get('/api/projects?stage=negotiating&limit=200'))).items as Array<
      Record<string, any>
    >;
    for (const p of projects) {
      const cands = await json(await viewer.get(`/api/projects/${p.id}/candidates`));
      if (!cands.length) continue;
      expect(cands[0].preDeal.grade).toMatch(/^[ABCD]$/);
      expect(cands[0].preDeal.taxPerMuWan).toBeUndefined();
      expect(cands[0].meetsIntensity).toBeNull();
      return;
    }
    throw new Error('no negotiating prospect has a candidate');
  });
});

describe('quota board', () => {
  it(
    'when a qualifying negotiating project is signed, then its county ' + 'head\u2019s achieved count rises by one',
    async () => {
      const before = await json(await admin.get(`/api/quotas?year=${YEAR}`));
      // A head-role row whose pipeline has a negotiating project.
      let row: Record<string, any> | undefined;
      let county: Record<string, any> | undefined;
      for (const c of before.counties) {
        row = c.rows.find(
          (r: Record<string, any>) =>
            r.role === 'head' && r.gap > 0 && r.pipeline.some((x: Record<string, any>) => x.stage === 'negotiating'),
        );
        if (row) {
          county = c;
          break;
        }
      }
      expect(row).toBeDefined();
      const pick = row!.pipeline.find((x: Record<string, any>) => x.stage === 'negotiating');
      const p = await json(await admin.get(`/api/projects/${pick.id}`));
      await json(await admin.send('PATCH', `/api/projects/${p.id}`, { stage: 'signed', version: p.version }));
      const after = await json(await admin.get(`/api/quotas?year=${YEAR}`));
      const c2 = after.counties.find((c: Record<string, any>) => c.jurisdictionId === county!.jurisdictionId);
      expect(c2.achieved).toBe(county!.achieved + 1);
      expect(after.countyTotal.achieved).toBe(before.countyTotal.achieved + 1);
    },
  );

  it(
    'when the administrator sets a county\u2019s quotas, then the board ' + 'shows the new target; an editor gets 403',
    async () => {
      const body = {
        year: YEAR,
        quotas: [{ role: 'head', leaderName: '县长', count: 7, minInvestmentWan: 30000, dominantOnly: true }],
      };
      await json(await editorB.send('PUT', '/api/jurisdictions/3/quotas', body), 403);
      const j = await json(await admin.send('PUT', '/api/jurisdictions/3/quotas', body));
      expect(j.quotas.filter((q: Record<string, any>) => q.year === YEAR)).toEqual([{ ...body.quotas[0], year: YEAR }]);
      const board = await json(await admin.get(`/api/quotas?year=${YEAR}`));
      const c = board.counties.find((x: Record<string, any>) => x.jurisdictionId === 3);
      expect(c.target).toBe(7);
      expect(c.rows).toHaveLength(1);
      await json(
        await admin.send('PUT', '/api/jurisdictions/3/quotas', {
          year: YEAR,
          quotas: [{ role: 'boss', leaderName: 'x', count: 1, minInvestmentWan: 1 }],
        }),
        400,
      );
    },
  );

  it('when a viewer reads the board, then counts are there but investment amounts are not', async () => {
    const viewer = await t.login('viewer');
    const b = await json(await viewer.get(`/api/quotas?year=${YEAR}`));
    const items = b.counties.flatMap((c: Record<string, any>) =>
      c.rows.flatMap((r: Record<string, any>) => [...r.counted, ...r.pipeline]),
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((x: Record<string, any>) => x.investmentWan === null)).toBe(true);
  });
});

describe('funnel and Excel export', () => {
  it('the funnel adds up to the pipeline', async () => {
    const f = await json(await admin.get('/api/pipeline/funnel'));
    const all = (await json(await admin.get('/api/projects?limit=5000'))).items as Array<Record<string, any>>;
    const stages = Object.values(f.byStage) as Array<{ count: number; investmentWan: number }>;
    expect(stages.reduce((s, x) => s + x.count, 0)).toBe(all.length);
    expect(stages.reduce((s, x) => s + x.investmentWan, 0)).toBeCloseTo(
      all.reduce((s, p) => s + p.investmentWan, 0),
      6,
    );
    expect(f.parks.length).toBeGreaterThanOrEqual(7);
    expect(f.parks.every((p: Record<string, any>) => p.share === null || (p.share >= 0 && p.share <= 1))).toBe(true);
  });

  it('the Excel export has Chinese headers and numbers as numbers', async () => {
    const res = await admin.get('/api/projects/export.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('项目名称');
    expect(ws.getRow(1).getCell(5).value).toBe('固定资产投资(万元)');
    expect(typeof ws.getRow(2).getCell(5).value).toBe('number');
    const all = (await json(await admin.get('/api/projects?limit=5000'))).items;
    expect(ws.rowCount).toBe(all.length + 1);
  });
});
