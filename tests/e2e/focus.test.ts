import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { startE2E, SHOTS_DIR, type E2E } from './support/browser';
import type { Page } from 'playwright-core';
import type { SolveJob } from '../../shared/types/solve-job';

// The price of focus in the workspace: a solved county scenario, the focus tab, the curve computed
// (one verified solve per θ) and drawn, its table in Chinese and then in English. Yucheng County
// (虞城县, jurisdiction 7) is used because focus has a price there: its pipeline has prospects
// outside the parks' dominant chains, so a higher θ leaves some of them out.
let e: E2E;
let page: Page;
beforeAll(async () => {
  e = await startE2E('admin');
  page = e.page;
  mkdirSync(SHOTS_DIR, { recursive: true });
}, 60_000);
afterAll(() => e?.close());

const CURVE_MS = 150_000;

describe('price of focus tab in a real browser', () => {
  it(
    'when an administrator computes the price of focus of a solved ' +
      'scenario, then every θ shows a verified value that never rises with θ,' +
      ' on a chart and in a table',
    async () => {
      await page.goto(e.app.url + '/scenarios');
      await page.fill('[data-testid=create-scenario] input[name=name]', '集中度代价');
      await page.check('[data-testid=county-7]');
      await page.click('[data-testid=create-submit]');
      await page.waitForURL(/\/scenarios\/\d+$/);
      await page.click('[data-testid=solve]');
      await page.locator('[data-testid=workspace][data-status=solved]').waitFor({ timeout: 90_000 });
      await page.locator('[data-testid=solve-progress]').waitFor({ state: 'detached', timeout: 90_000 });

      await page.click('[data-testid=tab-focus]');
      expect(await page.locator('[data-testid=tab-focus]').textContent()).toBe('集中度代价');
      await page.click('[data-testid=focus-run]');
      await page.locator('[data-testid=focus-progress]').waitFor({ state: 'visible' });
      await page.locator('[data-testid=focus][data-status=done]').waitFor({ timeout: CURVE_MS });

      const rows = page.locator('[data-testid=focus-table] tbody tr');
      expect(await rows.count()).toBe(6);
      const thetas = (await rows.evaluateAll((trs) =>
        trs.map((tr) => Number(tr.getAttribute('data-theta'))),
      )) as number[];
      expect(thetas).toEqual([0.5, 0.6, 0.7, 0.8, 0.9, 0.95]);
      expect(await page.locator('[data-testid=focus-table] tbody tr[data-status=verified]').count()).toBe(6);
      const values = (await rows.evaluateAll((trs) =>
        trs.map((tr) => Number(tr.getAttribute('data-objective'))),
      )) as number[];
      for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1] + 1e-6);
      expect(values.at(-1)!).toBeLessThan(values[0]);
      // Figures in Chinese units.
      const firstValue = await rows.first().locator('td').nth(1).textContent();
      expect(firstValue).toMatch(/万元|亿元/);
      expect(await page.locator('[data-testid=focus-chart] canvas').count()).toBeGreaterThan(0);
      await page.locator('[data-testid=focus]').scrollIntoViewIfNeeded();
      await page.locator('.sc-tabs').screenshot({ path: `${SHOTS_DIR}/scenario-focus-zh.png` });

      // The job the page polled holds the same verified points.
      const jobId = await page.locator('[data-testid=focus]').getAttribute('data-job');
      const job = (await page.evaluate(async (u) => (await fetch(u)).json(), `/api/solve-jobs/${jobId}`)) as SolveJob;
      expect(job.kind).toBe('focus');
      expect(job.focus!.points.map((p) => p.objective)).toEqual(values);
    },
    300_000,
  );

  it('when the language is switched, then the tab and its table are in English with the same figures', async () => {
    await page.click('[data-testid=lang-switch]');
    await page.locator('[data-testid=tab-focus]').waitFor();
    expect(await page.locator('[data-testid=tab-focus]').textContent()).toBe('Price of focus');
    expect(await page.locator('[data-testid=focus-table] thead').textContent()).toMatch(/Plan value/);
    expect(await page.locator('[data-testid=focus-table] tbody tr').count()).toBe(6);
    await page.locator('.sc-tabs').screenshot({ path: `${SHOTS_DIR}/scenario-focus-en.png` });
    await page.click('[data-testid=lang-switch]');
  }, 60_000);
});
