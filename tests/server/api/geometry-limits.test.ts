import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { MAX_RING_VERTICES } from '../../../shared/geo';

// Issue 15 #1: one polygon with very many vertices held every request for seconds (O(n²) check).
let t: TestApp;
let admin: Client;
let park: { id: number; boundary: { coordinates: number[][][] } };
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  park = (await (await admin.get('/api/parks')).json())[0];
});
afterAll(() => t.close());

/** A closed ring of n positions on a small circle inside the park (no self-intersection). */
function circle(n: number) {
  const ring = park.boundary.coordinates[0];
  const lon = ring.slice(0, -1).reduce((s, p) => s + p[0], 0) / (ring.length - 1);
  const lat = ring.slice(0, -1).reduce((s, p) => s + p[1], 0) / (ring.length - 1);
  const pts = Array.from({ length: n - 1 }, (_, i) => {
    const a = (2 * Math.PI * i) / (n - 1);
    return [+(lon + 0.001 * Math.cos(a)).toFixed(7), +(lat + 0.001 * Math.sin(a)).toFixed(7)];
  });
  return { type: 'Polygon', coordinates: [[...pts, pts[0]]] };
}

async function healthWhile<T>(work: Promise<T>): Promise<{ result: T; healthMs: number }> {
  await new Promise((r) => setTimeout(r, 30)); // the big body is being received and processed
  const t0 = performance.now();
  const h = await t.anon.get('/api/health');
  const healthMs = performance.now() - t0;
  expect(h.status).toBe(200);
  return { result: await work, healthMs };
}

describe('geometry work is bounded', () => {
  it(
    'when a plot with 30,000 vertices is posted, then 400 naming the ring ' +
      'limit, nothing stored, health answers within 1 s',
    async () => {
      const before = (await t.db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM plot'))[0].n;
      const { result: res, healthMs } = await healthWhile(
        admin.send('POST', '/api/plots', { parkId: park.id, code: 'BIG-1', polygon: circle(30_000), landUse: 'M1' }),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toContain(String(MAX_RING_VERTICES));
      expect(healthMs).toBeLessThan(1000);
      expect((await t.db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM plot'))[0].n).toBe(before);
    },
  );

  it(
    'when an import holds a 100,000-vertex polygon, then it is refused or ' +
      'skipped naming the limit and health answers within 1 s',
    async () => {
      const fc = {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { code: 'BIG-2' }, geometry: circle(100_000) }],
      };
      const { result: res, healthMs } = await healthWhile(
        admin.send('POST', `/api/parks/${park.id}/plots/import?dryRun=true`, fc),
      );
      const text = await res.text();
      expect(healthMs).toBeLessThan(1000);
      if (res.status === 413) return; // over the body limit: refused before any geometry work
      expect(res.status, text).toBeLessThan(300);
      const report = JSON.parse(text);
      expect(report.created ?? report.accepted?.length ?? 0).toBe(0);
      expect(text).toContain(String(MAX_RING_VERTICES));
    },
  );

  it('a ring at the limit is still checked and accepted', async () => {
    const res = await admin.send('POST', '/api/plots', {
      parkId: park.id,
      code: 'LIMIT-1',
      polygon: circle(MAX_RING_VERTICES),
      landUse: 'M1',
    });
    expect(res.status, await res.text()).toBe(201);
  });
});
