import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { registry } from '../../../server/http/route';
import { CASES, type Fixture, type Outcome, type Role } from './access-cases';
import { REF_CASES, type Refs } from './access-refs-cases';

let t: TestApp;
const clients = {} as Record<Role, Client>;
let fixture: Fixture;

const TABLES = [
  'park',
  'plot',
  'building',
  'unit',
  'enterprise',
  'enterprise_year',
  'project',
  'incentive_package',
  'scenario',
  'scenario_allocation',
  'app_user',
  'audit_event',
  'leader_quota',
];

/** Row counts and version sums of every table: any write, however small, changes it. */
async function digest(): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    // From the entities, not PRAGMA table_info: the same digest on SQLite and PostgreSQL.
    const meta = t.db.ds.entityMetadatas.find((m) => m.tableName === table)!;
    const hasVersion = meta.columns.some((c) => c.databaseName === 'version');
    const [row] = await t.db.read.query(
      `SELECT CAST(COUNT(*) AS integer) AS n ${hasVersion ? ', CAST(SUM(version) AS integer) AS v' : ''} FROM ${table}`,
    );
    parts.push(`${table}:${row.n}:${row.v ?? ''}`);
  }
  return parts.join(' ');
}

beforeAll(async () => {
  t = await startTestApp();
  clients.anon = t.anon;
  for (const r of ['admin', 'editorA', 'editorB', 'viewer'] as const) clients[r] = await t.login(r);
  const admin = clients.admin;
  const parks = await (await admin.get('/api/parks')).json();
  const park = parks.find((p: { jurisdictionId: number }) => p.jurisdictionId === 2);
  const plots = await (await admin.get(`/api/plots?parkId=${park.id}&limit=1`)).json();
  const buildings = await (await admin.get(`/api/buildings?parkId=${park.id}`)).json();
  const enterprises = await (await admin.get('/api/enterprises?jurisdictionId=2&limit=1')).json();
  const projects = await (await admin.get('/api/projects?jurisdictionId=2&limit=1')).json();
  const industries = await (await admin.get('/api/industries')).json();
  const building = buildings[0];
  const units = await (await admin.get(`/api/buildings/${building.id}/units`)).json();
  let k = 0;
  const post = async (path: string, body: unknown) => {
    const res = await admin.send('POST', path, body);
    if (res.status !== 201) throw new Error(`fixture ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const [lon, lat] = park.boundary.coordinates[0][0];
  const sq = (d: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + d, lat],
        [lon + d, lat + d],
        [lon, lat + d],
        [lon, lat],
      ],
    ],
  });
  fixture = {
    admin,
    ids: {
      jurisdiction: 2,
      park: park.id,
      plot: plots.items[0].id,
      building: building.id,
      unit: units[0].id,
      enterprise: enterprises.items[0].id,
      project: projects.items[0].id,
      industry: industries[0].id,
    },
    async scenario(solved) {
      // Projects other rows create (some signed, competing for space) are kept out of the fixture's plan.
      const extra: Array<{ id: number }> = await t.db.read.query('SELECT id FROM project WHERE id > 180');
      const s = await post('/api/scenarios', {
        name: `FS${++k}`,
        jurisdictionIds: [2],
        exclusions: extra.map((p) => ({ projectId: p.id })),
      });
      if (!solved) return s;
      const job = await (await admin.send('POST', `/api/scenarios/${s.id}/solve`)).json();
      const done = await t.jobs.settle(job.id);
      if (done.status !== 'done') throw new Error(`fixture solve failed: ${JSON.stringify(done.error)}`);
      return (await admin.get(`/api/scenarios/${s.id}`)).json();
    },
    async jobId() {
      const s = await post('/api/scenarios', { name: `FJ${++k}`, jurisdictionIds: [2] });
      const job = await (await admin.send('POST', `/api/scenarios/${s.id}/solve`)).json();
      await t.jobs.settle(job.id);
      return job.id;
    },
    async fresh(kind) {
      k++;
      switch (kind) {
        case 'park':
          return post('/api/parks', {
            jurisdictionId: 2,
            name: `F${k}`,
            boundary: {
              type: 'Polygon',
              coordinates: [
                [
                  [117, 36],
                  [117.02, 36],
                  [117.02, 36.02],
                  [117, 36.02],
                  [117, 36],
                ],
              ],
            },
            landGrade: 10,
            listedLandPriceWanPerMu: 10,
            minInvestmentIntensityWanPerMu: 100,
            minTaxPerMuWan: 5,
            minFar: 1,
          });
        case 'plot':
          return post('/api/plots', { parkId: park.id, code: `FX-${k}`, polygon: sq(0.0002), landUse: 'M1' });
        case 'building':
          return post('/api/buildings', {
            parkId: park.id,
            code: `FB-${k}`,
            name: '厂房',
            footprint: sq(0.0002),
            floors: 2,
            floorAreaM2: 3000,
            ceilingHeightM: 8,
            floorLoadKnPerM2: 10,
            rentYuanPerM2Month: 8,
          });
        case 'unit':
          return post(`/api/buildings/${building.id}/units`, { code: `FU-${k}`, floor: 1, areaM2: 300 });
        case 'enterprise':
          return post('/api/enterprises', { name: `FE${k}`, industryId: industries[0].id, jurisdictionId: 2 });
        case 'project':
          return post('/api/projects', {
            name: `FP${k}`,
            investor: 'X',
            industryId: industries[0].id,
            investmentWan: 10000,
            landNeedMu: 30,
            outputWan: 20000,
            taxWan: 800,
            jobs: 100,
            pollutionClass: 'M1',
            jurisdictionId: 2,
          });
      }
    },
  };
});
afterAll(() => t.close());

const method = (key: string) => key.split(' ')[0];

describe('access table', () => {
  it('covers every registered /api route, and lists none that does not exist', () => {
    const registered = registry.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort();
    expect(Object.keys(CASES).sort()).toEqual(registered);
  });

  for (const [key, c] of Object.entries(CASES)) {
    for (const role of Object.keys(c.expect) as Role[]) {
      const want: Outcome = c.expect[role];
      it(`${key} as ${role} → ${want}`, async () => {
        const req = await c.request(fixture);
        // Logging out ends the session: use a throwaway session for that one.
        const who = key === 'POST /api/auth/logout' && role !== 'anon' ? await t.login(role) : clients[role];
        const before = await digest();
        const m = method(key);
        const res = m === 'GET' ? await who.get(req.path) : await who.send(m, req.path, req.body);
        const text = await res.text();
        // A solve answers at once and writes its result later: wait, so it cannot land in another row's digest.
        if (res.status === 202) await t.jobs.settle(JSON.parse(text).id);
        if (want === 'ok') expect(res.status, text).toBeGreaterThanOrEqual(200);
        if (want === 'ok') expect(res.status, text).toBeLessThan(300);
        else expect(res.status, text).toBe(want);
        if (want !== 'ok' && m !== 'GET') expect(await digest()).toBe(before);
      });
    }
  }
});

describe('access table: references in write bodies', () => {
  // County 3's objects (editorB's), which editorA may not tie to county 2's.
  let foreign: Refs;
  beforeAll(async () => {
    const admin = clients.admin;
    const parks = await (await admin.get('/api/parks')).json();
    const park = parks.find((p: { jurisdictionId: number }) => p.jurisdictionId === 3);
    const plots = await (await admin.get(`/api/plots?parkId=${park.id}&limit=1`)).json();
    const enterprises = await (await admin.get('/api/enterprises?jurisdictionId=3&limit=1')).json();
    const projects = await (await admin.get('/api/projects?jurisdictionId=3&limit=1')).json();
    foreign = { project: projects.items[0].id, enterprise: enterprises.items[0].id, plot: plots.items[0].id };
  });

  for (const [key, c] of Object.entries(REF_CASES)) {
    it(`${key} naming county 3's ${c.field} as editorA → 403 naming ${c.field}, nothing written`, async () => {
      const req = await c.request(fixture, foreign);
      const before = await digest();
      const res = await clients.editorA.send(c.method, req.path, req.body);
      const text = await res.text();
      expect(res.status, text).toBe(403);
      expect(JSON.parse(text).error.message).toContain(c.field);
      expect(await digest()).toBe(before);
    });
    it(`${key} naming county 2's own ${c.field} as editorA → 2xx`, async () => {
      const own: Refs = {
        project: (await fixture.fresh('project')).id,
        enterprise: (await fixture.fresh('enterprise')).id,
        plot: (await fixture.fresh('plot')).id,
      };
      const req = await c.request(fixture, own);
      const res = await clients.editorA.send(c.method, req.path, req.body);
      const text = await res.text();
      expect(res.status, text).toBeGreaterThanOrEqual(200);
      expect(res.status, text).toBeLessThan(300);
    });
  }
});
