import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { startE2E, type E2E } from './support/browser';
import type { Client } from '../server/support/test-app';

// The screenshots of this walk, looked at by the author.
const SHOTS = '/tmp/shots-12';
let e: E2E;
let admin: Client;
let parkId: number;
let C: [number, number];

beforeAll(async () => {
  e = await startE2E('admin');
  mkdirSync(SHOTS, { recursive: true });
  admin = await e.app.login('admin');
  // A fresh empty park, so the file's lots only meet each other.
  C = [113.9, 32.4];
  const res = await admin.send('POST', '/api/parks', {
    jurisdictionId: 2,
    name: '导入演示园',
    boundary: rect(0, 0, 0.012, 0.008),
    dominantChainIds: [],
    landGrade: 10,
    listedLandPriceWanPerMu: 12,
    minInvestmentIntensityWanPerMu: 200,
    minTaxPerMuWan: 10,
    minFar: 1,
  });
  expect(res.status).toBe(201);
  parkId = (await res.json()).id;
}, 120_000);
afterAll(() => e?.close());

function rect(x0: number, y0: number, x1: number, y1: number) {
  return {
    type: 'Polygon' as const,
    coordinates: [
      [
        [C[0] + x0, C[1] + y0],
        [C[0] + x1, C[1] + y0],
        [C[0] + x1, C[1] + y1],
        [C[0] + x0, C[1] + y1],
        [C[0] + x0, C[1] + y0],
      ],
    ],
  };
}

describe('the plot import preview in a real browser', () => {
  it(
    'when a lot map is uploaded, its columns mapped and imported, then ' +
      'refused features are highlighted and the plots appear on the map',
    async () => {
      const { page } = e;
      const lot = (g: ReturnType<typeof rect>, ref: string, who: string) => ({
        type: 'Feature',
        geometry: g,
        properties: { Bedrijf: who, Kavel: ref, Opp_ha: '4,17' },
      });
      const fc = {
        type: 'FeatureCollection',
        features: [
          lot(rect(0.001, 0.001, 0.003, 0.003), 'K-1', 'Acme'),
          lot(rect(0.004, 0.001, 0.006, 0.003), 'K-2', 'Acme'),
          lot(rect(0.007, 0.001, 0.009, 0.003), 'K-2', 'Borealis'),
          lot(rect(0.001, 0.004, 0.003, 0.006), 'K-3', 'Cirrus'),
          { type: 'Feature', geometry: { type: 'Point', coordinates: [C[0] + 0.005, C[1] + 0.005] }, properties: {} },
        ],
      };
      await page.goto(`${e.app.url}/map?park=${parkId}`);
      await page.click('[data-testid=import-plots]');
      await page.setInputFiles('[data-testid=import-file]', {
        name: 'kavels.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(fc)),
      });
      await page.waitForSelector('[data-testid=import-mapping]');
      // Unmapped, the file's own columns are not the usual names: every lot gets a generated code.
      expect(await page.locator('[data-testid=map-codeField] option').allTextContents()).toEqual([
        '（自动识别）',
        'Bedrijf',
        'Kavel',
        'Opp_ha',
      ]);
      await page.selectOption('[data-testid=map-codeField]', 'Kavel');
      await page.selectOption('[data-testid=map-areaField]', 'Opp_ha');
      await page.selectOption('[data-testid=map-areaUnit]', 'ha');
      const rowsOf = () =>
        page.$$eval('[data-testid=import-report] tbody tr', (rs) =>
          rs.map((r) => [r.getAttribute('data-outcome'), ...[...r.querySelectorAll('td')].map((td) => td.textContent)]),
        );
      // The repeated K-2 is refused by default, and so is the point; both drawn in red on the preview map.
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid=import-map] path[data-outcome=refused]').length === 2,
      );
      const refusedRows = (await rowsOf()).filter((r) => r[0] === 'refused');
      expect(refusedRows.map((r) => r[1])).toEqual(['2', '4']);
      expect(refusedRows[0][3]).toContain('duplicate plot code K-2');
      expect(refusedRows[1][3]).toContain('not a polygon');
      await page.screenshot({ path: `${SHOTS}/import-preview-zh.png` });
      await page.locator('[data-testid=import-dialog]').screenshot({ path: `${SHOTS}/import-preview-dialog-zh.png` });

      await page.selectOption('[data-testid=map-duplicates]', 'suffix');
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid=import-report] tbody tr[data-outcome=create]').length === 4,
      );
      expect((await rowsOf()).map((r) => r[2])).toEqual(['K-1', 'K-2', 'K-2-2', 'K-3', expect.stringMatching(/^IMP/)]);
      // Only the point is still red; the second K-2 is now drawn as a lot to create.
      expect(await page.locator('[data-testid=import-map] path[data-outcome=refused]').count()).toBe(1);
      expect(await page.locator('[data-testid=import-map] path[data-index="2"]').getAttribute('data-outcome')).toBe(
        'create',
      );
      await page.click('[data-testid=import-confirm]');
      await page.waitForSelector('[data-testid=import-report][data-dry-run=false]');
      expect(await page.locator('[data-testid=import-counts]').textContent()).toContain('已新建 4 宗地块');
      // The park's map now draws the four new plots.
      await page.waitForFunction(() => window.__plotsDrawn === 4, undefined, { timeout: 20_000 });
      const got = (
        (await (await admin.get(`/api/parks/${parkId}/plots`)).json()).features as Array<{
          properties: { code: string; declaredAreaMu: number };
        }>
      ).map((p) => p.properties);
      expect(got.map((p) => p.code).sort()).toEqual(['K-1', 'K-2', 'K-2-2', 'K-3']);
      // "4,17" hectares with a decimal comma = 62.55 亩, not 417 ha.
      for (const p of got) expect(p.declaredAreaMu).toBeCloseTo(4.17 * 15, 9);
      // The panel's export links download the plots just imported.
      const links = await page.$$eval('[data-testid=export-plots] a', (as) => as.map((a) => a.getAttribute('href')!));
      expect(links).toHaveLength(5);
      const answers = await page.evaluate(
        (hrefs) =>
          Promise.all(hrefs.map(async (h) => fetch(h).then((r) => [r.status, r.headers.get('content-type') ?? '']))),
        links,
      );
      expect(answers.map((a) => a[0])).toEqual([200, 200, 200, 200, 200]);
      expect(answers.map((a) => String(a[1]).split(';')[0])).toEqual([
        'application/geo+json',
        'application/zip',
        'application/zip',
        'application/vnd.google-earth.kml+xml',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]);
      await page.screenshot({ path: `${SHOTS}/import-done-zh.png` });
      await page.locator('[data-testid=import-dialog]').screenshot({ path: `${SHOTS}/import-done-dialog-zh.png` });
      // The English switch turns the same dialog into English, the preview included.
      await page.click('[data-testid=lang-switch]');
      await page.setInputFiles('[data-testid=import-file]', {
        name: 'kavels.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(JSON.stringify(fc)),
      });
      await page.waitForSelector('[data-testid=import-mapping]');
      expect(await page.locator('[data-testid=import-dialog] h3').textContent()).toBe('Import plots');
      // Mapped by lot reference again, the lots now update the plots they became (the repeated K-2 is refused).
      await page.selectOption('[data-testid=map-codeField]', 'Kavel');
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid=import-report] tbody tr[data-outcome=update]').length === 3,
      );
      await page.locator('[data-testid=import-dialog]').screenshot({ path: `${SHOTS}/import-preview-dialog-en.png` });
    },
    90_000,
  );
});
