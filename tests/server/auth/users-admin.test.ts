import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app';
import { referenceRepo } from '../../../server/repositories/reference.repo';
import { usersRepo } from '../../../server/repositories/users.repo';
import { hashPassword } from '../../../server/services/password';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

interface UserRow {
  id: number;
  username: string;
  role: string;
  displayName: string;
  jurisdictionIds: number[];
}
const users = async (): Promise<UserRow[]> => (await (await t.login('admin')).get('/api/users')).json();
const byName = async (u: string) => (await users()).find((x) => x.username === u)!;

describe('user administration rules', () => {
  it(
    'when an administrator tries to change their own role, then 422 naming ' + 'the role, and they stay administrator',
    async () => {
      const admin = await t.login('admin');
      const me = await byName('admin');
      const res = await admin.send('PATCH', `/api/users/${me.id}`, { role: 'viewer' });
      expect(res.status).toBe(422);
      const body = await res.json();
      expect(body.error.message).toMatch(/own role/);
      expect(body.error.details).toEqual({ field: 'role' });
      expect((await byName('admin')).role).toBe('admin');
      expect((await admin.get('/api/auth/me')).status).toBe(200);
    },
  );

  it('when only the display name changes, then the user stays signed in', async () => {
    const editor = await t.login('editorA');
    const admin = await t.login('admin');
    const id = (await byName('editorA')).id;
    expect((await admin.send('PATCH', `/api/users/${id}`, { displayName: '甲县招商科' })).status).toBe(200);
    expect((await editor.get('/api/auth/me')).status).toBe(200);
    expect((await byName('editorA')).displayName).toBe('甲县招商科');
  });

  it('when the jurisdictions or the role change, then the user’s sessions end', async () => {
    const admin = await t.login('admin');
    const id = (await byName('editorB')).id;
    const editor = await t.login('editorB');
    expect((await admin.send('PATCH', `/api/users/${id}`, { jurisdictionIds: [3, 4] })).status).toBe(200);
    expect((await editor.get('/api/auth/me')).status).toBe(401);
    const again = await t.login('editorB');
    expect((await admin.send('PATCH', `/api/users/${id}`, { jurisdictionIds: [4, 3] })).status).toBe(200);
    expect((await again.get('/api/auth/me')).status).toBe(200);
    expect((await admin.send('PATCH', `/api/users/${id}`, { role: 'viewer' })).status).toBe(200);
    expect((await again.get('/api/auth/me')).status).toBe(401);
  });
});

describe('jurisdictions a user is given (issue 15 #8)', () => {
  it(
    'when an administrator gives a user a jurisdiction id that does not ' +
      'exist, then 404 naming jurisdictionIds and nothing changes',
    async () => {
      const admin = await t.login('admin');
      const before = await byName('editorA');
      const res = await admin.send('PATCH', `/api/users/${before.id}`, { jurisdictionIds: [2, 9999] });
      expect(res.status).toBe(404);
      const body = await res.json();
      expect(body.error.message).toContain('jurisdictionIds: 9999');
      expect(body.error.details).toEqual({ field: 'jurisdictionIds', ids: [9999] });
      expect((await byName('editorA')).jurisdictionIds).toEqual(before.jurisdictionIds);
      const created = await admin.send('POST', '/api/users', {
        username: 'ghost',
        displayName: 'ghost',
        role: 'editor',
        jurisdictionIds: [777],
        password: 'a long enough passphrase here',
      });
      expect(created.status).toBe(404);
      expect((await users()).some((u) => u.username === 'ghost')).toBe(false);
    },
  );

  it('when an administrator of one county hands out another county, then 403 naming the ids', async () => {
    const js = await referenceRepo.jurisdictions(t.db.read);
    const counties = js.filter((j) => j.parentId != null);
    expect(counties.length).toBeGreaterThan(1);
    const [own, other] = counties;
    // A county-scoped administrator, written straight to the table (the API only makes city ones).
    const passwordHash = await hashPassword(PASSWORD, 10);
    await t.db.write((m) =>
      usersRepo.create(m, {
        username: 'countyAdmin',
        displayName: 'countyAdmin',
        role: 'admin',
        jurisdictionIds: [own.id],
        passwordHash,
        createdAt: new Date().toISOString(),
      }),
    );
    const countyAdmin = await t.login('countyAdmin');
    const target = await byName('viewer');
    const res = await countyAdmin.send('PATCH', `/api/users/${target.id}`, { jurisdictionIds: [other.id] });
    expect(res.status).toBe(403);
    expect((await res.json()).error.details).toEqual({ field: 'jurisdictionIds', ids: [other.id] });
    expect((await byName('viewer')).jurisdictionIds).toEqual(target.jurisdictionIds);
    const ok = await countyAdmin.send('PATCH', `/api/users/${target.id}`, { jurisdictionIds: [own.id] });
    expect(ok.status).toBe(200);
  });
});

describe('administrator passwords (issue 15 #8)', () => {
  it(
    'when an administrator account gets an 11-character password, then 422 ' + 'naming password; 12 is accepted',
    async () => {
      const admin = await t.login('admin');
      const short = await admin.send('POST', '/api/users', {
        username: 'admin2',
        displayName: 'admin2',
        role: 'admin',
        password: 'Abcdefgh-11',
      });
      expect(short.status).toBe(422);
      expect((await short.json()).error.details).toEqual({ field: 'password' });
      const editorId = (await byName('editorA')).id;
      const promote = await admin.send('PATCH', `/api/users/${editorId}`, { role: 'admin', password: 'Abcdefgh-11' });
      expect(promote.status).toBe(422);
      expect((await byName('editorA')).role).toBe('editor');
      const ok = await admin.send('POST', '/api/users', {
        username: 'admin3',
        displayName: 'admin3',
        role: 'admin',
        password: 'Abcdefgh-123',
      });
      expect(ok.status).toBe(201);
    },
  );
});
