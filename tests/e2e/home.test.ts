import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { startE2E, SHOTS_DIR, type E2E } from './support/browser';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SHOTS_DIR, { recursive: true });
}, 60_000);
afterAll(() => e?.close());

describe('home page in a real browser', () => {
  it(
    'when an administrator signs in, then the parks of the demo city are ' + 'listed in Chinese with the demo notice',
    async () => {
      const cards = e.page.locator('[data-testid=park-list] .park-card');
      await cards.first().waitFor();
      expect(await cards.count()).toBeGreaterThanOrEqual(7);
      expect(await e.page.locator('.demo-badge').textContent()).toBe('演示数据');
      expect(await e.page.locator('h2').first().textContent()).toBe('园区一览');
      await e.page.screenshot({ path: `${SHOTS_DIR}/home-zh.png` });
    },
  );

  it('when the language switch is pressed, then the page turns English and stays so after a reload', async () => {
    await e.page.click('[data-testid=lang-switch]');
    expect(await e.page.locator('h2').first().textContent()).toBe('Parks');
    await e.page.reload();
    await e.page.locator('[data-testid=park-list] .park-card').first().waitFor();
    expect(await e.page.locator('h2').first().textContent()).toBe('Parks');
    await e.page.screenshot({ path: `${SHOTS_DIR}/home-en.png` });
    await e.page.click('[data-testid=lang-switch]');
  });
});
