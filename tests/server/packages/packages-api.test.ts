import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Client;
let projectId: number;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const page = await (await admin.get('/api/projects?stage=negotiating&limit=1')).json();
  projectId = page.items[0].id;
});
afterAll(() => t.close());

describe('incentive packages API', () => {
  it('when the demo city is seeded, then open prospects already have 2–3 packages each', async () => {
    const list = await (await admin.get(`/api/packages?projectId=${projectId}`)).json();
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.length).toBeLessThanOrEqual(3);
    for (const p of list) expect(p.projectId).toBe(projectId);
  });

  it('when templates are asked for a project, then the four kinds come back sized for it and unsaved', async () => {
    const res = await (await admin.get(`/api/packages/templates?projectId=${projectId}`)).json();
    expect(res.drafts.map((d: { kind: string }) => d.kind).sort()).toEqual([
      'build_to_suit',
      'equity_buyback',
      'land_discount',
      'rent_free_lease_to_own',
    ]);
    expect(res.park.id).toBeGreaterThan(0);
  });

  it(
    'when a package is saved, edited with its version and edited again ' + 'with a stale one, then 201, 200 and 409',
    async () => {
      const res = await admin.send('POST', '/api/packages', {
        projectId,
        name: '租金减半',
        components: { equipmentSubsidy: { amountWan: 300, year: 1 } },
      });
      expect(res.status).toBe(201);
      const pkg = await res.json();
      expect(pkg.components.equipmentSubsidy.amountWan).toBe(300);
      const upd = await admin.send('PATCH', `/api/packages/${pkg.id}`, {
        components: { equipmentSubsidy: { amountWan: 200, year: 2 } },
        version: pkg.version,
      });
      expect(upd.status).toBe(200);
      const after = await upd.json();
      expect(after.components.equipmentSubsidy).toEqual({ amountWan: 200, year: 2 });
      expect(after.name).toBe('租金减半');
      const stale = await admin.send('PATCH', `/api/packages/${pkg.id}`, { name: 'x', version: pkg.version });
      expect(stale.status).toBe(409);
    },
  );

  it('when a component is out of range, then 400 naming it', async () => {
    const res = await admin.send('POST', '/api/packages', {
      projectId,
      name: 'bad',
      components: {
        equity: {
          amountWan: 100,
          share: 3,
          exitYear: 5,
          buybackRate: 0.05,
          dividendRate: 0,
          largestShareholder: false,
          guaranteedReturn: false,
          newAttractionFund: false,
        },
      },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/share/);
  });

  it('when a viewer asks for packages, then 403: investors’ terms are not for viewers', async () => {
    const viewer = await t.login('viewer');
    expect((await viewer.get(`/api/packages?projectId=${projectId}`)).status).toBe(403);
  });
});
