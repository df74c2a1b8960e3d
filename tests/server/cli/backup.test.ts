import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { openDatabase } from '../../../server/db/data-source';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp({ database: 'sqlite' });
  admin = await t.login('admin');
});
afterAll(() => t.close());

function runBackup(target: string, databaseUrl = t.dbPath): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const p = spawn('npx', ['tsx', 'server/cli/backup.ts', target], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

describe('npm run backup', () => {
  it('when writes go on during the backup, then the copy is a consistent, intact database', async () => {
    const page = await (await admin.get('/api/plots?status=vacant&limit=40')).json();
    let stop = false;
    let edits = 0;
    const writer = (async () => {
      for (let i = 0; !stop; i = (i + 1) % page.items.length) {
        const p = await (await admin.get(`/api/plots/${page.items[i].id}`)).json();
        const res = await admin.send('PATCH', `/api/plots/${p.id}`, {
          readiness: p.readiness === 'ready' ? 'partial' : 'ready',
          version: p.version,
        });
        if (res.status === 200) edits++;
      }
    })();
    const target = join(t.dir, 'backup.sqlite');
    const r = await runBackup(target);
    stop = true;
    await writer;
    expect(r.code, r.out).toBe(0);
    expect(edits).toBeGreaterThan(0);
    const copy = await openDatabase(target, { migrate: false });
    expect((await copy.query('PRAGMA integrity_check'))[0].integrity_check).toBe('ok');
    const [{ n }] = await copy.query('SELECT COUNT(*) AS n FROM plot');
    const [{ live }] = await t.db.read.query('SELECT COUNT(*) AS live FROM plot');
    expect(n).toBe(live);
    // Every edit wrote its audit event in the same transaction: the copy holds pairs, never halves.
    const [{ v }] = await copy.query('SELECT SUM(version) - COUNT(*) AS v FROM plot');
    const [{ a }] = await copy.query(
      "SELECT COUNT(*) AS a FROM audit_event WHERE entity = 'plot' AND action = 'update'",
    );
    expect(v).toBe(a);
    await copy.destroy();
  });

  it('when the target exists, then it refuses to overwrite it', async () => {
    const target = join(t.dir, 'backup.sqlite');
    const r = await runBackup(target);
    expect(r.code).toBe(2);
    expect(r.out).toContain('already exists');
  });

  it('when DATABASE_URL is PostgreSQL, then it refuses and points to pg_dump, writing nothing', async () => {
    const target = join(t.dir, 'pg-backup.sqlite');
    const r = await runBackup(target, 'postgres://parkplan@127.0.0.1:1/parkplan');
    expect(r.code).toBe(2);
    expect(r.out).toContain('pg_dump');
    expect(existsSync(target)).toBe(false);
  });
});
