import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR, launchBrowser } from './support/browser';
import { PASSWORD, startTestApp, type TestApp } from '../server/support/test-app';
import type { BrowserContext, Page } from 'playwright-core';

// A link to a park's map is what people share. The app starts fetching the page code, the park list
// and the plots before the session check (app/preload.ts); these tests hold it to working both when
// that early fetch is refused (not signed in yet) and when it succeeds (no second download).
let app: TestApp;
let browser: BrowserContext;
let closeBrowser: () => Promise<void>;
let page: Page;
let parkId: number;
let plotCount: number;

beforeAll(async () => {
  app = await startTestApp({ clientDir: CLIENT_DIR });
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const admin = await app.login('admin');
  const parks = (await (await admin.get('/api/parks')).json()) as Array<{ id: number; summary: { plotCount: number } }>;
  ({
    id: parkId,
    summary: { plotCount },
  } = parks[2]);
}, 60_000);
afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

const packedRequests = (p: Page) => {
  const seen: string[] = [];
  p.on('request', (r) => {
    if (r.url().endsWith(`/api/parks/${parkId}/plots/packed`)) seen.push(r.url());
  });
  return seen;
};

describe('a link to a park’s map', () => {
  it(
    'when it is opened before signing in, then the sign-in form comes ' +
      'first and the park’s plots are drawn right after',
    async () => {
      await page.goto(`${app.url}/map?park=${parkId}`);
      await page.fill('input[name=username]', 'editorA');
      await page.fill('input[name=password]', PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForFunction((n) => window.__plotsDrawn === n, plotCount);
      expect(await page.locator('[data-testid=map-page]').getAttribute('data-park')).toBe(String(parkId));
    },
  );

  it('when it is opened signed in, then the plots are fetched once, early, and drawn', async () => {
    const seen = packedRequests(page);
    await page.goto(`${app.url}/map?park=${parkId}`);
    await page.waitForFunction((n) => window.__plotsDrawn === n, plotCount);
    expect(seen).toHaveLength(1);
  });
});
