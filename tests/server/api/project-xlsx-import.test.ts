import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Client;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('招商项目');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (body: Buffer, query = '') =>
  fetch(`${t.url}/api/projects/import${query}`, {
    method: 'POST',
    headers: { 'content-type': XLSX, cookie: admin.cookie!, 'x-csrf-token': admin.csrf! },
    body: new Uint8Array(body),
  });

const total = async () => (await (await admin.get('/api/projects?limit=1')).json()).total as number;

describe('projects from an Excel workbook (issue 12: Excel in)', () => {
  it(
    'when a workbook has one bad row, then the good rows are created with ' +
      'numbers read as numbers and the bad row is named',
    async () => {
      const [industry] = await (await admin.get('/api/industries')).json();
      const county = (await (await admin.get('/api/jurisdictions')).json()).find(
        (j: { kind: string }) => j.kind !== 'city',
      );
      const head = [
        '项目名称',
        '投资方',
        '行业',
        '固定资产投资(万元)',
        '用地需求(亩)',
        '达产税收(万元)',
        '就业人数',
        '县区',
        '阶段',
      ];
      const rows = [
        head,
        ['表格项目甲', '某投资方', industry.name, 20000, 50, 1500, 120, county.name, '洽谈'],
        ['表格项目乙', '某投资方', industry.name, '两万', 50, 1500, 120, county.name, '线索'],
      ];
      const before = await total();
      const dry = await upload(await workbook(rows), '?dryRun=true');
      expect(dry.status).toBe(200);
      expect((await dry.json()).created).toBe(1);
      expect(await total()).toBe(before);

      const res = await upload(await workbook(rows));
      const report = await res.json();
      expect(res.status, JSON.stringify(report)).toBe(201);
      expect(report.skipped).toEqual([{ row: 3, field: 'investmentWan', reason: expect.any(String) }]);
      const created = await (await admin.get(`/api/projects/${report.createdIds[0]}`)).json();
      expect(created).toMatchObject({ name: '表格项目甲', investmentWan: 20000, landNeedMu: 50, jobs: 120 });
      expect(await total()).toBe(before + 1);
    },
  );

  it('when the body is not a workbook, then 400 names the body and nothing is written', async () => {
    const before = await total();
    const res = await upload(Buffer.from('not a zip'));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('xlsx');
    expect(await total()).toBe(before);
  });
});
