import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

/** Opens the SQLite file, applies pending migrations, and sets the pragmas the app relies on. */
export async function openDatabase(path: string, opts: { migrate?: boolean } = {}): Promise<DataSource> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const ds = new DataSource({
    type: 'sqlite',
    database: path,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    enableWAL: true,
    logging: false,
  });
  await ds.initialize();
  // Writes are serialised in-process (see write-lock.ts); the busy timeout covers other processes (backup, CLI).
  await ds.query('PRAGMA busy_timeout = 5000');
  await ds.query('PRAGMA foreign_keys = ON');
  await ds.query('PRAGMA synchronous = NORMAL');
  if (opts.migrate !== false) await ds.runMigrations({ transaction: 'each' });
  return ds;
}
