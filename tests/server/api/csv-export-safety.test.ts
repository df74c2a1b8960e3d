import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../server/repositories/sql';
import Papa from 'papaparse';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PAYLOADS = ['=HYPERLINK("http://x","y")', '+cmd|/C calc!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '=a\nb'];

describe('projects CSV export', () => {
  it('when a name or investor opens with a formula character, then the cell is prefixed with a quote', async () => {
    for (const [i, p] of PAYLOADS.entries())
      await sql(t.db.ds.manager, 'UPDATE project SET name = :p, investor = :p WHERE id = :id', { p, id: i + 1 });
    await t.db.ds.query("UPDATE project SET name = 'plain - name', investor = '北京某公司' WHERE id = 20");
    const admin = await t.login('admin');
    const text = (await (await admin.get('/api/projects/export')).text()).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const cells = rows.slice(1).flat();
    for (const p of PAYLOADS) {
      expect(cells.filter((c) => c === `'${p}`).length, JSON.stringify(p)).toBe(2);
      expect(cells.includes(p), JSON.stringify(p)).toBe(false);
    }
    expect(cells).toContain('plain - name');
    expect(cells).toContain('北京某公司');
    // no text cell anywhere may still open with a formula character
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
  });
});
