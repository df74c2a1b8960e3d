import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { decodePolygons, polygonAreaMu, validatePolygon } from '../../../shared/geo';
import type { GeoPolygon } from '../../../shared/types/common';

interface ParkRow {
  id: number;
  jurisdictionId: number;
  name: string;
  summary: { landTotalMu: number; plotCount: number };
}
interface Fc {
  type: string;
  features: Array<{ type: string; id: number; geometry: GeoPolygon; properties: Record<string, unknown> }>;
}

let t: TestApp;
let admin: Client;
let parks: ParkRow[];

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  parks = await (await admin.get('/api/parks')).json();
});
afterAll(() => t.close());

describe('health and sessions', () => {
  it('when anyone asks, then /api/health answers ok without a session', async () => {
    const res = await t.anon.get('/api/health');
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('ok');
  });
  it('when there is no session, then data routes answer 401 with a JSON error', async () => {
    const res = await t.anon.get('/api/parks');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
  });
  it('when an unknown API path is asked, then 404 JSON, not the client page', async () => {
    const res = await admin.get('/api/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toContain('/api/nope');
  });
});

describe('GET /api/parks/:id/plots', () => {
  it(
    'when asked for the largest park, then a valid FeatureCollection whose ' + 'areas agree with the polygons',
    async () => {
      const largest = [...parks].sort((a, b) => b.summary.plotCount - a.summary.plotCount)[0];
      const res = await admin.get(`/api/parks/${largest.id}/plots`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/geo+json');
      // Prepared once per data change and sent gzipped to clients that accept it (fetch does).
      expect(res.headers.get('content-encoding')).toBe('gzip');
      const fc: Fc = await res.json();
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features.length).toBe(largest.summary.plotCount);
      expect(fc.features.length).toBeGreaterThan(50);
      for (const f of fc.features) {
        expect(f.type).toBe('Feature');
        expect(validatePolygon(f.geometry)).toBeNull();
        // RFC 7946: WGS84 lon/lat, exterior ring counter-clockwise is recommended but not required.
        const [lon, lat] = f.geometry.coordinates[0][0];
        expect(lon).toBeGreaterThan(114);
        expect(lon).toBeLessThan(117);
        expect(lat).toBeGreaterThan(33);
        expect(lat).toBeLessThan(35);
        for (const key of ['id', 'code', 'status', 'areaMu', 'landUse', 'occupant', 'industry'])
          expect(f.properties).toHaveProperty(key);
        expect(Math.abs((f.properties.areaMu as number) - polygonAreaMu(f.geometry))).toBeLessThan(0.01);
      }
      const sum = fc.features.reduce((s, f) => s + (f.properties.areaMu as number), 0);
      expect(Math.abs(sum - largest.summary.landTotalMu)).toBeLessThan(1);
    },
  );

  it('when the client sends the ETag back, then 304 until a plot changes', async () => {
    const park = parks[0];
    const first = await admin.get(`/api/parks/${park.id}/plots`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{20}"$/);
    expect((await admin.get(`/api/parks/${park.id}/plots`, { 'if-none-match': etag })).status).toBe(304);
    const fc: Fc = await first.json();
    const plot = fc.features[0];
    const upd = await admin.send('PATCH', `/api/plots/${plot.id}`, {
      status: 'unavailable',
      version: plot.properties.version,
    });
    expect(upd.status).toBe(200);
    const after = await admin.get(`/api/parks/${park.id}/plots`, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    const changed: Fc = await after.json();
    expect(changed.features.find((f) => f.id === plot.id)!.properties.status).toBe('unavailable');
  });
});

describe('GET /api/parks/:id/plots/packed', () => {
  it(
    'when the map asks for the packed plots, then they unpack to exactly ' + 'the GeoJSON, in far fewer bytes',
    async () => {
      const largest = [...parks].sort((a, b) => b.summary.plotCount - a.summary.plotCount)[0];
      const geo = await (await admin.get(`/api/parks/${largest.id}/plots`)).text();
      const res = await admin.get(`/api/parks/${largest.id}/plots/packed`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      const text = await res.text();
      expect(decodePolygons(JSON.parse(text))).toEqual(JSON.parse(geo));
      expect(text.length).toBeLessThan(geo.length / 3);
    },
  );

  it('when the ETag is sent back, then 304 until a plot changes, and the change is in the next answer', async () => {
    const park = parks[1];
    const first = await admin.get(`/api/parks/${park.id}/plots/packed`);
    const etag = first.headers.get('etag')!;
    expect(etag).not.toBe((await admin.get(`/api/parks/${park.id}/plots`)).headers.get('etag'));
    expect((await admin.get(`/api/parks/${park.id}/plots/packed`, { 'if-none-match': etag })).status).toBe(304);
    const plot = decodePolygons<{ id: number; version: number }>(await first.json()).features[0];
    const upd = await admin.send('PATCH', `/api/plots/${plot.properties.id}`, {
      status: 'unavailable',
      version: plot.properties.version,
    });
    expect(upd.status).toBe(200);
    const after = await admin.get(`/api/parks/${park.id}/plots/packed`, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    const changed = decodePolygons<{ id: number; status: string }>(await after.json());
    expect(changed.features.find((f) => f.properties.id === plot.properties.id)!.properties.status).toBe('unavailable');
  });

  it('when the park does not exist, then 404 naming it', async () => {
    const res = await admin.get('/api/parks/999999/plots/packed');
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/park/i);
  });
});

describe('plot edits', () => {
  it('when two edits carry the same version, then one succeeds and the other gets 409', async () => {
    const page = await (await admin.get('/api/plots?limit=1&status=vacant')).json();
    const plot = page.items[0];
    const [a, b] = await Promise.all([
      admin.send('PATCH', `/api/plots/${plot.id}`, { status: 'reserved', version: plot.version }),
      admin.send('PATCH', `/api/plots/${plot.id}`, { status: 'unavailable', version: plot.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const now = await (await admin.get(`/api/plots/${plot.id}`)).json();
    expect(now.version).toBe(plot.version + 1);
    const winner = a.status === 200 ? 'reserved' : 'unavailable';
    expect(now.status).toBe(winner);
  });

  it('when many writes to different rows run at once, then none is lost', async () => {
    const page = await (await admin.get('/api/plots?limit=24&status=vacant&offset=40')).json();
    const project = (await (await admin.get('/api/projects?limit=1')).json()).items[0];
    const results = await Promise.all([
      ...page.items.map((p: { id: number; version: number }) =>
        admin.send('PATCH', `/api/plots/${p.id}`, { readiness: 'raw', version: p.version }),
      ),
      admin.send('PATCH', `/api/projects/${project.id}`, { notes: 'concurrent', version: project.version }),
    ]);
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    for (const p of page.items) {
      const now = await (await admin.get(`/api/plots/${p.id}`)).json();
      expect(now.readiness).toBe('raw');
      expect(now.version).toBe(p.version + 1);
    }
    expect((await (await admin.get(`/api/projects/${project.id}`)).json()).notes).toBe('concurrent');
  });

  it('when a plot is edited, then its history shows who changed what with before and after', async () => {
    const page = await (await admin.get('/api/plots?limit=1&status=vacant')).json();
    const plot = page.items[0];
    await admin.send('PATCH', `/api/plots/${plot.id}`, { readiness: 'partial', version: plot.version });
    const history = await (await admin.get(`/api/plots/${plot.id}/history`)).json();
    expect(history[0]).toMatchObject({ action: 'update', entity: 'plot', entityId: plot.id, username: 'admin' });
    expect(history[0].before.readiness).toBe(plot.readiness);
    expect(history[0].after.readiness).toBe('partial');
  });

  it('when a patch names one field, then every other field keeps its value', async () => {
    const page = await (await admin.get('/api/plots?limit=1&status=occupied')).json();
    const plot = page.items[0];
    expect(plot.enterpriseId).not.toBeNull();
    const res = await admin.send('PATCH', `/api/plots/${plot.id}`, { readiness: 'partial', version: plot.version });
    const after = await res.json();
    expect(after).toEqual({ ...plot, readiness: 'partial', version: plot.version + 1 });
  });

  it('when a polygon is replaced, then the area is recomputed from it', async () => {
    const page = await (await admin.get('/api/plots?limit=1&status=vacant')).json();
    const plot = page.items[0];
    const ring = plot.polygon.coordinates[0] as number[][];
    // Shrink the plot towards its first vertex: area falls to a quarter.
    const [x0, y0] = ring[0];
    const smaller = { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x0 + (x - x0) / 2, y0 + (y - y0) / 2])] };
    const res = await admin.send('PATCH', `/api/plots/${plot.id}`, { polygon: smaller, version: plot.version });
    expect(res.status).toBe(200);
    const updated = await res.json();
    expect(updated.areaMu).toBeCloseTo(plot.areaMu / 4, 1);
  });
});

describe('lists', () => {
  it('when filtered and paged, then only matching plots come back with the total', async () => {
    const res = await admin.get(`/api/plots?parkId=${parks[0].id}&status=vacant&offset=0&limit=5`);
    const page = await res.json();
    expect(page.items.length).toBeLessThanOrEqual(5);
    expect(page.total).toBeGreaterThanOrEqual(page.items.length);
    for (const p of page.items) {
      expect(p.parkId).toBe(parks[0].id);
      expect(p.status).toBe('vacant');
    }
  });
  it('when a size range is given, then every plot is within it', async () => {
    const page = await (await admin.get('/api/plots?minMu=50&maxMu=80&limit=500')).json();
    expect(page.items.length).toBeGreaterThan(0);
    for (const p of page.items) expect(p.areaMu >= 50 && p.areaMu <= 80).toBe(true);
  });
});
