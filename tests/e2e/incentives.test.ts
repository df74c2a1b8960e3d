import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { startE2E, SHOTS_DIR, type E2E } from './support/browser';
import { PASSWORD } from '../server/support/test-app';

let e: E2E;
let prospect: { id: number; name: string };

/** Pages of a PDF made by Chromium: its page objects, not the /Pages tree nodes. */
export const pdfPageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SHOTS_DIR, { recursive: true });
  // A demo prospect still in negotiation that wants land: the bureau's typical case.
  const admin = await e.app.login('admin');
  const page = (await (await admin.get('/api/projects?stage=negotiating&limit=100')).json()) as {
    items: Array<{ id: number; name: string; landNeedMu: number | null }>;
  };
  prospect = page.items.find((p) => p.landNeedMu != null)!;
}, 120_000);
afterAll(() => e?.close());

const cell = (key: string, i: number) => e.page.locator(`[data-testid=cell-${key}-${i}]`);

async function tallShot(name: string) {
  await e.page.setViewportSize({ width: 1440, height: 2300 });
  await e.page.waitForTimeout(400); // charts follow their boxes' resize
  await e.page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });
  await e.page.setViewportSize({ width: 1440, height: 900 });
}

/** Signs the browser out and in as another demo user. */
async function signInAs(username: string) {
  const { page, app } = e;
  await page.goto(app.url + '/');
  await page.locator('.topbar button.link', { hasText: '退出' }).click();
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('.topbar');
}

/** A prospect of editorA's county (jurisdiction 2) in negotiation, with land and seeded packages; editorB is not of
 * that county. */
async function countyTwoProspect(): Promise<{ id: number; name: string }> {
  const admin = await e.app.login('admin');
  const page = (await (await admin.get('/api/projects?stage=negotiating&limit=100')).json()) as {
    items: Array<{ id: number; name: string; landNeedMu: number | null; jurisdictionId: number }>;
  };
  return page.items.find((p) => p.jurisdictionId === 2 && p.landNeedMu != null)!;
}

type SavedList = Array<{ id: number; name: string }>;

