import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openDatabase } from '../../../server/db/data-source';
import { Db } from '../../../server/db/db';
import { createApp } from '../../../server/app';
import { LOGIN_LIMITS, loginThrottle } from '../../../server/services/login-throttle';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
});
afterAll(() => t.close());

/** A sign-in from `address`: the app trusts X-Forwarded-For from its loopback proxy, as behind nginx. */
const login = (url: string, username: string, password: string, address: string) =>
  fetch(url + '/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ username, password }),
  });

describe('sign-in throttling kept in the database (issue 15 #8)', () => {
  it(
    'when one address guessed too often and the server restarts, then the ' +
      'right password is still refused with 429',
    async () => {
      for (let i = 0; i < LOGIN_LIMITS.addressAccount; i++)
        expect((await login(t.url, 'editorA', `guess-${i}`, '10.1.0.1')).status).toBe(401);
      expect((await login(t.url, 'editorA', PASSWORD, '10.1.0.1')).status).toBe(429);

      // A second process on the same database file: nothing of the first one's memory comes along.
      const db = new Db(await openDatabase(t.dbPath));
      const restarted = createApp({ db, config: t.config, log: () => undefined });
      const server: Server = await new Promise((resolve) => {
        const s = restarted.app.listen(0, '127.0.0.1', () => resolve(s));
      });
      try {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        const res = await login(url, 'editorA', PASSWORD, '10.1.0.1');
        expect(res.status).toBe(429);
        expect((await res.json()).error.code).toBe('RATE_LIMITED');
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        // Another address on the same account is not held by this address's count.
        expect((await login(url, 'editorA', PASSWORD, '10.1.0.2')).status).toBe(200);
      } finally {
        await new Promise((r) => server.close(r));
        await restarted.close();
        await db.close();
      }
    },
  );

  it(
    'when guesses at one account come from many addresses, then the ' + 'account is locked and others are not',
    async () => {
      for (let i = 0; i < LOGIN_LIMITS.account; i++)
        expect((await login(t.url, 'editorB', `guess-${i}`, `10.2.${i >> 8}.${i & 255}`)).status).toBe(401);
      const locked = await login(t.url, 'editorB', PASSWORD, '10.3.0.1');
      expect(locked.status).toBe(429);
      expect((await locked.json()).error.message).toMatch(/try again in \d+ s/);
      expect((await login(t.url, 'viewer', PASSWORD, '10.3.0.1')).status).toBe(200);
    },
  );

  it('when a right password comes before the limit, then the account count starts again', async () => {
    const throttle = loginThrottle(t.db, { ...LOGIN_LIMITS, addressAccount: 3, account: 3 });
    for (let i = 0; i < 3; i++) await throttle.attempt('10.4.0.1', 'someone');
    await throttle.succeeded('10.4.0.1', 'someone');
    for (let i = 0; i < 3; i++) await throttle.attempt('10.4.0.1', 'someone');
    await expect(throttle.attempt('10.4.0.1', 'someone')).rejects.toMatchObject({ status: 429 });
  });

  it('when the window has ended, then the count starts again and ended rows are dropped', async () => {
    const throttle = loginThrottle(t.db, { ...LOGIN_LIMITS, addressAccount: 2 });
    const start = new Date('2030-01-01T00:00:00Z');
    await throttle.attempt('10.5.0.1', 'late', start);
    await throttle.attempt('10.5.0.1', 'late', start);
    await expect(throttle.attempt('10.5.0.1', 'late', start)).rejects.toMatchObject({ status: 429 });
    const later = new Date(start.getTime() + LOGIN_LIMITS.windowMs + 1);
    await expect(throttle.attempt('10.5.0.1', 'late', later)).resolves.toBeUndefined();
    // Every row of the earlier tests (windows ending today) is gone; this one's three start at 1.
    const rows: Array<{ key: string; attempts: number }> = await t.db.read.query(
      'SELECT "key", "attempts" FROM "login_attempt" ORDER BY "key"',
    );
    expect(rows).toEqual([
      { key: 'account:late', attempts: 1 },
      { key: 'address-account:10.5.0.1|late', attempts: 1 },
      { key: 'address:10.5.0.1', attempts: 1 },
    ]);
  });
});
