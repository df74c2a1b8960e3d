import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { startE2E, SHOTS_DIR, type E2E } from './support/browser';

// A park named with markup must show as text in the park tooltip and the city label (issue 15 #5).
const NAME = '<img src=x id=pp-injected onerror="window.__pwned=1">园';
let e: E2E;
let park: { id: number; boundary: { coordinates: number[][][] } };

beforeAll(async () => {
  e = await startE2E('admin');
  mkdirSync(SHOTS_DIR, { recursive: true });
  const admin = await e.app.login('admin');
  const parks = (await (await admin.get('/api/parks')).json()) as Array<typeof park & { version: number }>;
  const p = parks[0];
  const res = await admin.send('PATCH', `/api/parks/${p.id}`, { name: NAME, version: p.version });
  if (res.status !== 200) throw new Error(`rename failed: ${res.status} ${await res.text()}`);
  park = p;
}, 120_000);
afterAll(() => e?.close());

describe('map text with markup', () => {
  it(
    'when the pointer is over a park named <img …>, then the tooltip shows ' + 'the characters and no element is made',
    async () => {
      const { page } = e;
      await page.goto(`${e.app.url}/map`);
      await page.waitForSelector(`.mp-park-label-inner[data-park-id="${park.id}"], .mp-pie[data-park-id="${park.id}"]`);
      // A point inside the park: the mean of its ring, moved onto the screen by the map itself.
      const at = await page.evaluate((ring) => {
        const pts = ring.slice(0, -1);
        const lng = pts.reduce((s, q) => s + q[0], 0) / pts.length;
        const lat = pts.reduce((s, q) => s + q[1], 0) / pts.length;
        const map = window.__leafletMap!;
        map.setView([lat, lng], 15, { animate: false });
        const pt = map.latLngToContainerPoint([lat, lng]);
        const box = map.getContainer().getBoundingClientRect();
        return { x: box.left + pt.x, y: box.top + pt.y };
      }, park.boundary.coordinates[0]);
      await page.mouse.move(at.x - 5, at.y - 5);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      const tip = await page.waitForSelector('.pm-hover');
      expect(await tip.textContent()).toContain('<img src=x');
      expect(await page.$('#pp-injected')).toBeNull();
      expect(await page.$$('.pm-hover img')).toHaveLength(0);
      await page.screenshot({ path: `${SHOTS_DIR}/map-escaped-tooltip.png` });
    },
  );

  it('when the city view labels that park, then the label holds the name as text', async () => {
    const { page } = e;
    await page.goto(`${e.app.url}/map`);
    await page.waitForSelector('[data-testid=city-parks] li');
    const label = await page.$(`.mp-park-label-inner[data-park-id="${park.id}"] b`);
    if (label) expect(await label.textContent()).toBe(NAME);
    expect(await page.$('#pp-injected')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