// PDF rendering takes seconds on a busy 2-core machine: more room than the suite's 30 s default.
describe('incentive package comparison in a real browser', { timeout: 90_000 }, () => {
  it('when a user searches the pipeline and opens a demo prospect, then its saved packages are compared', async () => {
    const { page, app } = e;
    await page.goto(app.url + '/incentives');
    await page.locator('[data-testid=choose-project] .inc-prospect').first().waitFor();
    await page.screenshot({ path: `${SHOTS_DIR}/incentives-choose.png` });
    await page.fill('[data-testid=project-search]', prospect.name.slice(0, 3));
    await page.locator('[data-testid=project-results] button', { hasText: prospect.name }).first().click();
    await page.locator('[data-testid=metrics-table]').waitFor();
    expect(new URL(page.url()).searchParams.get('project')).toBe(String(prospect.id));
    expect(await page.locator('[data-testid=project-name]').textContent()).toBe(prospect.name);
    // The demo city seeds 2–3 packages per open land prospect.
    const saved = await page.locator('thead [data-testid^=column-]').count();
    expect(saved).toBeGreaterThanOrEqual(2);
    expect(await page.locator('h2').first().textContent()).toBe('优惠方案比较');
  });

  it(
    'when the saved packages are removed and three templates added, then ' +
      'three columns with their metrics are shown',
    async () => {
      const { page } = e;
      while (await page.locator('[data-testid=remove-0]').count()) await page.click('[data-testid=remove-0]');
      await page.locator('[data-testid=empty]').waitFor();
      for (const kind of ['land_discount', 'equity_buyback', 'build_to_suit'])
        await page.click(`[data-testid=add-template-${kind}]`);
      const heads = await page.locator('thead [data-testid^=column-] .inc-pkg-name').allTextContents();
      expect(heads.map((h) => h.replace(/^\d/, ''))).toEqual(['土地价格优惠', '政府入股＋回购', '代建回购']);
      for (let i = 0; i < 3; i++) expect(await cell('govNpvWan', i).textContent()).toMatch(/^-?[\d,.]+ (万元|亿元)$/);
      expect(await cell('govIrr', 0).textContent()).toMatch(/^(—|-?[\d.]+%)$/);
      expect(await page.locator('[data-testid=chart-gov] canvas').count()).toBeGreaterThan(0);
    },
  );

  it(
    'when the under-delivery slider moves to 50%, then the NPV with ' +
      'clawback changes at once and differs from the one without',
    async () => {
      const { page } = e;
      const before = await cell('npvClawback', 2).textContent();
      const recoveredBefore = await cell('recovered', 2).textContent();
      await page.locator('[data-testid=delivered-slider]').fill('50');
      expect(await page.locator('[data-testid=delivered-value]').textContent()).toBe('50%');
      const after = await cell('npvClawback', 2).textContent();
      expect(after).not.toBe(before);
      expect(await cell('npvNoClawback', 2).textContent()).not.toBe(after);
      expect(await cell('recovered', 2).textContent()).not.toBe(recoveredBefore);
      expect(await page.locator('.inc-group-delivery .inc-group-row').textContent()).toContain('50%');
    },
  );

  it(
    'when a tax refund without legal basis is added and the FAR is too low,' +
      ' then forbidden warnings cite their rules',
    async () => {
      const { page } = e;
      await page.click('[data-testid=edit-0]');
      await page.locator('[data-testid=package-editor]').waitFor();
      await page.click('[data-testid=toggle-taxRefund]');
      await page.fill('[data-testid="field-taxRefund.share"]', '150');
      expect(await page.locator('[data-testid="error-taxRefund.share"]').textContent()).toBe('不能大于 100');
      expect(await page.locator('[data-testid=editor-apply]').isDisabled()).toBe(true);
      await page.screenshot({ path: `${SHOTS_DIR}/incentives-editor.png` });
      await page.fill('[data-testid="field-taxRefund.share"]', '50');
      await page.click('[data-testid=editor-apply]');
      const refund = page.locator('[data-testid=warning-tax_refund_no_legal_basis]');
      await refund.waitFor();
      expect(await refund.textContent()).toContain('公平竞争审查条例');
      expect(await refund.getAttribute('class')).toContain('sev-error');
      await page.fill('.inc-far', '0.3');
      const far = page.locator('[data-testid=warning-far_below_national]');
      await far.waitFor();
      expect(await far.textContent()).toContain('国土资发〔2008〕24号');
      expect(await page.locator('[data-testid=column-0] .sev-error').textContent()).toBe('2');
      await tallShot('incentives-zh');
    },
  );

  it('when the print view is rendered by Chromium as an A4 PDF, then the brief is exactly one page', async () => {
    const { page } = e;
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-testid=print-head]').isVisible()).toBe(true);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=settings]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=print-head] h1').textContent()).toBe('招商优惠方案比较简报');
    expect(await page.locator('[data-testid=print-head]').textContent()).toContain(prospect.name);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${SHOTS_DIR}/incentives-print.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ media: 'screen' });
  });

  it('when five packages are compared, then the brief still fits one A4 page', async () => {
    const { page } = e;
    await page.click('[data-testid=add-template-rent_free_lease_to_own]');
    await page.click('[data-testid=add-template-land_discount]');
    expect(await page.locator('thead [data-testid^=column-]').count()).toBe(5);
    expect(await page.locator('[data-testid=add-template-equity_buyback]').isDisabled()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${SHOTS_DIR}/incentives-print-5.png` });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ media: 'screen' });
    await page.click('[data-testid=remove-4]');
    await page.click('[data-testid=remove-3]');
  });

  it('when exported to Excel, then the file has the three Chinese sheets with numbers as numbers', async () => {
    const { page } = e;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-excel]')]);
    expect(download.suggestedFilename()).toMatch(/^优惠方案比较_.+_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['指标对比', '现金流', '合规提示']);
    const m = wb.getWorksheet('指标对比')!;
    expect(m.getRow(1).getCell(3).value).toBe('土地价格优惠');
    expect(typeof m.getRow(2).getCell(3).value).toBe('number');
    const w = wb.getWorksheet('合规提示')!;
    // The rule column carries the full citation (document and article) from the rules catalogue.
    expect((w.getColumn(3).values as unknown[]).some((v) => String(v).includes('国土资发〔2008〕24号'))).toBe(true);
  });

  it('when a template is saved to the project, then it becomes a saved package of that project', async () => {
    const { page, app } = e;
    await page.click('[data-testid=edit-1]');
    await page.fill('[data-testid=editor-name]', '入股回购（e2e）');
    await page.click('[data-testid=editor-save]');
    await page.locator('[data-testid=package-editor]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid=column-1] .inc-tag').count()).toBe(0);
    const admin = await app.login('admin');
    const list = (await (await admin.get(`/api/packages?projectId=${prospect.id}`)).json()) as Array<{
      name: string;
      isTemplate: boolean;
    }>;
    expect(list.some((p) => p.name === '入股回购（e2e）' && !p.isTemplate)).toBe(true);
  });

  it('when the language is switched, then the screen is in English with the same figures', async () => {
    const { page } = e;
    const zhNpv = await cell('govNpvWan', 1).textContent();
    await page.click('[data-testid=lang-switch]');
    expect(await page.locator('h2').first().textContent()).toBe('Incentive package comparison');
    expect(await page.locator('[data-testid=row-govNpvWan] th').textContent()).toBe('Government NPV (gross)');
    expect(await cell('govNpvWan', 1).textContent()).toMatch(/ (wan|yi)$/);
    expect(zhNpv).toMatch(/万元|亿元/);
    await tallShot('incentives-en');
    await page.click('[data-testid=lang-switch]');
  });

  it('when a viewer opens the page, then a polite message replaces the packages', async () => {
    const { page, app } = e;
    await page.click('text=退出');
    await page.fill('input[name=username]', 'viewer');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('.topbar');
    await page.goto(`${app.url}/incentives?project=${prospect.id}`);
    const msg = page.locator('[data-testid=incentives-forbidden]');
    await msg.waitFor();
    expect(await msg.textContent()).toContain('只读用户无权查看优惠方案');
  });

  it(
    'when a county editor deletes a saved package after confirming, then ' +
      'it is gone from the server and the screen',
    async () => {
      const { page, app } = e;
      const home = await countyTwoProspect();
      await signInAs('editorA');
      const editor = await app.login('editorA');
      const listOf = async () => (await (await editor.get(`/api/packages?projectId=${home.id}`)).json()) as SavedList;
      await page.goto(`${app.url}/incentives?project=${home.id}`);
      await page.locator('[data-testid=metrics-table]').waitFor();
      // Save a template under a name of its own: the package this user will then delete.
      const n = await page.locator('thead [data-testid^=column-]').count();
      await page.click('[data-testid=add-template-land_discount]');
      await page.click(`[data-testid=edit-${n}]`);
      await page.fill('[data-testid=editor-name]', '待删除方案（e2e）');
      await page.click('[data-testid=editor-save]');
      await page.locator('[data-testid=package-editor]').waitFor({ state: 'detached' });
      const id = (await listOf()).find((p) => p.name === '待删除方案（e2e）')!.id;
      await page.locator(`[data-testid=add-saved-${id}]`).waitFor();

      // Asking first, in place; cancelling changes nothing.
      await page.click(`[data-testid=delete-saved-${id}]`);
      const ask = page.locator(`[data-testid=delete-confirm-${id}]`);
      expect(await ask.textContent()).toContain(
        '确定删除已保存方案“待删除方案（e2e）”？删除后无法恢复，并将从比较表中移除。',
      );
      await page.screenshot({ path: `${SHOTS_DIR}/incentives-delete-zh.png` });
      await page.click('[data-testid=delete-confirm-no]');
      await ask.waitFor({ state: 'detached' });
      expect((await listOf()).map((p) => p.id)).toContain(id);

      await page.click(`[data-testid=delete-saved-${id}]`);
      await page.click('[data-testid=delete-confirm-yes]');
      await page.locator(`[data-testid=add-saved-${id}]`).waitFor({ state: 'detached' });
      expect(await page.locator('[data-testid=delete-notice]').textContent()).toContain('已删除“待删除方案（e2e）”');
      expect(await page.locator('thead [data-testid^=column-] .inc-pkg-name').allTextContents()).not.toContainEqual(
        expect.stringContaining('待删除方案'),
      );
      expect(await page.locator('thead [data-testid^=column-]').count()).toBe(n);
      expect((await listOf()).map((p) => p.id)).not.toContain(id);
      expect((await editor.get(`/api/packages/${id}`)).status).toBe(404);
      await page.reload();
      await page.locator('[data-testid=metrics-table]').waitFor();
      expect(await page.locator(`[data-testid=add-saved-${id}]`).count()).toBe(0);

      // Deleted by someone else meanwhile: the server's refusal is shown and the stale chip goes.
      const admin = await app.login('admin');
      const other = (await (
        await admin.send('POST', '/api/packages', { projectId: home.id, name: '他人已删（e2e）', components: {} })
      ).json()) as { id: number };
      await page.reload();
      await page.click(`[data-testid=delete-saved-${other.id}]`);
      expect((await admin.send('DELETE', `/api/packages/${other.id}`)).status).toBe(204);
      await page.click('[data-testid=delete-confirm-yes]');
      const notice = page.locator('[data-testid=delete-notice][role=alert]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('未能删除“他人已删（e2e）”：记录不存在');
      await page.locator(`[data-testid=add-saved-${other.id}]`).waitFor({ state: 'detached' });
    },
  );

  it("when another county's editor or a viewer opens the prospect, then no delete control is offered", async () => {
    const { page, app } = e;
    const home = await countyTwoProspect();
    await signInAs('editorB');
    await page.goto(`${app.url}/incentives?project=${home.id}`);
    await page.locator('[data-testid^=add-saved-]').first().waitFor();
    expect(await page.locator('[data-testid^=add-saved-]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-testid^=delete-saved-]').count()).toBe(0);
    // The same rule as the server's: it refuses this editor.
    const b = await app.login('editorB');
    const [first] = (await (await b.get(`/api/packages?projectId=${home.id}`)).json()) as SavedList;
    expect((await b.send('DELETE', `/api/packages/${first.id}`)).status).toBe(403);

    await signInAs('viewer');
    await page.goto(`${app.url}/incentives?project=${home.id}`);
    await page.locator('[data-testid=incentives-forbidden]').waitFor();
    expect(await page.locator('[data-testid^=delete-saved-]').count()).toBe(0);
    expect(await page.locator('[data-testid^=add-saved-]').count()).toBe(0);
  });
});
