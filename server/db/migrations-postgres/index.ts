import { PostgresInitial1765000000000 } from './1765000000000-postgres-initial';
import { PostgisGeometry1765000000100 } from './1765000000100-postgis-geometry';
import { PostgresIndicatorsReviews1766200000000 } from './1766200000000-postgres-indicators-reviews';
import { PostgresLoginAttempts1766300000000 } from './1766300000000-postgres-login-attempts';
import { PostgresSolveJobs1766300000000 } from './1766300000000-postgres-solve-jobs';

/**
 * PostgreSQL's migrations, in order. The SQLite ones (../migrations) are written in SQLite's SQL
 * (table rebuilds, AUTOINCREMENT), so PostgreSQL has its own list, starting from the schema of SQLite
 * migration 1765000000000. A change to the entities needs a migration in both lists;
 * tests/server/db/schema-parity.test.ts fails until the two agree. PostgreSQL only: the PostGIS `geom`
 * columns derived from the GeoJSON (1765000000100), and the `data_version` sequence of the read caches
 * (1766300000000).
 */
export const postgresMigrations = [
  PostgresInitial1765000000000,
  PostgisGeometry1765000000100,
  PostgresIndicatorsReviews1766200000000,
  PostgresLoginAttempts1766300000000,
  PostgresSolveJobs1766300000000,
];
