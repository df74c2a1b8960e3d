import { PostgresInitial1765000000000 } from './1765000000000-postgres-initial';
import { PostgresIndicatorsReviews1766200000000 } from './1766200000000-postgres-indicators-reviews';

/**
 * PostgreSQL's migrations, in order. The SQLite ones (../migrations) are written in SQLite's SQL
 * (table rebuilds, AUTOINCREMENT), so PostgreSQL has its own list, starting from the schema of SQLite
 * migration 1765000000000. A change to the entities needs a migration in both lists;
 * tests/server/db/schema-parity.test.ts fails until the two agree.
 */
export const postgresMigrations = [PostgresInitial1765000000000, PostgresIndicatorsReviews1766200000000];
