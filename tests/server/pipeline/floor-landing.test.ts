import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('landing a tenant of standard factory floor', () => {
  it(
    'when a signed floor project has reserved units, then landing creates ' + 'the enterprise and leases the units',
    async () => {
      const projects = (await (await admin.get('/api/projects?limit=5000')).json()).items as Array<{
        id: number;
        floorNeedM2: number | null;
        stage: string;
        version: number;
        jurisdictionId: number;
      }>;
      const p = projects.find((x) => x.floorNeedM2 != null && (x.stage === 'negotiating' || x.stage === 'lead'))!;
      const parks = await (await admin.get('/api/parks')).json();
      const park = parks.find((k: { jurisdictionId: number }) => k.jurisdictionId === p.jurisdictionId);
      const building = (await (await admin.get(`/api/buildings?parkId=${park.id}`)).json())[0];
      const unit = (await (await admin.get(`/api/buildings/${building.id}/units`)).json()).find(
        (u: { status: string }) => u.status === 'vacant',
      );
      expect(
        (
          await admin.send('PATCH', `/api/units/${unit.id}`, {
            status: 'reserved',
            projectId: p.id,
            version: unit.version,
          })
        ).status,
      ).toBe(200);

      const early = await admin.send('POST', `/api/projects/${p.id}/land`, {});
      expect(early.status).toBe(409); // not signed yet
      expect((await admin.send('PATCH', `/api/projects/${p.id}`, { stage: 'signed', version: p.version })).status).toBe(
        200,
      );
      const res = await admin.send('POST', `/api/projects/${p.id}/land`, {});
      const body = await res.json();
      expect(res.status, JSON.stringify(body)).toBe(201);
      expect(body.plot).toBeNull();
      expect(body.units.map((u: { id: number }) => u.id)).toEqual([unit.id]);
      expect(body.units[0]).toMatchObject({ status: 'leased', enterpriseId: body.enterprise.id });
      expect(body.project.stage).toBe('landed');
    },
  );

  it('when a signed floor project has no reserved units, then 422 naming units and nothing changes', async () => {
    const projects = (await (await admin.get('/api/projects?limit=5000')).json()).items as Array<{
      id: number;
      floorNeedM2: number | null;
      stage: string;
      version: number;
    }>;
    const p = projects.find((x) => x.floorNeedM2 != null && x.stage === 'negotiating')!;
    await admin.send('PATCH', `/api/projects/${p.id}`, { stage: 'signed', version: p.version });
    const [{ n: before }] = await t.db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM enterprise');
    const res = await admin.send('POST', `/api/projects/${p.id}/land`, {});
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(/^units:/);
    const [{ n: after }] = await t.db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM enterprise');
    expect(after).toBe(before);
  });
});
