import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Client;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const YEAR = new Date().getFullYear();
const LAST = YEAR - 1;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('yearly 亩均 review (efficiency reviews)', () => {
  it('when a county’s review of its latest filed year runs, then it reproduces the map panel’s grades', async () => {
    const res = await admin.send('POST', '/api/efficiency/reviews', { jurisdictionId: 2, year: LAST });
    expect(res.status).toBe(201);
    const review: Json = await res.json();
    expect(review.rows.length).toBeGreaterThan(5);
    const total = Object.values(review.distribution as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(total).toBe(review.rows.length);
    expect(review.benchmarks.taxPerMu).toBeGreaterThan(0);
    for (const row of review.rows) {
      const panel: Json = await (await admin.get(`/api/map/grades/${row.enterpriseId}`)).json();
      expect(panel.grade, `enterprise ${row.enterpriseId}`).not.toBeNull();
      expect(row.grade).toBe(panel.grade.grade);
      expect(row.rank).toBe(panel.grade.rank);
      expect(row.score).toBeCloseTo(panel.grade.score, 9);
    }
  });

  it(
    'when next year’s filings arrive, then the kept review is unchanged ' + 'and the new one shows last year’s grade',
    async () => {
      const before: Json = await (await admin.get(`/api/efficiency/reviews?jurisdictionId=2&year=${LAST}`)).json();
      // Every firm of the review files the new year; the first one's tax collapses.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('s');
      ws.addRow([
        '企业编号',
        '年度',
        '税收',
        '增加值',
        '营业收入',
        '综合能耗',
        '主要污染物排放',
        '研发经费',
        '从业人员',
      ]);
      before.rows.forEach((r: Json, i: number) => {
        const f = r.figures;
        ws.addRow([
          r.enterpriseId,
          YEAR,
          i === 0 ? 0 : f.taxWan,
          f.valueAddedWan,
          f.revenueWan,
          f.energyTce,
          f.emissionsT,
          f.rdSpendWan,
          f.employees,
        ]);
      });
      const imp = await fetch(`${t.url}/api/filings/import`, {
        method: 'POST',
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          cookie: admin.cookie!,
          'x-csrf-token': admin.csrf!,
        },
        body: new Uint8Array(await wb.xlsx.writeBuffer()),
      });
      expect(imp.status).toBe(200);
      const kept: Json = await (await admin.get(`/api/efficiency/reviews?jurisdictionId=2&year=${LAST}`)).json();
      expect(kept).toEqual(before);
      const next: Json = await (
        await admin.send('POST', '/api/efficiency/reviews', { jurisdictionId: 2, year: YEAR })
      ).json();
      const first = next.rows.find((r: Json) => r.enterpriseId === before.rows[0].enterpriseId);
      expect(first.previous).toEqual({
        grade: before.rows[0].grade,
        score: before.rows[0].score,
        rank: before.rows[0].rank,
      });
      expect(first.score).toBeLessThan(before.rows[0].score);
      const list: Json[] = await (await admin.get('/api/efficiency/reviews?jurisdictionId=2')).json();
      expect(list.map((x) => x.year)).toEqual([YEAR, LAST]);
    },
  );

  it('when exported, then the workbook holds every row with its grade', async () => {
    const r: Json = await (await admin.get(`/api/efficiency/reviews?jurisdictionId=2&year=${LAST}`)).json();
    const res = await admin.get(`/api/efficiency/reviews/${r.id}/export.xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('评价结果')!;
    const names = r.rows.map((x: Json) => x.name);
    const grades: string[] = [];
    ws.eachRow((row) => {
      if (names.includes(row.getCell(2).value)) grades.push(String(row.getCell(6).value));
    });
    expect(grades).toEqual(r.rows.map((x: Json) => x.grade));
  });

  it(
    'when an editor runs another county’s review or a year nobody filed, ' + 'then 403 / 422 and nothing is kept',
    async () => {
      const editorB = await t.login('editorB');
      const res = await editorB.send('POST', '/api/efficiency/reviews', { jurisdictionId: 2, year: LAST - 1 });
      expect(res.status).toBe(403);
      const none = await admin.send('POST', '/api/efficiency/reviews', { jurisdictionId: 2, year: 2001 });
      expect(none.status).toBe(422);
      expect((await none.json()).error.message).toContain('year');
      const list: Json[] = await (await admin.get('/api/efficiency/reviews?jurisdictionId=2')).json();
      expect(list.some((x) => x.year === LAST - 1 || x.year === 2001)).toBe(false);
    },
  );

  it(
    'when the county edits its policy tiers, then the next review carries ' + 'them; a bad tier is 400 naming it',
    async () => {
      const cur: Json = await (await admin.get('/api/efficiency/tiers/2')).json();
      expect(cur).toMatchObject({ version: 0, isDefault: true });
      const tiers = cur.tiers.map((x: Json) => (x.grade === 'D' ? { ...x, electricitySurchargeYuanPerKwh: 0.3 } : x));
      const put = await admin.send('PUT', '/api/efficiency/tiers/2', { version: 0, tiers });
      expect(put.status).toBe(200);
      const r: Json = await (
        await admin.send('POST', '/api/efficiency/reviews', { jurisdictionId: 2, year: LAST })
      ).json();
      expect(r.tiers.find((x: Json) => x.grade === 'D').electricitySurchargeYuanPerKwh).toBe(0.3);
      const bad = await admin.send('PUT', '/api/efficiency/tiers/2', {
        version: 1,
        tiers: tiers.map((x: Json) => ({ ...x, landUseTaxReliefShare: 2 })),
      });
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.message).toContain('landUseTaxReliefShare');
      const stale = await admin.send('PUT', '/api/efficiency/tiers/2', { version: 0, tiers });
      expect(stale.status).toBe(409);
    },
  );
});
