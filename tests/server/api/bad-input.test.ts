import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Client;

const WRITES: Array<[string, string]> = [
  ['POST', '/api/parks'],
  ['PATCH', '/api/parks/1'],
  ['POST', '/api/plots'],
  ['PATCH', '/api/plots/1'],
  ['POST', '/api/buildings'],
  ['PATCH', '/api/buildings/1'],
  ['POST', '/api/buildings/1/units'],
  ['PATCH', '/api/units/1'],
  ['POST', '/api/enterprises'],
  ['PATCH', '/api/enterprises/1'],
  ['POST', '/api/projects'],
  ['PATCH', '/api/projects/1'],
  ['POST', '/api/parks/1/plots/import'],
  ['POST', '/api/users'],
  ['POST', '/api/auth/login'],
];

async function counts(): Promise<string> {
  const rows = await t.db.read.query(
    `SELECT (SELECT COUNT(*) FROM park) AS a, (SELECT COUNT(*) FROM plot) AS b, (SELECT COUNT(*) FROM project) AS c,
            (SELECT COUNT(*) FROM enterprise) AS d, (SELECT COUNT(*) FROM unit) AS e,
            (SELECT SUM(version) FROM plot) AS f,
            (SELECT SUM(version) FROM project) AS g, (SELECT COUNT(*) FROM app_user) AS h`,
  );
  return JSON.stringify(rows[0]);
}

/** A 4xx with the one error shape, and no trace of a stack. */
async function expectCleanRejection(res: Response): Promise<void> {
  const text = await res.text();
  expect(res.status, text).toBeGreaterThanOrEqual(400);
  expect(res.status, text).toBeLessThan(500);
  const body = JSON.parse(text);
  expect(typeof body.error.code).toBe('string');
  expect(typeof body.error.message).toBe('string');
  expect(text).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('bad input never gets a 5xx', () => {
  it('when a body is malformed JSON, then 400 MALFORMED_JSON', async () => {
    const res = await admin.send('POST', '/api/parks', undefined, { 'content-type': 'application/json' });
    await expectCleanRejection(res);
    const raw = await fetch(t.url + '/api/projects', {
      method: 'POST',
      body: '{"name": ',
      headers: { 'content-type': 'application/json', cookie: admin.cookie!, 'x-csrf-token': admin.csrf! },
    });
    expect(raw.status).toBe(400);
    expect((await raw.json()).error.code).toBe('MALFORMED_JSON');
  });

  it('when a field has the wrong type, then 400 with a message naming the field', async () => {
    const res = await admin.send('POST', '/api/projects', {
      name: 'x',
      investor: 'y',
      industryId: 1,
      investmentWan: 'lots',
      outputWan: 1,
      taxWan: 1,
      jobs: 1,
      pollutionClass: 'M1',
      jurisdictionId: 2,
      landNeedMu: 10,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^investmentWan:/);
  });

  it('when an id does not exist, then 404 naming it', async () => {
    const res = await admin.send('PATCH', '/api/plots/999999', { status: 'vacant', version: 1 });
    expect(res.status).toBe(404);
    const ref = await admin.send('PATCH', '/api/plots/1', { enterpriseId: 987654, version: 1 });
    expect(ref.status).toBe(404);
    expect((await ref.json()).error.message).toContain('enterpriseId');
  });

  it('when an id is written as hex, exponent, binary or padded, then 400 naming the param, not row 2', async () => {
    for (const id of ['0x2', '2e0', '0b10', '%202', '2.0', '+2']) {
      const res = await admin.get(`/api/plots/${id}`);
      expect(res.status, id).toBe(400);
      expect((await res.json()).error.message).toMatch(/^id:/);
    }
    expect((await admin.get('/api/plots/2')).status).toBe(200);
    const q = await admin.get('/api/plots?parkId=0x1');
    expect(q.status).toBe(400);
    expect((await q.json()).error.message).toContain('parkId');
    const body = await admin.send('PATCH', '/api/plots/1', { enterpriseId: '0x2', version: 1 });
    expect(body.status).toBe(400);
    expect((await body.json()).error.message).toContain('enterpriseId');
  });

  it('when a body is larger than the limit, then 413', async () => {
    const res = await admin.send('POST', '/api/projects', { name: 'x'.repeat(2_000_000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('BODY_TOO_LARGE');
  });

  it('when random JSON is sent to every write route, then always a clean 4xx and nothing is written', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WRITES), fc.jsonValue({ maxDepth: 3 }), async ([method, path], body) => {
        const res = await admin.send(method, path, body);
        await expectCleanRejection(res);
      }),
      { numRuns: 150 },
    );
    expect(await counts()).toBe(before);
  });

  it('when plausible bodies with wrong field types are sent, then a clean 4xx', async () => {
    const before = await counts();
    const anything = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer()),
      fc.object(),
    );
    const fields = [
      'name',
      'jurisdictionId',
      'parkId',
      'polygon',
      'status',
      'version',
      'landUse',
      'investmentWan',
      'boundary',
      'code',
      'areaM2',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WRITES),
        fc.dictionary(fc.constantFrom(...fields), anything),
        async ([method, path], body) => {
          const res = await admin.send(method, path, body);
          await expectCleanRejection(res);
        },
      ),
      { numRuns: 150 },
    );
    expect(await counts()).toBe(before);
  });

  it('when query strings are garbage, then a clean 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/plots', '/api/projects', '/api/enterprises', '/api/buildings'),
        fc.constantFrom('limit', 'offset', 'parkId', 'minMu', 'status', 'stage'),
        fc.string({ minLength: 1 }).filter((s) => !/^\d+$/.test(s)),
        async (path, key, value) => {
          const res = await admin.get(`${path}?${key}=${encodeURIComponent(value)}`);
          if (res.status === 200) return; // e.g. a free-text value that happens to be valid
          await expectCleanRejection(res);
        },
      ),
      { numRuns: 80 },
    );
  });
});
