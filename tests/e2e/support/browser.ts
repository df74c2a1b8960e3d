import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PASSWORD, startTestApp, type TestApp } from '../../server/support/test-app';

// Helpers working in parallel build into their own folder and point PARKPLAN_CLIENT_DIR at it.
export const CLIENT_DIR = resolve(process.env.PARKPLAN_CLIENT_DIR ?? 'dist/client');
export const SHOTS_DIR = resolve('tmp/screenshots');

/** Debian's Chromium, headless, with no calls home (this machine has no network but loopback). */
export async function launchBrowser(): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'parkplan-chrome-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Every host name fails to resolve at once, so "offline" (e.g. the map's tiles failing) does not
      // depend on how the machine's DNS fails; the app is reached by its IP address.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface E2E {
  app: TestApp;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** The real server over a seeded database serving the built client, and a signed-in browser page. */
export async function startE2E(username = 'admin'): Promise<E2E> {
  if (!existsSync(join(CLIENT_DIR, 'index.html')))
    throw new Error('dist/client is missing: run `npm run build` first (npm test does)');
  const app = await startTestApp({ clientDir: CLIENT_DIR });
  const { browser, close } = await launchBrowser();
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(app.url + '/');
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('.topbar');
  return {
    app,
    context: browser,
    page,
    async close() {
      await close();
      await app.close();
    },
  };
}

export type { Browser, Page };
