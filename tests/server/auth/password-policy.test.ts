import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../server/db/data-source';
import { Db } from '../../../server/db/db';
import { authService } from '../../../server/services/auth.service';
import { startTestApp, type TestApp } from '../support/test-app';
import type { User } from '../../../shared/types/user';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
});
afterAll(() => t.close());

const users = async (): Promise<User[]> => (await (await t.login('admin')).get('/api/users')).json();

describe('common passwords are refused (issue 15 #8)', () => {
  it('when a user is created with 1234567890, then 400 COMMON_PASSWORD naming password and no user', async () => {
    const admin = await t.login('admin');
    const res = await admin.send('POST', '/api/users', {
      username: 'weak',
      displayName: 'weak',
      role: 'viewer',
      password: '1234567890',
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('COMMON_PASSWORD');
    expect(body.error.message).toContain('password');
    expect(body.error.details).toEqual({ field: 'password' });
    expect((await users()).some((u) => u.username === 'weak')).toBe(false);
  });

  it('when a password is changed to a common one in any case, then 400 and the old password still works', async () => {
    const admin = await t.login('admin');
    const viewer = (await users()).find((u) => u.username === 'viewer')!;
    for (const password of ['1234567890', 'QWERTYUIOP', 'password123'])
      expect((await admin.send('PATCH', `/api/users/${viewer.id}`, { password })).status).toBe(400);
    await expect(t.login('viewer')).resolves.toBeTruthy();
    const ok = await admin.send('PATCH', `/api/users/${viewer.id}`, { password: 'ledger-of-yangzhou-parks' });
    expect(ok.status).toBe(200);
  });

  it('when the first administrator is given a common password, then the start refuses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkplan-common-'));
    const db = new Db(await openDatabase(join(dir, 'a.sqlite')));
    try {
      const auth = authService(db, { sessionHours: 1, scryptLogN: 10 });
      await expect(auth.ensureAdmin('chief', 'administrator')).rejects.toMatchObject({ code: 'COMMON_PASSWORD' });
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
