import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { launchBrowser, startE2E, SHOTS_DIR, type E2E } from './support/browser';
import { PASSWORD, type Client } from '../server/support/test-app';
import type { User } from '../../shared/types/user';

let e: E2E;
let api: Client;
const NEW_PASSWORD = 'minquan-editor-2026';

beforeAll(async () => {
  e = await startE2E('admin');
  api = await e.app.login('admin');
  mkdirSync(SHOTS_DIR, { recursive: true });
}, 60_000);
afterAll(() => e?.close());

const users = async (): Promise<User[]> => {
  const res = await api.get('/api/users');
  expect(res.status).toBe(200);
  return (await res.json()) as User[];
};
const loginStatus = async (username: string, password: string) =>
  (
    await fetch(e.app.url + '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    })
  ).status;
const row = (username: string) => e.page.locator(`[data-testid=user-row][data-username="${username}"]`);
const form = () => e.page.locator('[data-testid=user-create]');

describe('user administration in a real browser', () => {
  it(
    'when the administrator opens /admin, then every account is listed ' + 'with its Chinese role and counties',
    async () => {
      await e.page.goto(e.app.url + '/admin');
      await e.page.locator('[data-testid=user-table]').waitFor();
      expect(await e.page.locator('h2').first().textContent()).toBe('用户管理');
      expect(await e.page.locator('[data-testid=user-row]').count()).toBe(4);
      expect(await row('admin').locator('.ad-role').textContent()).toBe('市级管理员');
      expect(await row('viewer').locator('.ad-role').textContent()).toBe('只读用户');
      expect(await row('editorA').locator('.ad-role').textContent()).toBe('县区编辑');
      expect(await row('editorA').locator('.ad-chip').allTextContents()).toEqual(['梁园区']);
      expect(await row('editorB').locator('.ad-chip').allTextContents()).toEqual(['睢阳区']);
      // One's own account cannot be deleted: the button is off rather than a refusal after the fact.
      expect(await row('admin').locator('[data-action=delete]').isDisabled()).toBe(true);
      await e.page.screenshot({ path: `${SHOTS_DIR}/admin-zh.png` });
    },
  );

  it('when the initial password is too short, then the form says so and no account is created', async () => {
    await e.page.click('[data-testid=user-add]');
    await form().locator('input[name=username]').fill('mq_editor');
    await form().locator('input[name=displayName]').fill('民权县招商局 王敏');
    await form().locator('select[name=role]').selectOption('editor');
    await form().locator('[data-testid=user-jurisdictions] input[value="4"]').check();
    await form().locator('input[name=password]').fill('short');
    await form().locator('button[type=submit]').click();
    expect(await e.page.locator('[data-testid=user-form-error]').textContent()).toBe('密码至少 10 个字符');
    await e.page.screenshot({ path: `${SHOTS_DIR}/admin-create-error-zh.png` });
    expect((await users()).map((u) => u.username)).not.toContain('mq_editor');
    expect(await loginStatus('mq_editor', 'short')).toBe(401);
  });

  it(
    'when a taken username is sent, then the server refusal is shown in ' +
      'Chinese beside the form and nothing changes',
    async () => {
      await form().locator('input[name=username]').fill('editorA');
      await form().locator('input[name=password]').fill(NEW_PASSWORD);
      await form().locator('button[type=submit]').click();
      await e.page.locator('[data-testid=user-form-error]').waitFor();
      expect(await e.page.locator('[data-testid=user-form-error]').textContent()).toBe(
        '用户名 editorA 已被占用，请换一个。',
      );
      const editorA = (await users()).find((u) => u.username === 'editorA')!;
      expect(editorA.displayName).toBe('editorA');
      expect(editorA.jurisdictionIds).toEqual([2]);
    },
  );

  it(
    'when the administrator creates a county editor for Minquan, then that ' +
      'person can sign in as an editor of Minquan only',
    async () => {
      await form().locator('input[name=username]').fill('mq_editor');
      await form().locator('button[type=submit]').click();
      await row('mq_editor').waitFor();
      expect(await e.page.locator('[data-testid=admin-notice]').textContent()).toBe('已创建用户 民权县招商局 王敏。');
      expect(await row('mq_editor').locator('.ad-chip').allTextContents()).toEqual(['民权县']);
      const created = (await users()).find((u) => u.username === 'mq_editor')!;
      expect(created).toMatchObject({ displayName: '民权县招商局 王敏', role: 'editor', jurisdictionIds: [4] });
      const login = await fetch(e.app.url + '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'mq_editor', password: NEW_PASSWORD }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { user: User }).user).toMatchObject({ role: 'editor', jurisdictionIds: [4] });
    },
  );

  it('when the editor is given Sui County instead and then made a viewer, then each change persists', async () => {
    await row('mq_editor').locator('[data-action=edit]').click();
    const edit = e.page.locator('[data-testid=user-edit]');
    await edit.locator('input[name=displayName]').fill('睢县招商局 王敏');
    await edit.locator('[data-testid=user-jurisdictions] input[value="4"]').uncheck();
    await edit.locator('[data-testid=user-jurisdictions] input[value="5"]').check();
    await e.page.screenshot({ path: `${SHOTS_DIR}/admin-edit-zh.png` });
    await edit.locator('[data-testid=user-save]').click();
    await e.page.locator('[data-testid=admin-notice]').waitFor();
    expect(await row('mq_editor').locator('.ad-chip').allTextContents()).toEqual(['睢县']);
    expect((await users()).find((u) => u.username === 'mq_editor')).toMatchObject({
      displayName: '睢县招商局 王敏',
      role: 'editor',
      jurisdictionIds: [5],
    });

    await row('mq_editor').locator('[data-action=edit]').click();
    await edit.locator('select[name=role]').selectOption('viewer');
    expect(await edit.locator('[data-testid=user-jurisdictions]').count()).toBe(0);
    await edit.locator('[data-testid=user-save]').click();
    await e.page.locator('[data-testid=admin-notice]').waitFor();
    expect(await row('mq_editor').locator('.ad-role').textContent()).toBe('只读用户');
    expect((await users()).find((u) => u.username === 'mq_editor')).toMatchObject({
      role: 'viewer',
      jurisdictionIds: [],
    });
  });

  it('when an editor is left without any county, then the form refuses and the account keeps its county', async () => {
    await row('editorB').locator('[data-action=edit]').click();
    const edit = e.page.locator('[data-testid=user-edit]');
    await edit.locator('[data-testid=user-jurisdictions] input[value="3"]').uncheck();
    await edit.locator('[data-testid=user-save]').click();
    expect(await e.page.locator('[data-testid=user-form-error]').textContent()).toBe('县区编辑至少需要负责一个县区');
    await edit.locator('button[type=button]').click();
    expect((await users()).find((u) => u.username === 'editorB')!.jurisdictionIds).toEqual([3]);
  });

  it('when a password is reset, then the new one signs in and the old one no longer does', async () => {
    await row('mq_editor').locator('[data-action=password]').click();
    const reset = e.page.locator('[data-testid=user-reset]');
    await reset.locator('input[name=newPassword]').fill('123');
    await reset.locator('button[type=submit]').click();
    expect(await e.page.locator('[data-testid=user-form-error]').textContent()).toBe('密码至少 10 个字符');
    await reset.locator('input[name=newPassword]').fill('suixian-viewer-2027');
    await reset.locator('button[type=submit]').click();
    expect(await e.page.locator('[data-testid=admin-notice]').textContent()).toBe('睢县招商局 王敏 的密码已重置。');
    expect(await loginStatus('mq_editor', 'suixian-viewer-2027')).toBe(200);
    expect(await loginStatus('mq_editor', NEW_PASSWORD)).toBe(401);
  });

  it('when delete is pressed, then it asks first, and only the confirmation removes the account', async () => {
    await row('mq_editor').locator('[data-action=delete]').click();
    const ask = e.page.locator('[data-testid=user-delete]');
    expect(await ask.locator('p').first().textContent()).toBe(
      '确定删除用户 睢县招商局 王敏（mq_editor）吗？此操作不可撤销。',
    );
    await e.page.screenshot({ path: `${SHOTS_DIR}/admin-delete-zh.png` });
    expect((await users()).map((u) => u.username)).toContain('mq_editor');
    await ask.locator('[data-testid=user-delete-confirm]').click();
    await row('mq_editor').waitFor({ state: 'detached' });
    expect((await users()).map((u) => u.username)).not.toContain('mq_editor');
    expect(await loginStatus('mq_editor', 'suixian-viewer-2027')).toBe(401);
  });

  it(
    'when the server refuses a delete (someone else removed the account ' +
      'first), then the refusal is shown and the page keeps working',
    async () => {
      const made = await api.send('POST', '/api/users', {
        username: 'tmp_user',
        displayName: '临时账号',
        role: 'viewer',
        password: PASSWORD,
      });
      expect(made.status).toBe(201);
      const id = ((await made.json()) as User).id;
      await e.page.reload();
      await row('tmp_user').locator('[data-action=delete]').click();
      expect((await api.send('DELETE', `/api/users/${id}`)).status).toBe(204);
      await e.page.locator('[data-testid=user-delete-confirm]').click();
      expect(await e.page.locator('[data-testid=user-form-error]').textContent()).toBe(
        `记录不存在: user ${id} does not exist`,
      );
      await e.page.locator('[data-testid=user-delete] button').first().click();
      expect(await e.page.locator('[data-testid=user-table]').isVisible()).toBe(true);
    },
  );

  it('when the language is switched, then the page is in English', async () => {
    await e.page.reload();
    await e.page.locator('[data-testid=user-table]').waitFor();
    await e.page.click('[data-testid=lang-switch]');
    expect(await e.page.locator('h2').first().textContent()).toBe('User administration');
    expect(await row('editorA').locator('.ad-role').textContent()).toBe('County editor');
    expect(await row('editorA').locator('.ad-chip').allTextContents()).toEqual(['Liangyuan District']);
    expect(await e.page.locator('th').allTextContents()).toEqual(['Username', 'Name', 'Role', 'Counties', 'Actions']);
    await e.page.screenshot({ path: `${SHOTS_DIR}/admin-en.png` });
    await e.page.click('[data-testid=user-add]');
    await form().locator('input[name=password]').fill('short');
    await form().locator('button[type=submit]').click();
    expect(await e.page.locator('[data-testid=user-form-error]').textContent()).toBe(
      'The username must be 3–40 letters, digits, _ . -',
    );
    await e.page.screenshot({ path: `${SHOTS_DIR}/admin-create-en.png` });
    await e.page.click('[data-testid=lang-switch]');
  });

  it(
    'when the administrator renames their own account, then the role is ' +
      'locked, they stay signed in and the top bar shows the new name',
    async () => {
      await row('admin').locator('[data-action=edit]').click();
      const edit = e.page.locator('[data-testid=user-edit]');
      expect(await edit.locator('select[name=role]').isDisabled()).toBe(true);
      expect(await edit.locator('p.muted').textContent()).toBe('这是您自己的账号：不能更改自己的角色。');
      await edit.locator('input[name=displayName]').fill('市级管理员 李华');
      await edit.locator('[data-testid=user-save]').click();
      await e.page.waitForFunction(() =>
        document.querySelector('.topbar .user')?.textContent?.includes('市级管理员 李华'),
      );
      expect(await e.page.locator('input[name=username]').count()).toBe(0);
      expect(await row('admin').locator('td').nth(1).textContent()).toBe('市级管理员 李华 （当前账号）');
      api = await e.app.login('admin');
      expect((await users()).find((u) => u.username === 'admin')).toMatchObject({
        role: 'admin',
        displayName: '市级管理员 李华',
      });
    },
  );

  it(
    'when a viewer types /admin, then only the "administrators only" ' + 'message shows and no accounts are listed',
    async () => {
      const { browser, close } = await launchBrowser();
      try {
        const page = await browser.newPage();
        await page.goto(e.app.url + '/admin');
        await page.fill('input[name=username]', 'viewer');
        await page.fill('input[name=password]', PASSWORD);
        await page.click('button[type=submit]');
        await page.locator('[data-testid=admin-denied]').waitFor();
        expect(await page.locator('[data-testid=admin-denied] p').first().textContent()).toBe(
          '仅市级管理员可以管理用户。',
        );
        expect(await page.locator('[data-testid=user-table]').count()).toBe(0);
        expect(await page.locator('.topbar nav a[href="/admin"]').count()).toBe(0);
        await page.screenshot({ path: `${SHOTS_DIR}/admin-denied-zh.png` });
      } finally {
        await close();
      }
    },
  );
});
