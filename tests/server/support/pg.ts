import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The PostgreSQL server the tests use: PG_TEST_URL, set by CI (.ci/pg-cluster.sh) or by the global
 * setup, which starts a throw-away cluster when PostgreSQL is installed. No PostgreSQL, no pass.
 */
export function pgTestUrl(): string {
  const url = process.env.PG_TEST_URL;
  if (!url)
    throw new Error(
      'PG_TEST_URL is not set and no PostgreSQL was found to start one: install postgresql-15 (see .ci/run)',
    );
  return url;
}

/** Whether this run's API tests go to PostgreSQL (the second CI run) instead of a SQLite file. */
export const onPostgres = () => process.env.TEST_DATABASE === 'postgres';

/** A new, empty database on the test server, and how to drop it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = pgTestUrl();
  const name = `pp_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}
