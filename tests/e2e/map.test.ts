import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startE2E, SHOTS_DIR, type E2E } from './support/browser';
import { PASSWORD, type Client } from '../server/support/test-app';

// editorA edits jurisdiction 2, whose park is looked up from the API (not hard-coded).
let e: E2E;
let admin: Client;
let parkId: number;
let parkName: string;
let plotCount: number;

beforeAll(async () => {
  e = await startE2E('editorA');
  mkdirSync(SHOTS_DIR, { recursive: true });
  admin = await e.app.login('admin');
  const parks = (await (await admin.get('/api/parks')).json()) as Array<{
    id: number;
    name: string;
    jurisdictionId: number;
    summary: { plotCount: number };
  }>;
  const own = parks.find((p) => p.jurisdictionId === 2)!;
  parkId = own.id;
  parkName = own.name;
  plotCount = own.summary.plotCount;
}, 120_000);
afterAll(() => e?.close());

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS_DIR}/${name}.png` });

/** Legend rows as [key, count] from the table the user sees. */
async function legendRows(page: Page): Promise<Array<[string, number]>> {
  return page.$$eval('[data-testid=legend] tbody tr', (rows) =>
    rows.map(
      (r) =>
        [
          r.getAttribute('data-key') ?? '',
          Number((r.querySelectorAll('td')[1]?.textContent ?? '').replace(/[^\d]/g, '')),
        ] as [string, number],
    ),
  );
}

/** Screen position of a plot of the open park that no factory stands on, with the given status. */
async function plotOnScreen(page: Page, status: string) {
  const buildings = (await (await admin.get(`/api/buildings?parkId=${parkId}`)).json()) as Array<{
    plotId: number | null;
  }>;
  const built = buildings.map((b) => b.plotId);
  return page.evaluate(
    async ({ parkId, status, built }) => {
      const fc = await (await fetch(`/api/parks/${parkId}/plots`)).json();
      const f = fc.features.find(
        (x: { properties: { status: string; id: number; areaMu: number } }) =>
          x.properties.status === status && !built.includes(x.properties.id) && x.properties.areaMu > 15,
      );
      const ring: number[][] = f.geometry.coordinates[0].slice(0, -1);
      const lng = ring.reduce((s, p) => s + p[0], 0) / ring.length;
      const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
      const map = window.__leafletMap!;
      map.setView([lat, lng], 17, { animate: false });
      const pt = map.latLngToContainerPoint([lat, lng]);
      const box = map.getContainer().getBoundingClientRect();
      return {
        x: box.left + pt.x,
        y: box.top + pt.y,
        id: f.properties.id as number,
        code: f.properties.code as string,
      };
    },
    { parkId, status, built },
  );
}

/** How many plots the park has now (imports add some). */
async function currentCount(): Promise<number> {
  return ((await (await admin.get(`/api/parks/${parkId}/plots`)).json()) as { features: unknown[] }).features.length;
}

async function openPark(page: Page) {
  const n = await currentCount();
  await page.goto(`${e.app.url}/map?park=${parkId}`);
  await page.waitForFunction((k) => window.__plotsDrawn === k, n, { timeout: 20_000 });
}

describe('the occupancy map in a real browser', () => {
  it(
    'when the map page opens, then every park is drawn and listed with its ' +
      'summary, in Chinese, on a plain background when offline',
    async () => {
      const { page } = e;
      await page.goto(`${e.app.url}/map`);
      await page.waitForSelector('[data-testid=city-parks] li');
      expect(await page.locator('[data-testid=city-parks] li').count()).toBeGreaterThanOrEqual(7);
      expect(await page.locator('.mp-pie').count()).toBe(await page.locator('[data-testid=city-parks] li').count());
      expect(await page.locator('.mp-h').first().textContent()).toContain('全市园区');
      // The legend of the city sums the parks' land by status.
      const rows = await legendRows(page);
      expect(rows.map((r) => r[0])).toEqual(['vacant', 'reserved', 'under_construction', 'occupied', 'unavailable']);
      // No network here: the tiles fail and the map says so quietly, without breaking.
      await page.waitForSelector('.pm-basemap[data-tiles=failed]', { timeout: 15_000 });
      expect(await page.locator('.pm-offline').textContent()).toContain('离线');
      await shot(page, 'map-city-zh');
    },
  );

  it(
    'when a park is clicked in the list, then its plots are drawn, the URL ' +
      'names it, and the park panel shows its figures and chain map',
    async () => {
      const { page } = e;
      await page.click(`[data-testid=city-parks] [data-park-id="${parkId}"]`);
      await page.waitForFunction((n) => window.__plotsDrawn === n, plotCount);
      expect(page.url()).toContain(`park=${parkId}`);
      expect(await page.locator('[data-testid=park-panel] .mp-h').textContent()).toBe(parkName);
      expect(await page.locator('[data-testid=park-kpis] .mp-kpi').count()).toBe(6);
      await page.waitForSelector('[data-testid=chain-map] .mp-link');
      const states = await page.$$eval('[data-testid=chain-map] .mp-link', (ls) =>
        ls.map((l) => l.getAttribute('data-state')),
      );
      expect(states.length).toBeGreaterThan(2);
      expect(states.every((s) => ['present', 'pipeline', 'missing'].includes(s ?? ''))).toBe(true);
      const rows = await legendRows(page);
      expect(rows.reduce((s, r) => s + r[1], 0)).toBe(plotCount);
      await shot(page, 'map-park-status-zh');
    },
  );

  it('when the colour mode switches, then the legend changes to that mode’s classes with the same total', async () => {
    const { page } = e;
    await page.click('[data-testid=colour-mode] [data-mode=industry]');
    expect(await page.locator('[data-testid=legend-title]').textContent()).toContain('按产业');
    let rows = await legendRows(page);
    expect(rows.map((r) => r[0])).toEqual(['dominant', 'other', 'none']);
    expect(rows.reduce((s, r) => s + r[1], 0)).toBe(plotCount);
    expect(rows[0][1]).toBeGreaterThan(0);
    await shot(page, 'map-park-industry-zh');
    await page.click('[data-testid=colour-mode] [data-mode=grade]');
    rows = await legendRows(page);
    expect(rows.map((r) => r[0])).toEqual(['A', 'B', 'C', 'D', 'none']);
    expect(rows.reduce((s, r) => s + r[1], 0)).toBe(plotCount);
    await shot(page, 'map-park-grade-zh');
    await page.click('[data-testid=colour-mode] [data-mode=status]');
  });

  it('when a status filter is set, then the legend counts only the filtered plots', async () => {
    const { page } = e;
    const before = await legendRows(page);
    const vacant = before.find((r) => r[0] === 'vacant')![1];
    await page.click('[data-testid=filters] label:has(input[data-status=vacant])');
    const after = await legendRows(page);
    expect(after.reduce((s, r) => s + r[1], 0)).toBe(vacant);
    await page.click('[data-testid=filters] label:has(input[data-status=vacant])');
    expect((await legendRows(page)).reduce((s, r) => s + r[1], 0)).toBe(plotCount);
  });

  it('when a plot is clicked on the map, then the side panel shows its code, facts and history', async () => {
    const { page } = e;
    const p = await plotOnScreen(page, 'occupied');
    await page.waitForTimeout(300);
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector('[data-testid=plot-panel]');
    expect(await page.locator('[data-testid=plot-code]').textContent()).toBe(p.code);
    expect(await page.locator('[data-testid=plot-status]').textContent()).toBe('已入驻');
    await page.waitForSelector('[data-testid=occupant] table tbody tr');
    await page.waitForSelector('[data-testid=plot-history]');
    await shot(page, 'map-plot-panel-zh');
    await page.click('.mp-close');
  });

  it(
    'when a standard factory is clicked, then the panel shows its units ' + 'with an occupancy bar and tenants',
    async () => {
      const { page } = e;
      const b = await page.evaluate(async (parkId) => {
        const fc = await (await fetch(`/api/parks/${parkId}/buildings`)).json();
        const f = fc.features.find((x: { properties: { units: number } }) => x.properties.units > 0);
        const ring: number[][] = f.geometry.coordinates[0].slice(0, -1);
        const lng = ring.reduce((s, p) => s + p[0], 0) / ring.length;
        const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
        const map = window.__leafletMap!;
        map.setView([lat, lng], 18, { animate: false });
        const pt = map.latLngToContainerPoint([lat, lng]);
        const box = map.getContainer().getBoundingClientRect();
        return {
          x: box.left + pt.x,
          y: box.top + pt.y,
          code: f.properties.code as string,
          units: f.properties.units as number,
        };
      }, parkId);
      await page.waitForTimeout(300);
      await page.mouse.click(b.x, b.y);
      await page.waitForSelector('[data-testid=building-panel] [data-testid=units] tbody tr');
      expect(await page.locator('[data-testid=building-panel] .mp-h').textContent()).toBe(b.code);
      expect(await page.locator('[data-testid=units] tbody tr').count()).toBe(b.units);
      expect(await page.locator('[data-testid=building-panel] [data-testid=occupancy-bar]').count()).toBe(1);
      await shot(page, 'map-building-panel-zh');
      await page.click('.mp-close');
    },
  );

  it(
    'when an editor changes a plot’s status in the panel, then it is saved ' +
      'with its version, the map, legend and history follow',
    async () => {
      const { page } = e;
      const p = await plotOnScreen(page, 'vacant');
      const vacantBefore = (await legendRows(page)).find((r) => r[0] === 'vacant')![1];
      await page.waitForTimeout(300);
      await page.mouse.click(p.x, p.y);
      await page.waitForSelector('[data-testid=plot-panel]');
      expect(await page.locator('[data-testid=plot-code]').textContent()).toBe(p.code);
      await page.click('[data-testid=edit-plot]');
      await page.selectOption('[data-testid=plot-edit] select[name=status]', 'reserved');
      await page.click('[data-testid=save-plot]');
      await page.waitForFunction(() => document.querySelector('[data-testid=plot-status]')?.textContent === '已预留');
      const saved = (await (await admin.get(`/api/plots/${p.id}`)).json()) as { status: string; version: number };
      expect(saved.status).toBe('reserved');
      await page.waitForFunction((n) => {
        const row = document.querySelector('[data-testid=legend] tbody tr[data-key=vacant]');
        return row && Number((row.querySelectorAll('td')[1].textContent ?? '').replace(/[^\d]/g, '')) === n;
      }, vacantBefore - 1);
      await page.waitForSelector('[data-testid=plot-history] .mp-change');
      expect(await page.locator('[data-testid=plot-history] .mp-change').first().textContent()).toBe(
        '状态：空闲 → 已预留',
      );

      // Someone else saves first: the stale save gets 409 and the panel says so instead of failing silently.
      await page.click('[data-testid=edit-plot]');
      await page.selectOption('[data-testid=plot-edit] select[name=status]', 'unavailable');
      const other = await admin.send('PATCH', `/api/plots/${p.id}`, { readiness: 'partial', version: saved.version });
      expect(other.status).toBe(200);
      const otherVersion = ((await other.json()) as { version: number }).version;
      // The panel refetches the plot after the 409; "reload" copies that plot into the draft, so it must
      // wait for the refetch (else it reloads the stale version, and the next save is refused again).
      const refetched = page.waitForResponse(
        async (r) =>
          r.request().method() === 'GET' &&
          new URL(r.url()).pathname === `/api/plots/${p.id}` &&
          ((await r.json()) as { version: number }).version >= otherVersion,
      );
      await page.click('[data-testid=save-plot]');
      await page.waitForSelector('[data-testid=conflict]');
      expect(await page.locator('[data-testid=conflict]').textContent()).toContain('已被他人修改');
      await shot(page, 'map-conflict-zh');
      await refetched;
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid=plot-panel] .mp-facts dd')].some(
          (d) => d.textContent === '部分完成',
        ),
      );
      await page.click('[data-testid=conflict-reload]');
      await page.selectOption('[data-testid=plot-edit] select[name=status]', 'unavailable');
      await page.click('[data-testid=save-plot]');
      await page.waitForFunction(() => document.querySelector('[data-testid=plot-status]')?.textContent === '不可用');
      const final = (await (await admin.get(`/api/plots/${p.id}`)).json()) as { status: string; readiness: string };
      expect(final).toMatchObject({ status: 'unavailable', readiness: 'partial' });
    },
  );

  it(
    'when an editor imports a GeoJSON file, then the dry-run report lists ' +
      'each refused feature with its index, code and reason',
    async () => {
      const { page } = e;
      await page.click('.mp-close').catch(() => undefined);
      await page.waitForSelector('[data-testid=park-panel]');
      const square = (lon: number, lat: number, d = 0.0008) => ({
        type: 'Polygon',
        coordinates: [
          [
            [lon, lat],
            [lon + d, lat],
            [lon + d, lat + d],
            [lon, lat + d],
            [lon, lat],
          ],
        ],
      });
      const park = (await (await admin.get(`/api/parks/${parkId}`)).json()) as {
        boundary: { coordinates: number[][][] };
      };
      // One polygon far outside the park, one bow-tie: both must be refused, with reasons.
      const fc = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { code: 'E2E-IMP-1', landUse: 'M1' },
            geometry: square(park.boundary.coordinates[0][0][0] + 0.5, 20),
          },
          {
            type: 'Feature',
            properties: { code: 'E2E-IMP-BAD', landUse: 'M1' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [0, 0],
                  [1, 1],
                  [1, 0],
                  [0, 1],
                  [0, 0],
                ],
              ],
            },
          },
        ],
      };
      await page.click('[data-testid=import-plots]');
      await page.setInputFiles('[data-testid=import-file]', {
        name: 'plots.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(fc)),
      });
      await page.waitForSelector('[data-testid=import-report]');
      const skippedRows = await page.$$eval('[data-testid=import-report] tbody tr', (rs) =>
        rs.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
      // Each refused feature is listed with its index, code and the server's reason; nothing is offered for import.
      expect(skippedRows.map((r) => r.slice(0, 2))).toEqual([
        ['0', 'E2E-IMP-1'],
        ['1', 'E2E-IMP-BAD'],
      ]);
      expect(skippedRows[0][2]).toContain('outside the park');
      expect(skippedRows[1][2]).toContain('self-intersection');
      expect(await page.locator('[data-testid=import-confirm]').count()).toBe(0);
      await shot(page, 'map-import-zh');
      await page.click('[data-testid=import-dialog] .mp-close');
    },
  );

  it(
    'when an editor draws a polygon with the drawing tool, then its area ' +
      'is checked, it is saved, and it can be reshaped',
    async () => {
      const { page } = e;
      await openPark(page);
      const box = await page.evaluate(() => {
        const r = window.__leafletMap!.getContainer().getBoundingClientRect();
        return { x: r.left, y: r.top, h: r.height };
      });
      await page.click('[data-testid=draw-plot]');
      // leaflet-geoman loads on first use: click only once its draw mode is on (a fixed wait is too short on a busy
      // machine).
      await page.waitForFunction(
        () =>
          (
            window.__leafletMap as unknown as { pm?: { globalDrawModeEnabled(): boolean } } | undefined
          )?.pm?.globalDrawModeEnabled() === true,
      );
      const x0 = box.x + 40,
        y0 = box.y + box.h - 140;
      for (const [dx, dy] of [
        [0, 0],
        [60, 0],
        [60, 50],
        [0, 50],
        [0, 0],
      ]) {
        await page.mouse.click(x0 + dx, y0 + dy);
        await page.waitForTimeout(150);
      }
      await page.waitForSelector('[data-testid=new-plot] input[name=code]');
      expect(await page.locator('[data-testid=new-plot]').textContent()).toContain('图形有效');
      await page.fill('[data-testid=new-plot] input[name=code]', 'E2E-DRAWN-1');
      await shot(page, 'map-draw-zh');
      await page.click('[data-testid=new-plot] button[type=submit]');
      await page.waitForSelector('[data-testid=plot-panel]');
      expect(await page.locator('[data-testid=plot-code]').textContent()).toBe('E2E-DRAWN-1');
      const created = (
        (await (await admin.get('/api/plots?q=E2E-DRAWN-1')).json()) as { items: Array<{ id: number; areaMu: number }> }
      ).items[0];
      expect(created.areaMu).toBeGreaterThan(1);

      await page.click('[data-testid=edit-shape]');
      // Drag only once geoman's vertex handle is under the pointer.
      await page.waitForFunction(
        ([x, y]) => document.elementFromPoint(x, y)?.classList.contains('marker-icon') === true,
        [x0 + 60, y0 + 50],
      );
      await page.mouse.move(x0 + 60, y0 + 50);
      await page.mouse.down();
      await page.mouse.move(x0 + 90, y0 + 70, { steps: 5 });
      await page.mouse.up();
      await page.waitForSelector('[data-testid=shape-edit] .ok');
      await page.click('[data-testid=shape-edit] button.primary');
      await page.waitForSelector('[data-testid=shape-edit]', { state: 'detached' });
      const reshaped = (await (await admin.get(`/api/plots/${created.id}`)).json()) as {
        areaMu: number;
        version: number;
      };
      expect(reshaped.areaMu).toBeGreaterThan(created.areaMu);
      expect(reshaped.version).toBe(2);
    },
  );

  it('when the language switch is pressed, then the map speaks English: modes, legend, panel', async () => {
    const { page } = e;
    await openPark(page);
    await page.click('[data-testid=lang-switch]');
    expect(await page.locator('[data-testid=colour-mode] [data-mode=industry]').textContent()).toBe('Industry');
    expect(await page.locator('[data-testid=legend-title]').textContent()).toContain('Legend · Status');
    expect(await page.locator('[data-testid=legend] tbody tr[data-key=vacant] td').first().textContent()).toBe(
      'Vacant',
    );
    expect(await page.locator('[data-testid=park-panel]').textContent()).toContain('Industry chain map');
    await shot(page, 'map-park-status-en');
    const p = await plotOnScreen(page, 'occupied');
    await page.waitForTimeout(300);
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector('[data-testid=occupant] table tbody tr');
    expect(await page.locator('[data-testid=plot-status]').textContent()).toBe('Occupied');
    await shot(page, 'map-plot-panel-en');
    await page.goto(`${e.app.url}/map`);
    await page.waitForSelector('[data-testid=city-parks] li');
    await shot(page, 'map-city-en');
    await page.click('[data-testid=lang-switch]');
  });

  it('when a park is opened again, then its plots are revalidated with the ETag and answered 304', async () => {
    const { page } = e;
    const seen: Array<Promise<Record<string, string>>> = [];
    // allHeaders(): the headers as sent, including the ones the HTTP cache adds.
    const onRequest = (r: { url(): string; allHeaders(): Promise<Record<string, string>> }) => {
      if (r.url().endsWith(`/api/parks/${parkId}/plots/packed`)) seen.push(r.allHeaders());
    };
    await openPark(page);
    page.on('request', onRequest);
    await page.reload();
    await page.waitForFunction((n) => window.__plotsDrawn === n, await currentCount());
    page.off('request', onRequest);
    // The browser's HTTP cache sends the ETag; the server's 304 carries no body, so the transfer is
    // a few hundred bytes for a body of kilobytes (fetch itself reports the cached 200;
    // the body is sent gzipped, so compare with its decoded size).
    const etag = (await admin.get(`/api/parks/${parkId}/plots/packed`)).headers.get('etag');
    const conditional = (await Promise.all(seen)).map((h) => h['if-none-match'] ?? '');
    expect(conditional).toEqual([etag]);
    const sizes = await page.evaluate(
      (id) =>
        performance
          .getEntriesByType('resource')
          .filter((x) => x.name.endsWith(`/api/parks/${id}/plots/packed`))
          .map((x) => ({
            transfer: (x as PerformanceResourceTiming).transferSize,
            body: (x as PerformanceResourceTiming).decodedBodySize,
          })),
      parkId,
    );
    expect(sizes).toHaveLength(1);
    expect(sizes[0].body).toBeGreaterThan(5_000);
    expect(sizes[0].transfer).toBeLessThan(1_000);
  });

  it('when a viewer opens a plot, then there are no edit controls', async () => {
    const { page } = e;
    await page.click('.topbar button.link:last-of-type');
    await page.fill('input[name=username]', 'viewer');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('.topbar');
    await openPark(page).catch(() => undefined);
    await page.waitForSelector('[data-testid=park-panel]');
    expect(await page.locator('[data-testid=import-plots]').count()).toBe(0);
    const p = await plotOnScreen(page, 'occupied');
    await page.waitForTimeout(300);
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector('[data-testid=plot-panel]');
    expect(await page.locator('[data-testid=edit-plot]').count()).toBe(0);
    expect(await page.locator('[data-testid=edit-shape]').count()).toBe(0);
  });
});
