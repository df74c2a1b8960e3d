import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PASSWORD, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: false });
});
afterAll(() => t.close());

describe('sessions, CSRF and headers', () => {
  it('when a user signs in, then the cookie is HttpOnly, SameSite=Strict, and a new one each time', async () => {
    const a = await t.anon.send('POST', '/api/auth/login', { username: 'editorA', password: PASSWORD });
    const b = await t.anon.send('POST', '/api/auth/login', { username: 'editorA', password: PASSWORD });
    const ca = a.headers.get('set-cookie')!;
    expect(ca).toMatch(/HttpOnly/i);
    expect(ca).toMatch(/SameSite=Strict/i);
    expect(ca.split(';')[0]).not.toBe(b.headers.get('set-cookie')!.split(';')[0]);
  });

  it('when an unknown user or a wrong password is tried, then the same answer', async () => {
    const unknown = await t.anon.send('POST', '/api/auth/login', {
      username: 'nobody-here',
      password: 'whatever-pass',
    });
    const wrong = await t.anon.send('POST', '/api/auth/login', { username: 'viewer', password: 'whatever-pass' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it('when someone keeps guessing, then 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await t.anon.send('POST', '/api/auth/login', { username: 'admin', password: `guess-${i}` })).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const last = await t.anon.send('POST', '/api/auth/login', { username: 'admin', password: PASSWORD });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('when a write comes without the CSRF token, then 403 and nothing changes', async () => {
    const c = await t.login('editorB');
    const noToken = client(t.url);
    noToken.cookie = c.cookie;
    const res = await noToken.send('POST', '/api/scenarios', { name: 'x', jurisdictionIds: [3] });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('CSRF');
    const [{ n }] = await t.db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM scenario');
    expect(n).toBe(0);
  });

  it('when the session cookie is malformed, then 400 naming the cookie on any route, not 500', async () => {
    for (const path of ['/api/auth/me', '/api/health', '/api/parks']) {
      const res = await t.anon.get(path, { cookie: 'pp_session=%E0%A4%A' });
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('BAD_COOKIE');
      expect(body.error.message).toContain('pp_session');
    }
  });

  it('when the user logs out, then the old cookie no longer works', async () => {
    const c = await t.login('viewer');
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await c.send('POST', '/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('when any page is served, then helmet headers and a CSP naming only the tile hosts are set', async () => {
    const res = await t.anon.get('/api/health');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain('https://tile.openstreetmap.org');
    expect(csp).not.toContain('*;');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('when an error happens in production mode, then still JSON and no stack trace', async () => {
    const prod = await startTestApp({ seed: false, env: { NODE_ENV: 'production' } });
    try {
      const res = await prod.anon.send('POST', '/api/auth/login', '{bad', { 'content-type': 'application/json' });
      const text = await res.text();
      expect(res.status).toBe(400);
      expect(JSON.parse(text).error.code).toBe('MALFORMED_JSON');
      expect(text).not.toMatch(/at .*\(/);
    } finally {
      await prod.close();
    }
  });
});
