import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { startE2E, type E2E } from './support/browser';
import type { Client } from '../server/support/test-app';

let e: E2E;
let api: Client;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const SHOTS = '/tmp/shots-14';
const YEAR = new Date().getFullYear();

beforeAll(async () => {
  e = await startE2E('admin');
  api = await e.app.login('admin');
  mkdirSync(SHOTS, { recursive: true });
  await e.page.setViewportSize({ width: 1400, height: 900 });
}, 60_000);
afterAll(() => e?.close());

const tab = async (k: string) => {
  await e.page.click(`[data-testid=afd-tab-${k}]`);
  await e.page.locator(`[data-testid=afd-${k}]`).waitFor();
};

describe('after the deal, in a real browser (zh-CN first)', () => {
  it('when the bureau opens 履约与评价, then agreements are listed largest clawback first', async () => {
    await e.page.goto(e.app.url + '/after-deal');
    await e.page.locator('[data-testid=afd-agreements] tbody tr').first().waitFor();
    expect(await e.page.locator('h2').first().textContent()).toBe('履约与亩均评价');
    const list: Json[] = await (await api.get('/api/agreements')).json();
    const top = [...list].sort((a, b) => b.clawbackDueWan - a.clawbackDueWan)[0];
    const first = e.page.locator('[data-testid=afd-agreements] tbody tr').first();
    expect(await first.locator('td').first().textContent()).toBe(top.projectName);
    expect(await first.locator('td').last().textContent()).toBe(top.clawbackDueWan.toFixed(1));
    await e.page.screenshot({ path: `${SHOTS}/agreements-zh.png`, fullPage: false });
  });

  it('when the 12-month lease window is chosen, then every lease the API lists for it is shown', async () => {
    await tab('leases');
    await e.page.getByRole('button', { name: '12个月内' }).click();
    const leases: Json[] = await (await api.get('/api/leases/expiring?months=12')).json();
    await e.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=afd-leases] tbody tr').length === n,
      leases.length,
    );
    await e.page.screenshot({ path: `${SHOTS}/leases-zh.png` });
  });

  it(
    'when a filings sheet with one bad row is imported, then the row and ' + 'column are named and nothing changes',
    async () => {
      await tab('review');
      const ents: Json[] = (await (await api.get('/api/enterprises?jurisdictionId=2&limit=3')).json()).items;
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('申报');
      ws.addRow([
        '企业名称',
        '年度',
        '税收(万元)',
        '增加值(万元)',
        '营业收入(万元)',
        '综合能耗(吨标准煤)',
        '主要污染物排放(吨)',
        '研发经费(万元)',
        '从业人员(人)',
      ]);
      ws.addRow([ents[0].name, YEAR, 100, 300, 1500, 250, 3, 40, 80]);
      ws.addRow([ents[1].name, YEAR, 100, 300, 1500, 250, 3, 40, -5]);
      const file = join(e.app.dir, 'filings.xlsx');
      writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      await e.page.setInputFiles('[data-testid=afd-import-file]', file);
      const err = e.page.locator('[data-testid=afd-import-error]');
      await err.waitFor();
      expect(await err.locator('li').allTextContents()).toEqual([
        expect.stringMatching(/^第 3 行「从业人员\(人\)」：/),
      ]);
      const figures: Json[] = (await (await api.get(`/api/enterprises/${ents[0].id}`)).json()).figures;
      expect(figures.some((f) => f.year === YEAR)).toBe(false);
      await e.page.screenshot({ path: `${SHOTS}/filings-import-error-zh.png` });
    },
  );

  it('when the yearly review is run, then its grade distribution matches the API and the map panel', async () => {
    await e.page.selectOption('[data-testid=afd-county]', '2');
    await e.page.click('[data-testid=afd-review-run]');
    await e.page.locator('[data-testid=afd-distribution]').waitFor();
    const r: Json = await (await api.get(`/api/efficiency/reviews?jurisdictionId=2&year=${YEAR - 1}`)).json();
    const shown = await e.page.locator('[data-testid=afd-distribution] .afd-big').allTextContents();
    expect(shown).toEqual(['A', 'B', 'C', 'D'].map((g) => String(r.distribution[g])));
    const panel: Json = await (await api.get(`/api/map/grades/${r.rows[0].enterpriseId}`)).json();
    expect(panel.grade.grade).toBe(r.rows[0].grade);
    await e.page.screenshot({ path: `${SHOTS}/review-zh.png` });
    await e.page.emulateMedia({ media: 'print' });
    await e.page.screenshot({ path: `${SHOTS}/review-print-zh.png`, fullPage: true });
    await e.page.emulateMedia({ media: 'screen' });
  });

  it('when the land flags are opened, then idle plots show the 53号令 evidence; in English too', async () => {
    await tab('flags');
    await e.page.locator('[data-testid=afd-flags] tbody tr').first().waitFor();
    expect(await e.page.locator('[data-testid=afd-flags]').textContent()).toContain('国土资源部令第53号');
    await e.page.screenshot({ path: `${SHOTS}/flags-zh.png` });
    await e.page.click('.topbar button:has-text("English")');
    await e.page.locator('h2:has-text("Agreements and per-mu review")').first().waitFor();
    expect(await e.page.locator('[data-testid=afd-flags]').textContent()).toContain('Idle land');
    await e.page.screenshot({ path: `${SHOTS}/flags-en.png` });
    await tab('agreements');
    await e.page.screenshot({ path: `${SHOTS}/agreements-en.png` });
  });
});
