// Child process for the crash test: opens the database, commits one scenario, exits.
// The parent kills it with SIGKILL at a random moment around the commit.
import 'reflect-metadata';
import { openDatabase } from '../../../server/db/data-source';
import { Db } from '../../../server/db/db';
import { usersRepo } from '../../../server/repositories/users.repo';
import { commitScenario } from '../../../server/services/scenario-commit.service';
import { createReadCaches } from '../../../server/services/caches';

const [dbPath, scenarioId, version] = process.argv.slice(2);
const db = new Db(await openDatabase(dbPath, { migrate: false }));
const user = (await usersRepo.list(db.read)).find((u) => u.role === 'admin')!;
process.stdout.write('START\n');
await commitScenario({ db, caches: createReadCaches(db), user }, Number(scenarioId), Number(version));
process.stdout.write('DONE\n');
await db.close();
