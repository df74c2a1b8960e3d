import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource, Table } from 'typeorm';
import { openDatabase } from '../../../server/db/data-source';
import { createTestDatabase } from '../support/pg';
import { postgresMigrations } from '../../../server/db/migrations-postgres';
import { GEOMETRY } from '../../../server/db/migrations-postgres/1765000000100-postgis-geometry';

/** Bookkeeping tables of TypeORM and PostGIS: not part of ParkPlan's schema. */
const NOT_OURS = new Set(['migrations', 'typeorm_metadata', 'spatial_ref_sys', 'sqlite_sequence']);

/** A driver-neutral picture of a schema: what a query or a constraint can tell apart. */
async function schemaOf(ds: DataSource) {
  const names: Array<{ name: string }> =
    ds.options.type === 'sqlite'
      ? await ds.query("SELECT name FROM sqlite_master WHERE type = 'table'")
      : await ds.query(
          'SELECT table_name AS name FROM information_schema.tables WHERE ' +
            "table_schema = 'public' AND table_type = 'BASE TABLE'",
        );
  // TypeORM reads PostgreSQL's index columns in no particular order; the index definition has it.
  const order = new Map<string, string[]>();
  if (ds.options.type === 'postgres')
    for (const r of (await ds.query(
      "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    )) as Array<{
      indexname: string;
      indexdef: string;
    }>)
      order.set(
        r.indexname,
        /\((.*)\)/
          .exec(r.indexdef)![1]
          .split(',')
          .map((c) => c.trim().replace(/"/g, '')),
      );
  const runner = ds.createQueryRunner();
  const tables = await runner.getTables(names.map((n) => n.name).filter((n) => !NOT_OURS.has(n)));
  await runner.release();
  const sorted = <T>(xs: T[]) => xs.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  // PostgreSQL's PostGIS columns, derived from the GeoJSON both have: checked on their own below.
  const postgisOnly = (t: Table, name: string) =>
    ds.options.type === 'postgres' && GEOMETRY.some(([table]) => table === t.name) && /geom/.test(name);
  const picture = (t: Table) => ({
    columns: sorted(
      t.columns
        .filter((c) => !postgisOnly(t, c.name))
        .map((c) => ({
          name: c.name,
          // SQLite's REAL is an 8-byte float, PostgreSQL's is `double precision` (see data-source.ts).
          type: c.type === 'real' ? 'double precision' : c.type,
          nullable: c.isNullable,
          primary: c.isPrimary,
          generated: c.isGenerated,
          // SQLite keeps `(1)`, TypeORM writes `'1'` on PostgreSQL: the same default once unwrapped.
          default:
            c.default == null
              ? null
              : String(c.default)
                  .replace(/^\((.*)\)$/, '$1')
                  .replace(/^'(.*)'$/, '$1'),
        })),
    ),
    indices: sorted(
      t.indices
        .filter((i) => !postgisOnly(t, i.name!))
        .map((i) => ({ name: i.name, columns: order.get(i.name!) ?? i.columnNames, unique: !!i.isUnique })),
    ),
    uniques: sorted(t.uniques.map((u) => u.columnNames.slice().sort())),
    foreignKeys: sorted(
      t.foreignKeys.map((f) => ({
        columns: f.columnNames,
        references: `${f.referencedTableName}(${f.referencedColumnNames.join(',')})`,
        onDelete: f.onDelete,
      })),
    ),
  });
  return Object.fromEntries(
    tables.map((t) => [t.name, picture(t)]).sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
}

describe('the same schema on SQLite and PostgreSQL', () => {
  let sqlite: DataSource;
  let pg: DataSource;
  let dropPg: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-parity-'));
  beforeAll(async () => {
    const target = await createTestDatabase();
    dropPg = target.drop;
    [sqlite, pg] = await Promise.all([openDatabase(join(dir, 'parity.sqlite')), openDatabase(target.url)]);
  });
  afterAll(async () => {
    await Promise.all([sqlite?.destroy(), pg?.destroy()]);
    await dropPg?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'when both are migrated from empty, then tables, columns, nullability, ' + 'defaults, indexes and keys agree',
    async () => {
      const [a, b] = await Promise.all([schemaOf(sqlite), schemaOf(pg)]);
      expect(Object.keys(a).length).toBeGreaterThan(18);
      expect(b).toEqual(a);
    },
  );

  it('when PostgreSQL is migrated, then nothing is left between its schema and the entities', async () => {
    const pending = await pg.driver.createSchemaBuilder().log();
    // The entities do not know the derived PostGIS columns; TypeORM would drop them, and only them.
    expect(
      pending.upQueries.map((q) => q.query).filter((q) => !/DROP (COLUMN|INDEX) "(public"\.")?\w*geom/.test(q)),
    ).toEqual([]);
  });

  it(
    'when PostgreSQL is migrated, then plots, buildings and parks have a ' +
      'PostGIS geometry column with a GiST index',
    async () => {
      const cols: Array<{ table_name: string; udt_name: string }> = await pg.query(
        "SELECT table_name, udt_name FROM information_schema.columns WHERE column_name = 'geom' ORDER BY table_name",
      );
      expect(cols).toEqual(['building', 'park', 'plot'].map((t) => ({ table_name: t, udt_name: 'geometry' })));
      const idx: Array<{ indexname: string; indexdef: string }> = await pg.query(
        "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%_geom_gist' ORDER BY indexname",
      );
      expect(idx.map((i) => i.indexname)).toEqual(['building_geom_gist', 'park_geom_gist', 'plot_geom_gist']);
      expect(idx.every((i) => i.indexdef.includes('USING gist'))).toBe(true);
    },
  );

  it(
    'when the migrations are reverted on PostgreSQL, then the tables are ' + 'gone, and re-applying restores them',
    async () => {
      for (let i = 0; i < postgresMigrations.length; i++) await pg.undoLastMigration({ transaction: 'each' });
      const gone: Array<{ n: number }> = await pg.query(
        "SELECT CAST(COUNT(*) AS integer) AS n FROM information_schema.tables WHERE table_name = 'plot'",
      );
      expect(gone[0].n).toBe(0);
      await pg.runMigrations({ transaction: 'each' });
      expect(await schemaOf(pg)).toEqual(await schemaOf(sqlite));
    },
  );
});
