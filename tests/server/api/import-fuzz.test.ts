import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Client;
let parkId: number;
let origin: number[];

const count = async (table: string): Promise<number> =>
  (await t.db.read.query(`SELECT CAST(COUNT(*) AS integer) AS n FROM ${table}`))[0].n;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const park = (await (await admin.get('/api/parks')).json())[0];
  parkId = park.id;
  origin = park.boundary.coordinates[0][0];
});
afterAll(() => t.close());

/** Coordinates near the park, some valid rings, some garbage: what real GIS exports look like on a bad day. */
const coord = fc
  .tuple(fc.double({ min: -0.02, max: 0.02, noNaN: true }), fc.double({ min: -0.02, max: 0.02, noNaN: true }))
  .map(([dx, dy]) => [origin[0] + dx, origin[1] + dy]);
const ring = fc.array(coord, { minLength: 0, maxLength: 7 }).map((pts) => (pts.length ? [...pts, pts[0]] : pts));
const geometry = fc.oneof(
  fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(ring, { minLength: 0, maxLength: 2 }) }),
  fc.record({ type: fc.constantFrom('Point', 'LineString', 'MultiPolygon', 'Bogus'), coordinates: fc.jsonValue() }),
  fc.constant(null),
  fc.jsonValue(),
);
const feature = fc.oneof(
  fc.record({
    type: fc.constant('Feature'),
    geometry,
    properties: fc.oneof(
      fc.constant(null),
      fc.dictionary(fc.constantFrom('code', 'landUse', 'status', 'areaMu', '面积', 'x'), fc.jsonValue()),
    ),
  }),
  fc.jsonValue(),
);

describe('fuzzing the imports', () => {
  it(
    'when random FeatureCollections are imported, then never a 5xx, and ' + 'exactly the reported plots are written',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(feature, { maxLength: 12 }), fc.boolean(), async (features, strict) => {
          const before = await count('plot');
          const res = await admin.send('POST', `/api/parks/${parkId}/plots/import${strict ? '?strict=true' : ''}`, {
            type: 'FeatureCollection',
            features,
          });
          const text = await res.text();
          expect(res.status, text).toBeLessThan(500);
          expect(text).not.toMatch(/at \w+ \(|node_modules/);
          const after = await count('plot');
          if (res.status >= 400) expect(after).toBe(before);
          else {
            const report = JSON.parse(text);
            expect(after - before).toBe(report.created);
            expect(report.created + report.skipped.length).toBe(features.length);
          }
        }),
        { numRuns: 120, seed: 20261127 }, // seeded like the other property tests: a CI run must be repeatable
      );
    },
  );

  it('when random CSV text is imported, then never a 5xx, and exactly the reported projects are written', async () => {
    const header = '项目名称,投资方,行业,固定资产投资(万元),用地需求(亩),县区\n';
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('纺织服装', '民权县', '10000', '-1', '', '"', '\uFEFF', '30'),
    );
    const line = fc.array(cell, { maxLength: 8 }).map((cells) => cells.join(','));
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(line, { maxLength: 6 }), async (withHeader, lines) => {
        const before = await count('project');
        const res = await admin.send('POST', '/api/projects/import', (withHeader ? header : '') + lines.join('\n'));
        const text = await res.text();
        expect(res.status, text).toBeLessThan(500);
        expect(text).not.toMatch(/at \w+ \(|node_modules/);
        const after = await count('project');
        if (res.status >= 400) expect(after).toBe(before);
        else expect(after - before).toBe(JSON.parse(text).created);
      }),
      { numRuns: 120, seed: 20261128 },
    );
  });

  it('when an import has more features than allowed, then 413 and nothing is written', async () => {
    const before = await count('plot');
    const res = await admin.send('POST', `/api/parks/${parkId}/plots/import`, {
      type: 'FeatureCollection',
      features: Array.from({ length: 20_001 }, () => ({})),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toContain('features');
    expect(await count('plot')).toBe(before);
  });

  it('when a file is sent with the wrong content type, then a clear 4xx, not a guess', async () => {
    const res = await admin.send('POST', '/api/projects/import', { not: 'csv' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('CSV');
  });
});
