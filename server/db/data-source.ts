import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { postgresMigrations } from './migrations-postgres';

export type Dialect = 'sqlite' | 'postgres';

/** `postgres://…` (or `postgresql://…`) opens PostgreSQL; anything else is a SQLite file path. */
export const dialectOf = (target: string): Dialect => (/^postgres(ql)?:\/\//i.test(target) ? 'postgres' : 'sqlite');

/**
 * Opens the database, applies pending migrations, and sets what the app relies on. SQLite is the
 * embedded default; a PostgreSQL URL gives the same entities on PostgreSQL, with its own migrations
 * (tests/server/db/schema-parity.test.ts checks both make the same schema).
 */
export async function openDatabase(target: string, opts: { migrate?: boolean } = {}): Promise<DataSource> {
  const ds = dialectOf(target) === 'postgres' ? postgresSource(target) : sqliteSource(target);
  await ds.initialize();
  if (ds.options.type === 'sqlite') {
    // Writes are serialised in-process (see db.ts); the busy timeout covers other processes (backup, CLI).
    await ds.query('PRAGMA busy_timeout = 5000');
    await ds.query('PRAGMA foreign_keys = ON');
    await ds.query('PRAGMA synchronous = NORMAL');
  }
  if (opts.migrate !== false) await ds.runMigrations({ transaction: 'each' });
  return ds;
}

function sqliteSource(path: string): DataSource {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return new DataSource({
    type: 'sqlite',
    database: path,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    enableWAL: true,
    logging: false,
  });
}

function postgresSource(url: string): DataSource {
  const ds = new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: postgresMigrations,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // Several requests write at once on PostgreSQL (no process-wide lock): a pool, not one connection.
    extra: { max: 10 },
  });
  // The entities say `real`, which SQLite stores as an 8-byte float; PostgreSQL's `real` is 4 bytes
  // (6 digits: an area of 12345.67 亩 would come back rounded). Its 8-byte float is `double precision`.
  const driver = ds.driver;
  const normalize = driver.normalizeType.bind(driver);
  driver.normalizeType = (column) => (column.type === 'real' ? 'double precision' : normalize(column));
  return ds;
}
