import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { startE2E, SHOTS_DIR, type E2E } from './support/browser';

/** The demo city is seeded as of the current year (its quotas are for this year). */
const YEAR = new Date().getFullYear();

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SHOTS_DIR, { recursive: true });
}, 60_000);
afterAll(() => e?.close());

/** Reads JSON from the API with the browser's session, as the app does. */
const apiGet = <T>(path: string): Promise<T> =>
  e.page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<T>;

interface Row {
  role: string;
  gap: number;
  pipeline: Array<{ id: number; name: string; stage: string }>;
}
interface Board {
  counties: Array<{ jurisdictionId: number; achieved: number; rows: Row[] }>;
  countyTotal: { achieved: number };
}

describe('pipeline and quota board in a real browser', () => {
  let target: { id: number; name: string; county: number };

  it('when the user filters the pipeline by county and stage, then only matching prospects are listed', async () => {
    const board = await apiGet<Board>(`/api/quotas?year=${YEAR}`);
    // A negotiating prospect that would close a county head's gap, preferably with candidate plots (for the card).
    const options: Array<typeof target> = [];
    for (const c of board.counties)
      for (const r of c.rows.filter((x) => x.role === 'head' && x.gap > 0))
        for (const p of r.pipeline.filter((x) => x.stage === 'negotiating'))
          options.push({ id: p.id, name: p.name, county: c.jurisdictionId });
    for (const o of options) {
      if ((await apiGet<unknown[]>(`/api/projects/${o.id}/candidates`)).length > 0) {
        target = o;
        break;
      }
    }
    target ??= options[0];
    expect(target).toBeDefined();
    await e.page.goto(e.app.url + '/projects');
    const rows = e.page.locator('[data-testid=pp-table] tbody tr');
    await rows.first().waitFor();
    const all = await rows.count();
    expect(all).toBeGreaterThan(100);
    await e.page.selectOption('[data-testid=filter-county]', String(target.county));
    await e.page.selectOption('[data-testid=filter-stage]', 'negotiating');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
    const stages = await e.page.locator('[data-testid=pp-table] tbody tr td:nth-child(9)').allTextContents();
    expect(new Set(stages)).toEqual(new Set(['洽谈']));
    const counties = await e.page.locator('[data-testid=pp-table] tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(counties).size).toBe(1);
    await e.page.screenshot({ path: `${SHOTS_DIR}/pipeline-zh.png` });
    // Sorting: jobs, largest first on the first click, smallest first on the second.
    const jobs = async () =>
      (await e.page.locator('[data-testid=pp-table] tbody tr td:nth-child(8)').allTextContents()).map(Number);
    await e.page.click('th button:has-text("就业")');
    const desc = await jobs();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await e.page.click('th button:has-text("就业")');
    const asc = await jobs();
    expect(asc).toEqual([...desc].reverse());
  });

  it(
    'when the user opens a prospect and moves it to signed, then the card ' +
      'says so and the quota board counts one more',
    async () => {
      await e.page.goto(e.app.url + '/quotas');
      await e.page.locator('[data-testid=quota-achieved]').waitFor();
      const before = Number(await e.page.locator('[data-testid=quota-achieved]').textContent());
      await e.page.screenshot({ path: `${SHOTS_DIR}/quotas-before-zh.png`, fullPage: true });

      await e.page.goto(`${e.app.url}/projects`);
      await e.page.fill('input[type=search]', target.name);
      await e.page.locator(`[data-testid=pp-table] tbody tr[data-id="${target.id}"]`).click();
      const card = e.page.locator('[data-testid=project-card]');
      await card.waitFor();
      expect(await card.locator('h3').textContent()).toBe(target.name);
      await card.locator('[data-testid=candidates][data-state=ready]').waitFor();
      await card.locator('[data-testid=history][data-state=ready]').waitFor();
      await e.page.screenshot({ path: `${SHOTS_DIR}/prospect-card-zh.png` });
      expect(await card.locator('[data-testid=move-next]').textContent()).toBe('推进到“签约”');
      await card.locator('[data-testid=move-next]').click();
      await card.locator('.pp-card-head .pp-stage-signed').waitFor();
      await card.locator('[data-testid=history] li').first().waitFor();
      expect(await card.locator('[data-testid=history] li').first().textContent()).toContain('签约');

      await e.page.click('a[href="/quotas"]');
      await e.page.waitForFunction(
        (b) => Number(document.querySelector('[data-testid=quota-achieved]')?.textContent) === b + 1,
        before,
      );
      await e.page.screenshot({ path: `${SHOTS_DIR}/quotas-zh.png`, fullPage: true });
    },
  );

  it(
    'when the user imports a CSV with two bad rows, then the report names ' +
      'their lines and fields and the good rows are added',
    async () => {
      const industries = await apiGet<Array<{ name: string }>>('/api/industries');
      const js = await apiGet<Array<{ id: number; name: string }>>('/api/jurisdictions');
      const county = js.find((j) => j.id === 2)!.name;
      const csv = [
        '项目名称,投资方,行业,固定资产投资(万元),用地需求(亩),县区',
        `导入测试一,甲公司,${industries[0].name},12000,30,${county}`,
        `导入测试二,乙公司,不存在的行业,8000,20,${county}`,
        `导入测试三,丙公司,${industries[0].name},-5,20,${county}`,
        `导入测试四,丁公司,${industries[0].name},30000,60,${county}`,
      ].join('\n');
      await e.page.goto(`${e.app.url}/projects`);
      await e.page.locator('[data-testid=pp-table] tbody tr').first().waitFor();
      const before = await e.page.locator('[data-testid=pp-table] tbody tr').count();
      await e.page.click('[data-testid=import-open]');
      await e.page.fill('[data-testid=import-text]', csv);
      await e.page.click('[data-testid=import-run]');
      const report = e.page.locator('[data-testid=import-report]');
      await report.waitFor();
      expect(await report.locator('p').first().textContent()).toContain('已导入 2 行');
      const cells = await report
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      expect(cells.map((c) => c[0])).toEqual(['3', '4']);
      expect(cells[0][1]).toBe('行业');
      expect(cells[0][2]).toBe('未知行业“不存在的行业”');
      expect(cells[1][2]).toBe('须为正数');
      expect(cells[1][1]).toBe('固定资产投资(万元)');
      await e.page.screenshot({ path: `${SHOTS_DIR}/import-report-zh.png` });
      await e.page.click('text=关闭');
      await e.page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=pp-table] tbody tr').length === n + 2,
        before,
      );
    },
  );

  it(
    'when the user picks an Excel workbook with one bad row, then the ' +
      'report names its row and field and the good row is added',
    async () => {
      const industries = await apiGet<Array<{ name: string }>>('/api/industries');
      const js = await apiGet<Array<{ id: number; name: string }>>('/api/jurisdictions');
      const county = js.find((j) => j.id === 2)!.name;
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('招商项目');
      ws.addRow(['项目名称', '投资方', '行业', '固定资产投资(万元)', '用地需求(亩)', '县区']);
      ws.addRow(['表格导入一', '甲公司', industries[0].name, 15000, 40, county]);
      ws.addRow(['表格导入二', '乙公司', industries[0].name, '一万五', 40, county]);
      await e.page.goto(`${e.app.url}/projects`);
      await e.page.locator('[data-testid=pp-table] tbody tr').first().waitFor();
      await e.page.click('[data-testid=import-open]');
      await e.page.setInputFiles('[data-testid=import-file]', {
        name: '招商项目.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await wb.xlsx.writeBuffer()),
      });
      expect(await e.page.locator('[data-testid=import-text]').isDisabled()).toBe(true);
      await e.page.click('[data-testid=import-run]');
      const report = e.page.locator('[data-testid=import-report]');
      await report.waitFor();
      expect(await report.locator('p').first().textContent()).toContain('已导入 1 行');
      const cells = await report
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      expect(cells).toEqual([['3', '固定资产投资(万元)', expect.any(String)]]);
      await e.page.screenshot({ path: `${SHOTS_DIR}/import-xlsx-zh.png` });
      await e.page.click('text=关闭');
      const found = await apiGet<{ items: Array<{ name: string; investmentWan: number }> }>(
        `/api/projects?q=${encodeURIComponent('表格导入一')}`,
      );
      expect(found.items.map((p) => [p.name, p.investmentWan])).toEqual([['表格导入一', 15000]]);
    },
  );

  it(
    'when the city administrator raises a county head\u2019s target, then ' +
      'the board\u2019s city target rises by as much',
    async () => {
      await e.page.goto(`${e.app.url}/quotas`);
      await e.page.locator('[data-testid=quota-achieved]').waitFor();
      const total = e.page.locator('[data-testid=quota-total] .qb-stat-value').first();
      const before = Number(await total.textContent());
      await e.page.locator('[data-testid=quota-table] .qb-county button', { hasText: '编辑目标' }).first().click();
      const editor = e.page.locator('[data-testid=quota-editor]');
      const count = editor.locator('input[type=number]').first();
      const was = Number(await count.inputValue());
      await count.fill(String(was + 2));
      await e.page.screenshot({ path: `${SHOTS_DIR}/quota-editor-zh.png` });
      await e.page.click('[data-testid=quota-save]');
      await editor.waitFor({ state: 'detached' });
      await e.page.waitForFunction(
        (n) => Number(document.querySelector('[data-testid=quota-total] .qb-stat-value')?.textContent) === n,
        before + 2,
      );
    },
  );

  it('in English, the pipeline, a prospect card and the quota board read in English', async () => {
    await e.page.goto(`${e.app.url}/projects?id=${target.id}`);
    await e.page.click('[data-testid=lang-switch]');
    await e.page.locator('[data-testid=project-card]').waitFor();
    expect(await e.page.locator('h2').first().textContent()).toBe('Project pipeline');
    await e.page.locator('[data-testid=candidates][data-state=ready]').waitFor();
    await e.page.screenshot({ path: `${SHOTS_DIR}/prospect-card-en.png` });
    await e.page.goto(`${e.app.url}/projects`);
    await e.page.locator('[data-testid=pp-table] tbody tr').first().waitFor();
    await e.page.screenshot({ path: `${SHOTS_DIR}/pipeline-en.png` });
    await e.page.goto(`${e.app.url}/quotas`);
    await e.page.locator('[data-testid=quota-achieved]').waitFor();
    expect(await e.page.locator('h2').first().textContent()).toBe('Investment-attraction quotas');
    await e.page.screenshot({ path: `${SHOTS_DIR}/quotas-en.png`, fullPage: true });
    await e.page.goto(`${e.app.url}/`);
    await e.page.locator('[data-testid=funnel]').waitFor();
    await e.page.screenshot({ path: `${SHOTS_DIR}/funnel-en.png` });
    await e.page.click('[data-testid=lang-switch]');
    await e.page.locator('[data-testid=funnel] h3').waitFor();
    expect(await e.page.locator('[data-testid=funnel] h3').textContent()).toBe('招商项目漏斗');
    await e.page.screenshot({ path: `${SHOTS_DIR}/funnel-zh.png` });
  });
});

describe('a viewer in a real browser', () => {
  let v: E2E;
  beforeAll(async () => {
    v = await startE2E('viewer');
  }, 60_000);
  afterAll(() => v?.close());

  it(
    'when a viewer opens the pipeline, a card and the board, then figures ' + 'are hidden and nothing offers a change',
    async () => {
      await v.page.goto(v.app.url + '/projects');
      const rows = v.page.locator('[data-testid=pp-table] tbody tr');
      await rows.first().waitFor();
      expect(await v.page.locator('text=新增项目').count()).toBe(0);
      expect(await v.page.locator('[data-testid=import-open]').count()).toBe(0);
      expect(await rows.first().locator('td:nth-child(5)').textContent()).toBe('—');
      await rows.first().click();
      const card = v.page.locator('[data-testid=project-card]');
      await card.waitFor();
      expect(await card.locator('text=（只读用户不可见）').count()).toBeGreaterThan(0);
      expect(await card.locator('[data-testid=move-next]').count()).toBe(0);
      await v.page.goto(v.app.url + '/quotas');
      await v.page.locator('[data-testid=quota-achieved]').waitFor();
      expect(await v.page.locator('text=编辑目标').count()).toBe(0);
    },
  );
});
