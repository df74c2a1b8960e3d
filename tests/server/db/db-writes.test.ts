import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { openDatabase } from '../../../server/db/data-source';
import { Db } from '../../../server/db/db';
import { createTestDatabase } from '../support/pg';

const dir = mkdtempSync(join(tmpdir(), 'parkplan-writes-'));
let sqlite: Db;
let pg: Db;
let dropPg: () => Promise<void>;
beforeAll(async () => {
  const target = await createTestDatabase();
  dropPg = target.drop;
  [sqlite, pg] = await Promise.all([
    openDatabase(join(dir, 'w.sqlite')).then((ds) => new Db(ds)),
    openDatabase(target.url).then((ds) => new Db(ds)),
  ]);
});
afterAll(async () => {
  await Promise.all([sqlite?.close(), pg?.close()]);
  await dropPg?.();
  rmSync(dir, { recursive: true, force: true });
});

const insertJurisdiction = (m: EntityManager, name: string) =>
  m.query(
    'INSERT INTO jurisdiction (name, name_en, kind, parent_id, retained_share_vat, retained_share_cit) ' +
      `VALUES ('${name}', '${name}', 'county', NULL, 0.5, 0.4)`,
  );

/** Write A stays open until released; write B is started meanwhile. Which ended first? */
async function overlap(db: Db): Promise<string[]> {
  const order: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let opened!: () => void;
  const isOpen = new Promise<void>((r) => (opened = r));
  const a = db.write(async (m) => {
    await insertJurisdiction(m, `a-${db.ds.options.type}`);
    opened();
    await held;
    order.push('a');
  });
  await isOpen;
  const b = db.write(async (m) => {
    await insertJurisdiction(m, `b-${db.ds.options.type}`);
    order.push('b');
  });
  // B gets every chance to finish while A is open.
  await Promise.race([b, new Promise((r) => setTimeout(r, 500))]);
  release();
  await Promise.all([a, b]);
  return order;
}

describe('writes at once', () => {
  it('when a write is open on SQLite, then the next waits for it (one connection, one writer)', async () => {
    expect(await overlap(sqlite)).toEqual(['a', 'b']);
  });

  it('when a write is open on PostgreSQL, then another runs and commits meanwhile (no process-wide lock)', async () => {
    expect(await overlap(pg)).toEqual(['b', 'a']);
    const rows: Array<{ name: string }> = await pg.read.query(
      "SELECT name FROM jurisdiction WHERE name LIKE '%-postgres' ORDER BY name",
    );
    expect(rows.map((r) => r.name)).toEqual(['a-postgres', 'b-postgres']);
  });

  /**
   * Write skew: each transaction counts the rows of a kind and adds one numbered by that count. Run
   * one after the other they number 0 and 1; interleaved under READ COMMITTED both see 0.
   */
  async function numberedAtOnce(db: Db, kind: string, serializable: boolean) {
    let attempts = 0;
    let bothRead!: () => void;
    let reads = 0;
    const barrier = new Promise<void>((r) => (bothRead = r));
    const one = () =>
      db.write(
        async (m) => {
          attempts++;
          const [{ n }] = await m.query(
            `SELECT CAST(COUNT(*) AS integer) AS n FROM jurisdiction WHERE kind = '${kind}'`,
          );
          if (++reads === 2) bothRead();
          await barrier;
          await m.query(
            'INSERT INTO jurisdiction (name, name_en, kind, parent_id, retained_share_vat, retained_share_cit) ' +
              `VALUES ('${kind}-${n}', '', '${kind}', NULL, 0, 0)`,
          );
        },
        { serializable },
      );
    await Promise.all([one(), one()]);
    const rows: Array<{ name: string }> = await db.read.query(
      `SELECT name FROM jurisdiction WHERE kind = '${kind}' ORDER BY name`,
    );
    return { names: rows.map((r) => r.name), attempts };
  }

  it(
    'when two SERIALIZABLE writes on PostgreSQL read what the other writes,' +
      ' then one is retried and the result is as if one ran after the other',
    async () => {
      const { names, attempts } = await numberedAtOnce(pg, 'skew-serializable', true);
      expect(names).toEqual(['skew-serializable-0', 'skew-serializable-1']);
      expect(attempts).toBeGreaterThanOrEqual(3);
    },
  );

  it('when the same two run under READ COMMITTED, then both saw 0 (why commits ask for SERIALIZABLE)', async () => {
    const { names, attempts } = await numberedAtOnce(pg, 'skew-committed', false);
    expect(names).toEqual(['skew-committed-0', 'skew-committed-0']);
    expect(attempts).toBe(2);
  });
});
