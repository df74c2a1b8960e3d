import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startE2E, SHOTS_DIR, type E2E } from './support/browser';
import type { Client } from '../server/support/test-app';
import type { Plot } from '../../shared/types/park';

let e: E2E;
let admin: Client;
let parkId: number;
let target: Plot;

beforeAll(async () => {
  e = await startE2E('admin');
  mkdirSync(SHOTS_DIR, { recursive: true });
  admin = await e.app.login('admin');
  const parks = (await (await admin.get('/api/parks')).json()) as Array<{ id: number; jurisdictionId: number }>;
  parkId = parks.find((p) => p.jurisdictionId === 2)!.id;
  const plots: { items: Plot[] } = await (
    await admin.get(`/api/plots?parkId=${parkId}&status=occupied&limit=500`)
  ).json();
  const buildings = (await (await admin.get(`/api/buildings?parkId=${parkId}`)).json()) as Array<{ plotId: number }>;
  target = plots.items.find(
    (p) => p.indicators?.actual.far != null && p.areaMu > 15 && !buildings.some((b) => b.plotId === p.id),
  )!;
}, 120_000);
afterAll(() => e?.close());

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });

/** Opens the park, centres the target plot and clicks it. */
async function openTarget(page: Page) {
  await page.goto(`${e.app.url}/map?park=${parkId}`);
  await page.waitForFunction(() => (window.__plotsDrawn ?? 0) > 0, null, { timeout: 20_000 });
  const pt = await page.evaluate((ring: number[][]) => {
    const lng = ring.slice(0, -1).reduce((s, p) => s + p[0], 0) / (ring.length - 1);
    const lat = ring.slice(0, -1).reduce((s, p) => s + p[1], 0) / (ring.length - 1);
    const map = window.__leafletMap!;
    map.setView([lat, lng], 17, { animate: false });
    const xy = map.latLngToContainerPoint([lat, lng]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + xy.x, y: box.top + xy.y };
  }, target.polygon.coordinates[0]);
  await page.waitForTimeout(300);
  await page.mouse.click(pt.x, pt.y);
  await page.waitForSelector('[data-testid=land-use] tbody tr');
}

describe('the plot panel shows the land-use indicators against 国土资发〔2008〕24号', () => {
  it(
    'when a lawful occupied plot is opened, then planned and actual values ' +
      'sit beside the national limits, in Chinese',
    async () => {
      const { page } = e;
      await openTarget(page);
      expect(await page.locator('[data-testid=plot-code]').textContent()).toBe(target.code);
      const card = (await page.locator('[data-testid=land-use]').textContent()) ?? '';
      expect(card).toContain('用地控制指标');
      expect(card).toContain('建筑系数');
      expect(card).toContain('≥ 30%');
      expect(card).toContain('≤ 7%');
      expect(card).toContain('≤ 20%');
      expect(await page.locator('[data-testid=lu-planned-far]').textContent()).toBe(
        new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(target.indicators!.planned.far!),
      );
      await page.waitForSelector('[data-testid=lu-ok]');
      await page.locator('[data-testid=land-use]').scrollIntoViewIfNeeded();
      await shot(page, 'land-use-ok-zh');
    },
  );

  it(
    'when an as-built green share of 25% is recorded, then the cell is ' +
      'flagged and the finding cites 第四条第（五）项, also in English',
    async () => {
      const { page } = e;
      const res = await admin.send('PATCH', `/api/plots/${target.id}`, {
        indicators: { planned: target.indicators!.planned, actual: { ...target.indicators!.actual, greenShare: 0.25 } },
        version: target.version,
      });
      expect(res.status).toBe(200);
      await openTarget(page);
      expect(await page.locator('[data-testid=lu-actual-greenShare]').textContent()).toContain('⚠');
      const findings = (await page.locator('[data-testid=lu-findings]').textContent()) ?? '';
      expect(findings).toContain('实际绿地率 25% 超过 20%');
      expect(findings).toContain('国土资发〔2008〕24号） 第四条第（五）项');
      await page.locator('[data-testid=land-use]').scrollIntoViewIfNeeded();
      await shot(page, 'land-use-breach-zh');
      await page.click('[data-testid=lang-switch]');
      await page.waitForFunction(() =>
        document.querySelector('[data-testid=land-use]')?.textContent?.includes('Land-use indicators'),
      );
      expect(await page.locator('[data-testid=lu-findings]').textContent()).toContain(
        'Actual green share 25% exceeds 20%',
      );
      await page.locator('[data-testid=land-use]').scrollIntoViewIfNeeded();
      await shot(page, 'land-use-breach-en');
      await page.click('[data-testid=lang-switch]');
    },
  );
});
