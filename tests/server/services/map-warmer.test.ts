import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { parkPlotsPackedReady } from '../../../server/services/map.service';
import { ReadCache } from '../../../server/services/read-cache';

let t: TestApp;
let parkIds: number[];
beforeAll(async () => {
  t = await startTestApp({ env: { MAP_WARMUP: 'true' } });
  parkIds = ((await (await t.login('admin')).get('/api/parks').then((r) => r.json())) as Array<{ id: number }>).map(
    (p) => p.id,
  );
});
afterAll(() => t.close());

/** Polls until `ok()` holds; gives up after `ms` (the warm-up runs in the background). */
async function eventually(ok: () => boolean, ms = 15_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (ok()) return true;
  return ok();
}

describe('map warm-up', () => {
  it('when the server starts, then every park’s packed plots get built without anyone asking', async () => {
    expect(parkIds.length).toBeGreaterThan(5);
    expect(await eventually(() => parkIds.every((id) => parkPlotsPackedReady(t, id)))).toBe(true);
  });

  it('when a write lands, then the parks opened on the map are rebuilt and the others wait for a visit', async () => {
    const admin = await t.login('admin');
    const [opened, other] = parkIds;
    expect((await admin.get(`/api/parks/${opened}/plots/packed`)).status).toBe(200);
    const plots = (await (await admin.get(`/api/plots?parkId=${other}&limit=1`)).json()).items as Array<{
      id: number;
      version: number;
    }>;
    const generation = t.db.generation;
    const res = await admin.send('PATCH', `/api/plots/${plots[0].id}`, {
      readiness: 'partial',
      version: plots[0].version,
    });
    expect(res.status).toBe(200);
    // The write made every cached build stale; the opened park is ready again only by a rebuild.
    expect(t.db.generation).toBeGreaterThan(generation);
    expect(await eventually(() => parkPlotsPackedReady(t, opened))).toBe(true);
    expect(parkPlotsPackedReady(t, other)).toBe(false);
    // The rebuilt body carries the write.
    const after = await (await admin.get(`/api/parks/${other}/plots`)).json();
    expect(after.features.find((f: { id: number }) => f.id === plots[0].id).properties.readiness).toBe('partial');
  });
});

describe('read cache', () => {
  it('when a read overlaps a write that is rolled back, then what it saw is not kept', async () => {
    const cache = new ReadCache<number>(t.db);
    const count = async () =>
      ((await t.db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM jurisdiction')) as Array<{ n: number }>)[0].n;
    const before = await count();
    let inserted!: () => void;
    const insertedP = new Promise<void>((r) => (inserted = r));
    let finish!: () => void;
    const finishP = new Promise<void>((r) => (finish = r));
    const write = t.db.write(async (m) => {
      await m.query(
        'INSERT INTO jurisdiction (name, name_en, kind, parent_id, ' +
          "retained_share_vat, retained_share_cit) SELECT '幻影县', 'Phantom', kind," +
          ' parent_id, retained_share_vat, retained_share_cit FROM jurisdiction ' +
          'LIMIT 1',
      );
      inserted();
      await finishP;
      throw new Error('rolled back on purpose');
    });
    await insertedP;
    // SQLite: the shared connection shows the open transaction's row to this read. PostgreSQL: the
    // read has a connection of its own and sees only committed rows; either way it overlapped a write.
    const seen = await cache.get('n', count);
    finish();
    await expect(write).rejects.toThrow('rolled back on purpose');
    expect(seen.value).toBe(t.db.ds.options.type === 'sqlite' ? before + 1 : before);
    expect(cache.has('n')).toBe(false);
    expect((await cache.get('n', count)).value).toBe(before);
  });
});
