/**
 * npm run seed:province [-- --cities N] [--seed N]
 * Seeds a generated province (18 cities' worth by default) into the configured database — the SQLite
 * file, or DATABASE_URL=postgres://… — if it has no parks yet. Exit codes: 0 seeded, 1 the database
 * already has parks (nothing written), 2 bad arguments.
 */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { dialectOf, openDatabase } from '../db/data-source';
import { Db } from '../db/db';
import { describeSeed, seedProvinceIfEmpty } from '../db/seed/load';
import { PROVINCE_CITIES } from '../db/seed/province';

const USAGE = `usage: npm run seed:province -- [--cities 1..${PROVINCE_CITIES.length}] [--seed N]`;

function fail(msg: string): never {
  process.stderr.write(`seed:province: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const intFlag = (name: string, min: number, max: number): number | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < min || v > max) fail(`${name} must be a whole number from ${min} to ${max}`);
  args.splice(i, 2);
  return v;
};
const cities = intFlag('--cities', 1, PROVINCE_CITIES.length);
const seed = intFlag('--seed', 0, 2 ** 31 - 1);
if (args.length) fail(`unknown argument ${args[0]}`);

const config = loadConfig();
const db = new Db(await openDatabase(config.databasePath));
const t0 = performance.now();
const seeded = await seedProvinceIfEmpty(db, { cities, seed });
await db.close();
if (!seeded) {
  process.stderr.write('seed:province: the database already has parks; nothing seeded (use an empty database)\n');
  process.exit(1);
}
console.log(
  `seed:province: ${describeSeed(seeded)} seeded into ${dialectOf(config.databasePath)} ` +
    `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
