import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { underDelivery, financeSettings } from '../../../shared/incentives';

let t: TestApp;
let admin: Client;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('agreements API (履约)', () => {
  it('when the demo city is seeded, then agreements of every standing are there', async () => {
    const list: Json[] = await (await admin.get('/api/agreements')).json();
    expect(list.length).toBeGreaterThan(10);
    const statuses = new Set(list.map((a) => a.status));
    for (const s of ['on_track', 'behind', 'breached']) expect(statuses).toContain(s);
    for (const a of list) expect(a.yearly.length).toBe(a.commitments.length);
  });

  it(
    'when an agreement is behind, then clawbackDueWan equals the incentive ' + 'engine for the same delivered share',
    async () => {
      const list: Json[] = await (await admin.get('/api/agreements')).json();
      const shortfalls = list.filter((a) => a.status === 'behind');
      expect(shortfalls.length).toBeGreaterThan(0);
      const [jurisdictions, ...rest] = await Promise.all([
        admin.get('/api/jurisdictions').then((r) => r.json()),
        ...shortfalls
          .slice(0, 5)
          .flatMap((a) => [
            admin.get(`/api/packages/${a.packageId}`).then((r) => r.json()),
            admin.get(`/api/projects/${a.projectId}`).then((r) => r.json()),
          ]),
      ]);
      shortfalls.slice(0, 5).forEach((a, i) => {
        const pkg = rest[2 * i];
        const project = rest[2 * i + 1];
        const j = (jurisdictions as Json[]).find((x) => x.id === a.jurisdictionId);
        const expected = underDelivery(
          pkg.components,
          project,
          a.deliveredShare,
          financeSettings(j as never),
        ).recoveredWan;
        expect(expected).toBeGreaterThan(0);
        expect(a.clawbackDueWan).toBeCloseTo(expected, 6);
      });
    },
  );

  it('when filtered by county, then only that county comes back', async () => {
    const list: Json[] = await (await admin.get('/api/agreements?jurisdictionId=2')).json();
    expect(list.length).toBeGreaterThan(0);
    for (const a of list) expect(a.jurisdictionId).toBe(2);
  });

  it('when a viewer asks, then statuses come back but investors’ figures are null', async () => {
    const viewer = await t.login('viewer');
    const list: Json[] = await (await viewer.get('/api/agreements')).json();
    expect(list.length).toBeGreaterThan(0);
    for (const a of list) {
      expect(a.clawbackDueWan).toBeNull();
      expect(a.deliveredShare).toBeNull();
      expect(a.commitments).toEqual([]);
      for (const y of a.yearly) expect(y.filed).toBeNull();
    }
  });

  it('when the jurisdiction filter is not an id, then 400 naming it', async () => {
    const res = await admin.get('/api/agreements?jurisdictionId=abc');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('jurisdictionId');
  });

  it(
    'when a county is exported, then the workbook lists its agreements ' + 'largest clawback first, as the API gives',
    async () => {
      const list: Json[] = await (await admin.get('/api/agreements?jurisdictionId=2')).json();
      const res = await admin.get('/api/agreements/export.xlsx?jurisdictionId=2');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const rows = await sheetRows(await res.arrayBuffer());
      expect(rows.length).toBe(list.length);
      const amounts = rows.map((r) => Number(r[9] ?? 0));
      for (let i = 1; i < amounts.length; i++) expect(amounts[i]).toBeLessThanOrEqual(amounts[i - 1]);
      expect(amounts[0]).toBeGreaterThan(0);
      // Each row is the API's agreement of that project, with its standing and amount.
      const byProject = new Map(list.map((a) => [a.projectName, a]));
      for (const r of rows) {
        const a = byProject.get(String(r[1]))!;
        expect(a, String(r[1])).toBeDefined();
        expect(Number(r[9] ?? 0)).toBeCloseTo(a.clawbackDueWan, 2);
        expect(r[7]).toBe(
          { on_track: '正常履约', behind: '进度滞后', breached: '违约', not_due: '未到期' }[a.status as string],
        );
        expect(r[4]).toBe(a.signedOn);
      }
    },
  );

  it('when a viewer exports, then standings are there but the amounts and shares are empty cells', async () => {
    const viewer = await t.login('viewer');
    const rows = await sheetRows(await (await viewer.get('/api/agreements/export.xlsx')).arrayBuffer());
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r[7]).toBeTruthy();
      expect(r[8] ?? null).toBeNull();
      expect(r[9] ?? null).toBeNull();
    }
  });

  it('when the export’s county filter is not an id, then 400 naming it', async () => {
    const res = await admin.get('/api/agreements/export.xlsx?jurisdictionId=x');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('jurisdictionId');
  });
});

/** The data rows (below the title, blank and header rows), as 1-based cell values. */
async function sheetRows(buf: ArrayBuffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  const ws = wb.getWorksheet('协议履约')!;
  const out: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 3) out.push(row.values as unknown[]);
  });
  return out;
}
