// Dev tool: prints the SQL that would bring a database migrated to HEAD in line with the entities.
// Usage: npx tsx server/db/generate-migration.ts                 (SQLite; paste into ../migrations)
//        npx tsx server/db/generate-migration.ts postgres://…    (an empty PostgreSQL database; paste
//                                                                 into ../migrations-postgres)
import { openDatabase } from './data-source';

const ds = await openDatabase(process.argv[2] ?? ':memory:');
const sql = await ds.driver.createSchemaBuilder().log();
for (const q of sql.upQueries) console.log(`    await q.query(${JSON.stringify(q.query)});`);
console.log('// down');
for (const q of sql.downQueries.reverse()) console.log(`    await q.query(${JSON.stringify(q.query)});`);
await ds.destroy();
