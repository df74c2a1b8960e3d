import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { addMonths } from '../../../shared/agreements';

let t: TestApp;
let admin: Client;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEAR = new Date().getFullYear();

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('亩均数据');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (c: Client, body: Buffer, query = '') =>
  fetch(`${t.url}/api/filings/import${query}`, {
    method: 'POST',
    headers: { 'content-type': XLSX, cookie: c.cookie!, 'x-csrf-token': c.csrf! },
    body: new Uint8Array(body),
  });

const HEAD = [
  '企业名称',
  '年度',
  '税收(万元)',
  '增加值(万元)',
  '营业收入(万元)',
  '用电量(千瓦时)',
  '综合能耗(吨标准煤)',
  '主要污染物排放(吨)',
  '研发经费(万元)',
  '从业人员(人)',
];

async function enterprisesOf(j: number): Promise<Json[]> {
  return (await (await admin.get(`/api/enterprises?jurisdictionId=${j}&limit=20`)).json()).items;
}
const filingsOf = async (id: number): Promise<Json[]> =>
  (await (await admin.get(`/api/enterprises/${id}`)).json()).figures;

describe('POST /api/filings/import (yearly filings from Excel)', () => {
  it('when one row of the sheet is bad, then 422 names its row and column and nothing is written', async () => {
    const ents = await enterprisesOf(2);
    const rows = ents.slice(0, 4).map((e, i) => [e.name, YEAR, 100 + i, 300, 1500, 2_000_000, 250, 3, 40, 80]);
    rows[2][4] = '一千五'; // row 4 of the sheet, the revenue column
    const before = await Promise.all(ents.slice(0, 4).map((e) => filingsOf(e.id)));
    const res = await upload(admin, await workbook([HEAD, ...rows]));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('IMPORT_REJECTED');
    expect(body.error.details.problems).toEqual([
      { row: 4, column: '营业收入(万元)', reason: '"一千五" is not a number' },
    ]);
    expect(body.error.message).toContain('row 4');
    const after = await Promise.all(ents.slice(0, 4).map((e) => filingsOf(e.id)));
    expect(after).toEqual(before);
    for (const f of after) expect(f.some((y: Json) => y.year === YEAR)).toBe(false);
  });

  it('when the sheet is good, then every row is written and a year already filed is replaced', async () => {
    const ents = await enterprisesOf(2);
    const lastYear = YEAR - 1;
    const rows = [
      [ents[0].name, YEAR, 123.5, 300, 1500, 2_000_000, 250, 3, 40, 80],
      [ents[1].name, lastYear, 77, 210, 900, '1,500,000', 120, 2, 18, 55],
    ];
    const res = await upload(admin, await workbook([HEAD, ...rows]));
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ imported: 2, created: 1, updated: 1, years: [lastYear, YEAR] });
    expect(report.rows).toEqual([
      { row: 2, enterpriseId: ents[0].id, year: YEAR, action: 'created' },
      { row: 3, enterpriseId: ents[1].id, year: lastYear, action: 'updated' },
    ]);
    const f0 = (await filingsOf(ents[0].id)).find((y) => y.year === YEAR);
    expect(f0).toMatchObject({ taxWan: 123.5, revenueWan: 1500, employees: 80 });
    const f1 = (await filingsOf(ents[1].id)).find((y) => y.year === lastYear);
    expect(f1).toMatchObject({ taxWan: 77, valueAddedWan: 210 });
  });

  it('when an editor imports a row of another county, then 403 naming the row and nothing is written', async () => {
    const editorA = await t.login('editorA');
    const [own] = await enterprisesOf(2);
    const [other] = await enterprisesOf(3);
    const res = await upload(
      editorA,
      await workbook([HEAD, [own.name, 2020, 1, 1, 1, 1, 1, 1, 1, 1], [other.name, 2020, 1, 1, 1, 1, 1, 1, 1, 1]]),
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toContain('row 3');
    expect((await filingsOf(own.id)).some((y) => y.year === 2020)).toBe(false);
  });

  it('when a column is missing or the body is not a workbook, then 4xx naming it', async () => {
    const res = await upload(admin, await workbook([HEAD.filter((h) => h !== '从业人员(人)'), ['x', 2020]]));
    expect(res.status).toBe(422);
    expect((await res.json()).error.details.problems[0]).toMatchObject({ row: 1, column: 'header' });
    const junk = await upload(admin, Buffer.from('not a zip'));
    expect(junk.status).toBe(400);
    expect((await junk.json()).error.message).toContain('xlsx');
  });
});

describe('GET /api/leases/expiring', () => {
  it(
    'when asked for 6 and 12 months, then only leases ending in that ' + 'window, soonest first, with months left',
    async () => {
      const asOf = `${YEAR}-01-15`;
      const six: Json[] = await (await admin.get(`/api/leases/expiring?months=6&asOf=${asOf}`)).json();
      const twelve: Json[] = await (await admin.get(`/api/leases/expiring?months=12&asOf=${asOf}`)).json();
      expect(six.length).toBeGreaterThan(0);
      expect(twelve.length).toBeGreaterThan(six.length);
      const end = addMonths(asOf, 12);
      for (const l of twelve) {
        expect(l.endDate >= asOf && l.endDate <= end).toBe(true);
        expect(l.monthsLeft).toBeGreaterThanOrEqual(0);
        expect(l.monthsLeft).toBeLessThanOrEqual(12);
        expect(typeof l.parkName).toBe('string');
      }
      expect(twelve.map((l) => l.endDate)).toEqual([...twelve.map((l) => l.endDate)].sort());
    },
  );

  it('when filtered by park, then only that park; a viewer gets no rent; a bad months is 400 naming it', async () => {
    const all: Json[] = await (await admin.get(`/api/leases/expiring?months=60`)).json();
    const parkId = all[0].parkId;
    const one: Json[] = await (await admin.get(`/api/leases/expiring?months=60&parkId=${parkId}`)).json();
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((l) => l.parkId === parkId)).toBe(true);
    expect(one.length).toBeLessThan(all.length);
    const viewer = await t.login('viewer');
    const seen: Json[] = await (await viewer.get('/api/leases/expiring?months=60')).json();
    expect(seen.every((l) => l.rentYuanPerM2Month === null)).toBe(true);
    const bad = await admin.get('/api/leases/expiring?months=0');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('months');
  });
});
