import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/data-source';
import { Db } from '../../../server/db/db';
import { seedIfEmpty } from '../../../server/db/seed/load';
import { plotsRepo } from '../../../server/repositories/plots.repo';
import { findOverlaps, polygonAreaM2 } from '../../../shared/geo';
import type { GeoPolygon } from '../../../shared/types/common';
import { createTestDatabase } from '../support/pg';

// The demo city on PostgreSQL: PostGIS must agree with shared/geo on the same plots.
let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  const target = await createTestDatabase();
  drop = target.drop;
  db = new Db(await openDatabase(target.url));
  await seedIfEmpty(db);
}, 120_000);
afterAll(async () => {
  await db?.close();
  await drop?.();
});

const shift = (p: GeoPolygon, dLon: number): GeoPolygon => ({
  type: 'Polygon',
  coordinates: p.coordinates.map((ring) => ring.map(([lon, lat]) => [lon + dLon, lat])),
});

describe('PostGIS geometry on PostgreSQL', () => {
  it('when the city is seeded, then every plot has a geometry whose geodesic area agrees with shared/geo', async () => {
    const rows: Array<{ polygon: string; m2: number }> = await db.read.query(
      'SELECT polygon, ST_Area(CAST(geom AS geography)) AS m2 FROM plot',
    );
    expect(rows.length).toBeGreaterThan(500);
    const worst = Math.max(...rows.map((r) => Math.abs(r.m2 / polygonAreaM2(JSON.parse(r.polygon)) - 1)));
    console.log(`PostGIS vs shared/geo: ${rows.length} plots, worst area difference ${(worst * 100).toFixed(4)}%`);
    expect(worst).toBeLessThan(1e-4);
  });

  it(
    'when a plot is added over another and one is moved, then ' + 'ST_Intersects finds the same overlaps as shared/geo',
    async () => {
      const [park] = await db.read.query('SELECT id FROM park ORDER BY id LIMIT 1');
      const plots = await plotsRepo.byPark(db.read, park.id);
      const [first, second] = plots;
      await db.write(async (m) => {
        const { id: _id, version: _v, ...row } = first;
        await plotsRepo.create(m, { ...row, code: `${first.code}-叠`, polygon: shift(first.polygon, 0.00005) });
        // An update of the GeoJSON moves the geometry with it (the trigger).
        await plotsRepo.update(m, second.id, second.version, { polygon: shift(first.polygon, -0.00005) });
      });
      const now = await plotsRepo.byPark(db.read, park.id);
      const expected = findOverlaps(
        now.map((p) => ({ id: p.id, polygon: p.polygon })),
        1,
      )
        .map((o) => [Math.min(o.a, o.b), Math.max(o.a, o.b)])
        .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      const got: Array<{ a: number; b: number }> = await db.read.query(
        `SELECT a.id AS a, b.id AS b FROM plot a JOIN plot b ON a.id < b.id AND ST_Intersects(a.geom, b.geom)
        WHERE a.park_id = $1 AND b.park_id = $1 AND ST_Area(CAST(ST_Intersection(a.geom, b.geom) AS geography)) > 1
        ORDER BY a.id, b.id`,
        [park.id],
      );
      expect(expected.length).toBeGreaterThanOrEqual(3);
      expect(got.map((r) => [r.a, r.b])).toEqual(expected);
    },
  );

  it('when plots are searched by box, then the GiST index answers', async () => {
    const plan: Array<{ 'QUERY PLAN': string }> = await db.write(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      return m.query('EXPLAIN SELECT id FROM plot WHERE geom && ST_MakeEnvelope(113, 34, 114, 35, 4326)');
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('plot_geom_gist');
  });
});
