// npm run seed: seeds the demo city into the configured database if it has no parks yet.
import 'reflect-metadata';
import { loadConfig } from '../../config';
import { openDatabase } from '../data-source';
import { Db } from '../db';
import { seedIfEmpty } from './load';

const config = loadConfig();
const db = new Db(await openDatabase(config.databasePath));
console.log((await seedIfEmpty(db)) ?? 'database already has parks: nothing seeded');
await db.close();
