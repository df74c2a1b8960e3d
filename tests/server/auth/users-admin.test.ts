import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
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
  it('when an administrator tries to change their own role, then 422 naming the role, and they stay administrator', async () => {
    const admin = await t.login('admin');
    const me = await byName('admin');
    const res = await admin.send('PATCH', `/api/users/${me.id}`, { role: 'viewer' });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.message).toMatch(/own role/);
    expect(body.error.details).toEqual({ field: 'role' });
    expect((await byName('admin')).role).toBe('admin');
    expect((await admin.get('/api/auth/me')).status).toBe(200);
  });

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
