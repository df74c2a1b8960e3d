// npm run backup [-- PATH]: a consistent copy of the live database, safe while the server runs.
import 'reflect-metadata';
import { mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import sqlite3 from 'sqlite3';
import { loadConfig } from '../config';
import { dialectOf } from '../db/data-source';

const config = loadConfig();
if (dialectOf(config.databasePath) === 'postgres') {
  console.error('backup: DATABASE_URL is PostgreSQL; back it up with pg_dump (see README, PostgreSQL)');
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = resolve(process.argv[2] ?? `backups/parkplan-${stamp}.sqlite`);
if (existsSync(target)) {
  console.error(`backup: ${target} already exists; choose another path`);
  process.exit(2);
}
mkdirSync(dirname(target), { recursive: true });

// VACUUM INTO reads one snapshot in a read transaction: writers carry on, the copy is consistent.
const db = new sqlite3.Database(config.databasePath, sqlite3.OPEN_READONLY, (err) => {
  if (err) {
    console.error(`backup: cannot open ${config.databasePath}: ${err.message}`);
    process.exit(1);
  }
});
db.configure('busyTimeout', 10_000);
db.run('VACUUM INTO ?', [target], (err) => {
  if (err) {
    console.error(`backup failed: ${err.message}`);
    process.exit(1);
  }
  db.get('PRAGMA integrity_check', (e2, row: { integrity_check?: string } | undefined) => {
    db.close();
    if (e2) console.error(`backup written to ${target}, but the check could not run: ${e2.message}`);
    else console.log(`backup written to ${target} (source integrity: ${row?.integrity_check})`);
  });
});
