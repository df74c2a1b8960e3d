import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openDatabase } from '../../../server/db/data-source';
import { Db } from '../../../server/db/db';
import { createApp } from '../../../server/app';
import { parseConfig, type Config } from '../../../server/config';
import { seedIfEmpty } from '../../../server/db/seed/load';
import { usersRepo } from '../../../server/repositories/users.repo';
import { hashPassword } from '../../../server/services/password';
import type { Role } from '../../../shared/types/user';
import type { SolveJobs } from '../../../server/services/solve-jobs.service';
import type { ReadCaches } from '../../../server/services/caches';
import { createTestDatabase, onPostgres } from './pg';

export const PASSWORD = 'correct horse battery staple';

export interface TestUser {
  username: string;
  role: Role;
  jurisdictionIds: number[];
}

export interface Client {
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  cookie: string | null;
  csrf: string | null;
}

export interface TestApp {
  url: string;
  db: Db;
  dir: string;
  /** The SQLite file, or on the PostgreSQL run (TEST_DATABASE=postgres) the database's URL. */
  dbPath: string;
  config: Config;
  jobs: SolveJobs;
  caches: ReadCaches;
  anon: Client;
  login(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

/** A client that keeps the session cookie and sends the CSRF token on writes, as the browser app does. */
export function client(url: string): Client {
  const c: Client = {
    cookie: null,
    csrf: null,
    get: (path, headers = {}) =>
      fetch(url + path, { headers: { ...(c.cookie ? { cookie: c.cookie } : {}), ...headers } }),
    send: (method, path, body, headers = {}) => {
      const isText = typeof body === 'string';
      const isBytes = body instanceof Uint8Array;
      return fetch(url + path, {
        method,
        headers: {
          ...(body === undefined
            ? {}
            : { 'content-type': isText ? 'text/csv' : isBytes ? 'application/octet-stream' : 'application/json' }),
          ...(c.cookie ? { cookie: c.cookie } : {}),
          ...(c.csrf ? { 'x-csrf-token': c.csrf } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : isText || isBytes ? (body as BodyInit) : JSON.stringify(body),
      });
    },
  };
  return c;
}

/**
 * The real app on port 0 over a fresh SQLite file, seeded with the demo city and four users:
 * admin, editor of jurisdiction 2 (editorA), editor of jurisdiction 3 (editorB), viewer.
 */
export async function startTestApp(
  opts: {
    seed?: boolean;
    env?: Record<string, string>;
    clientDir?: string;
    /** `sqlite` for the tests of the SQLite file itself (backup, kill -9), whatever run this is. */
    database?: 'sqlite';
  } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-test-'));
  // The second CI run gives every test app its own database on the test PostgreSQL server.
  const pg = onPostgres() && opts.database !== 'sqlite' ? await createTestDatabase() : null;
  const dbPath = pg?.url ?? join(dir, 'test.sqlite');
  // No background map warm-up unless a test asks for it: it would only add CPU to every test file.
  const config = parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: dbPath,
    SCRYPT_LOG_N: '10',
    MAP_WARMUP: 'false',
    ...opts.env,
  });
  const db = new Db(await openDatabase(dbPath));
  if (opts.seed !== false) await seedIfEmpty(db);
  const hash = await hashPassword(PASSWORD, 10);
  const users: TestUser[] = [
    { username: 'admin', role: 'admin', jurisdictionIds: [] },
    { username: 'editorA', role: 'editor', jurisdictionIds: [2] },
    { username: 'editorB', role: 'editor', jurisdictionIds: [3] },
    { username: 'viewer', role: 'viewer', jurisdictionIds: [] },
  ];
  await db.write(async (m) => {
    for (const u of users)
      await usersRepo.create(m, {
        ...u,
        displayName: u.username,
        passwordHash: hash,
        createdAt: new Date().toISOString(),
      });
  });
  const { app, jobs, caches, close } = createApp({ db, config, clientDir: opts.clientDir, log: () => undefined });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    dir,
    dbPath,
    config,
    anon: client(url),
    async login(username, password = PASSWORD) {
      const c = client(url);
      const res = await c.send('POST', '/api/auth/login', { username, password });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
      c.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
      c.csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
      return c;
    },
    jobs,
    caches,
    async close() {
      await new Promise((r) => server.close(r));
      await close();
      await db.close();
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
