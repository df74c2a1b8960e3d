import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../server/db/data-source';
import { Db } from '../../../server/db/db';
import { authService } from '../../../server/services/auth.service';

let db: Db | null = null;
const dir = mkdtempSync(join(tmpdir(), 'parkplan-admin-'));
afterEach(async () => {
  await db?.close();
  db = null;
});

describe('first start', () => {
  it('when ADMIN_USER and ADMIN_PASSWORD are set, then that administrator is created and can sign in', async () => {
    db = new Db(await openDatabase(join(dir, 'a.sqlite')));
    const auth = authService(db, { sessionHours: 1, scryptLogN: 10 });
    const made = await auth.ensureAdmin('chief', 'a-very-long-password');
    expect(made).toEqual({ username: 'chief', password: undefined });
    const s = await auth.login('chief', 'a-very-long-password', '127.0.0.1');
    expect(s.user.role).toBe('admin');
    expect(await auth.ensureAdmin('other', 'another-long-password')).toBeNull();
  });

  it('when they are not set, then "admin" gets a one-time password that works', async () => {
    db = new Db(await openDatabase(join(dir, 'b.sqlite')));
    const auth = authService(db, { sessionHours: 1, scryptLogN: 10 });
    const made = await auth.ensureAdmin(undefined, undefined);
    expect(made?.username).toBe('admin');
    expect(made?.password?.length).toBeGreaterThanOrEqual(16);
    expect((await auth.login('admin', made!.password!, '127.0.0.1')).user.username).toBe('admin');
    await expect(auth.login('admin', 'not-it', '127.0.0.1')).rejects.toMatchObject({ status: 401 });
    rmSync(dir, { recursive: true, force: true });
  });
});
