import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Runs once before the suite. Browser tests build the client themselves.
// The PostgreSQL tests need a server: CI passes PG_TEST_URL; otherwise a throw-away cluster is
// started here (when PostgreSQL is installed) and stopped when the run ends.
export default async function setup(): Promise<(() => void) | void> {
  if (process.env.PG_TEST_URL || !existsSync('/usr/lib/postgresql')) return;
  const out = execFileSync('.ci/pg-cluster.sh', ['start'], { encoding: 'utf8' });
  const vars = Object.fromEntries([...out.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  process.env.PG_TEST_URL = vars.PG_TEST_URL;
  return () => void execFileSync('.ci/pg-cluster.sh', ['stop', vars.PG_TEST_DIR]);
}
