// npm run export:scenario -- OUT.json [--counties 2,5]: writes the scenario file the engine would
// solve for today's database (default: the whole city), so it can be solved or shared offline.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { Db } from '../db/db';
import { loadCityState } from '../services/city-state.service';
import { buildScenarioFile } from '../../shared/scenarios/build-file';
import { SCENARIO_DEFAULT_LEVERS } from '../../shared/schemas/scenario';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--'));
const i = args.indexOf('--counties');
const counties = i >= 0 ? args[i + 1].split(',').map(Number) : [];
if (!out || counties.some((c) => !Number.isInteger(c))) {
  console.error('usage: npm run export:scenario -- OUT.json [--counties 2,5]');
  process.exit(2);
}
const db = new Db(await openDatabase(loadConfig().databasePath));
const { file } = buildScenarioFile(
  {
    name: counties.length ? `demo counties ${counties.join(',')}` : 'demo city',
    jurisdictionIds: counties,
    levers: SCENARIO_DEFAULT_LEVERS,
    pins: [],
    exclusions: [],
  },
  await loadCityState(db.read),
);
writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
console.log(`wrote ${out}: ${file.parks.length} parks, ${file.sites.length} sites, ${file.projects.length} projects`);
await db.close();
