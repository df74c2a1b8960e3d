/**
 * npm run migrate-data -- --from sqlite:FILE --to postgres://USER@HOST:PORT/DB [--force]
 * Moves a city's data from one database to another (SQLite to PostgreSQL, or any pair), table by table
 * in foreign-key order in one transaction on the target, and prints each table's row counts and
 * checksums on both sides. The target's schema is made by its migrations first. A target that already
 * has rows is refused unless --force (which replaces them). Exit codes: 0 copied and verified,
 * 1 refused or failed (nothing written), 2 bad arguments.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { dialectOf, openDatabase } from '../db/data-source';
import { migrateData, type TableReport } from '../services/data-migration.service';
import { isAppError } from '../../shared/errors';

const USAGE = 'usage: npm run migrate-data -- --from sqlite:FILE|postgres://… --to sqlite:FILE|postgres://… [--force]';

function fail(msg: string, code = 2): never {
  process.stderr.write(`migrate-data: ${msg}\n${code === 2 ? USAGE + '\n' : ''}`);
  process.exit(code);
}

const args = process.argv.slice(2);
const flag = (name: string): string => {
  const i = args.indexOf(name);
  const v = i < 0 ? undefined : args[i + 1];
  if (v === undefined || v.startsWith('--')) fail(`${name} needs a database (sqlite:FILE or postgres://…)`);
  args.splice(i, 2);
  return v;
};
/** `sqlite:FILE` (or a bare path) → the file; a postgres:// URL as it is. */
const target = (name: string, v: string): string => {
  if (dialectOf(v) === 'postgres') {
    if (!URL.canParse(v)) fail(`${name}: not a valid postgres:// URL`);
    return v;
  }
  const file = v.replace(/^sqlite:(\/\/)?/, '');
  if (!file) fail(`${name}: sqlite: needs a file path`);
  return file;
};
const from = target('--from', flag('--from'));
const to = target('--to', flag('--to'));
const force = args.includes('--force');
const rest = args.filter((a) => a !== '--force');
if (rest.length) fail(`unknown argument ${rest[0]}`);
if (from === to) fail('--from and --to name the same database');
// Opening a missing SQLite file would create an empty one and "migrate" nothing.
if (dialectOf(from) === 'sqlite' && !existsSync(from)) fail(`--from: no such file ${from}`);

const cell = (s: string | number, w: number) => String(s).padEnd(w);
const line = (r: TableReport) =>
  `| ${cell(r.table, 22)} | ${cell(r.sourceRows, 8)} | ${cell(r.targetRows, 8)}` +
  ` | ${r.sourceChecksum} | ${r.targetChecksum} | ${r.ok ? 'ok' : 'DIFFERS'}` +
  ` |`;

const HEAD = [
  `| ${cell('table', 22)} | ${cell('source', 8)} | ${cell('target', 8)}` +
    ` | source checksum  | target checksum  | check |`,
  `|${'-'.repeat(24)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(18)}|${'-'.repeat(18)}|-------|`,
].join('\n');

const source = await openDatabase(from, { migrate: false });
const dest = await openDatabase(to);
const t0 = performance.now();
let code = 0;
try {
  console.log(`migrate-data: ${dialectOf(from)} → ${dialectOf(to)}`);
  let headed = false;
  const reports = await migrateData(source, dest, {
    force,
    onTable: (r) => {
      if (!headed) console.log(HEAD);
      headed = true;
      console.log(line(r));
    },
  });
  const rows = reports.reduce((s, r) => s + r.targetRows, 0);
  console.log(
    `migrate-data: ${reports.length} tables, ${rows} rows copied and verified in ` +
      `${((performance.now() - t0) / 1000).toFixed(1)}` +
      ` s`,
  );
} catch (e) {
  code = 1;
  process.stderr.write(`migrate-data: ${isAppError(e) || e instanceof Error ? e.message : String(e)}\n`);
} finally {
  await source.destroy();
  await dest.destroy();
}
process.exit(code);
