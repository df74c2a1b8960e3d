import type { Client } from '../support/test-app';

/** The demo city is seeded as of the current year (its quotas are for this year). */
const YEAR = new Date().getFullYear();

/**
 * The access table: every /api route, what each role gets. "own" objects live in jurisdiction 2
 * (editorA's county); editorB is an editor of county 3, so for him they are another county's.
 * A new route must be added here: the test fails when the registry has a route this table lacks.
 */
export type Outcome = 'ok' | 401 | 403 | 404;
export type Role = 'anon' | 'admin' | 'editorA' | 'editorB' | 'viewer';

/** API JSON as fixtures use it: loosely typed on purpose, the tests assert what matters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

export interface Fixture {
  admin: Client;
  /** A park, plot, building, unit, enterprise, project of jurisdiction 2, made fresh on each call. */
  fresh(kind: 'park' | 'plot' | 'building' | 'unit' | 'enterprise' | 'project'): Promise<Json>;
  /** A new scenario of jurisdiction 2, solved (and settled) when asked. */
  scenario(solved: boolean): Promise<Json>;
  /** A finished solve job's id. */
  jobId(): Promise<string>;
  ids: {
    jurisdiction: number;
    park: number;
    plot: number;
    building: number;
    unit: number;
    enterprise: number;
    project: number;
    industry: number;
  };
}

export interface Request {
  path: string;
  body?: unknown;
}

export interface AccessCase {
  /** How to build the request; called once per role so destructive routes get fresh objects. */
  request(f: Fixture): Promise<Request> | Request;
  expect: Record<Role, Outcome>;
}

export const READ: Record<Role, Outcome> = { anon: 401, admin: 'ok', editorA: 'ok', editorB: 'ok', viewer: 'ok' };
export const WRITE_OWN: Record<Role, Outcome> = { anon: 401, admin: 'ok', editorA: 'ok', editorB: 403, viewer: 403 };
export const ADMIN_ONLY: Record<Role, Outcome> = { anon: 401, admin: 'ok', editorA: 403, editorB: 403, viewer: 403 };
export const NOT_VIEWER: Record<Role, Outcome> = { anon: 401, admin: 'ok', editorA: 'ok', editorB: 'ok', viewer: 403 };
export const PUBLIC: Record<Role, Outcome> = { anon: 'ok', admin: 'ok', editorA: 'ok', editorB: 'ok', viewer: 'ok' };

/** A kept review of jurisdiction 2 (run by the admin). */
async function reviewId(f: Fixture): Promise<number> {
  const res = await f.admin.send('POST', '/api/efficiency/reviews', {
    jurisdictionId: f.ids.jurisdiction,
    year: YEAR - 1,
  });
  return (await res.json()).id;
}

const square = (lon: number, lat: number, d = 0.0005) => ({
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
let n = 0;
const uniq = () => `${Date.now().toString(36)}-${++n}`;

export const CASES: Record<string, AccessCase> = {
  'GET /api/health': { request: () => ({ path: '/api/health' }), expect: PUBLIC },
  'POST /api/auth/login': {
    request: () => ({ path: '/api/auth/login', body: { username: 'nobody', password: 'wrong' } }),
    // Wrong credentials for everyone: the route is reachable (401 is its answer, not an access refusal).
    expect: { anon: 401, admin: 401, editorA: 401, editorB: 401, viewer: 401 },
  },
  'POST /api/auth/logout': { request: () => ({ path: '/api/auth/logout' }), expect: { ...READ } },
  'GET /api/auth/me': { request: () => ({ path: '/api/auth/me' }), expect: READ },
  'GET /api/users': { request: () => ({ path: '/api/users' }), expect: ADMIN_ONLY },
  'POST /api/users': {
    request: () => ({
      path: '/api/users',
      body: {
        username: `u${uniq()}`.replace(/[^A-Za-z0-9_.-]/g, ''),
        displayName: 'x',
        role: 'viewer',
        password: 'a-long-password',
      },
    }),
    expect: ADMIN_ONLY,
  },
  'PATCH /api/users/:id': {
    request: async (f) => {
      const res = await f.admin.send('POST', '/api/users', {
        username: `p${uniq()}`.replace(/[^A-Za-z0-9_.-]/g, ''),
        displayName: 'x',
        role: 'viewer',
        password: 'a-long-password',
      });
      return { path: `/api/users/${(await res.json()).id}`, body: { displayName: 'Renamed' } };
    },
    expect: ADMIN_ONLY,
  },
  'DELETE /api/users/:id': {
    request: async (f) => {
      const res = await f.admin.send('POST', '/api/users', {
        username: `d${uniq()}`.replace(/[^A-Za-z0-9_.-]/g, ''),
        displayName: 'x',
        role: 'viewer',
        password: 'a-long-password',
      });
      return { path: `/api/users/${(await res.json()).id}` };
    },
    expect: ADMIN_ONLY,
  },
  'GET /api/jurisdictions': { request: () => ({ path: '/api/jurisdictions' }), expect: READ },
  'GET /api/industries': { request: () => ({ path: '/api/industries' }), expect: READ },
  'GET /api/chains': { request: () => ({ path: '/api/chains' }), expect: READ },
  'GET /api/audit': { request: () => ({ path: '/api/audit' }), expect: ADMIN_ONLY },

  'GET /api/parks': { request: () => ({ path: '/api/parks' }), expect: READ },
  'POST /api/parks': {
    request: (f) => ({
      path: '/api/parks',
      body: {
        jurisdictionId: f.ids.jurisdiction,
        name: `P${uniq()}`,
        boundary: square(116.5, 35.5, 0.01),
        landGrade: 10,
        listedLandPriceWanPerMu: 10,
        minInvestmentIntensityWanPerMu: 100,
        minTaxPerMuWan: 5,
        minFar: 1,
      },
    }),
    expect: WRITE_OWN,
  },
  'GET /api/parks/:id': { request: (f) => ({ path: `/api/parks/${f.ids.park}` }), expect: READ },
  'PATCH /api/parks/:id': {
    request: async (f) => {
      const p = await f.fresh('park');
      return { path: `/api/parks/${p.id}`, body: { minFar: 1.1, version: p.version } };
    },
    expect: WRITE_OWN,
  },
  'DELETE /api/parks/:id': {
    request: async (f) => ({ path: `/api/parks/${(await f.fresh('park')).id}` }),
    expect: WRITE_OWN,
  },
  'GET /api/parks/:id/plots': { request: (f) => ({ path: `/api/parks/${f.ids.park}/plots` }), expect: READ },
  'GET /api/parks/:id/plots/export': {
    request: (f) => ({ path: `/api/parks/${f.ids.park}/plots/export` }),
    expect: READ,
  },
  'GET /api/plots/export': { request: () => ({ path: '/api/plots/export?format=xlsx' }), expect: READ },
  'GET /api/parks/:id/plots/packed': {
    request: (f) => ({ path: `/api/parks/${f.ids.park}/plots/packed` }),
    expect: READ,
  },
  'GET /api/parks/:id/buildings': { request: (f) => ({ path: `/api/parks/${f.ids.park}/buildings` }), expect: READ },
  'GET /api/parks/:id/chain-map': { request: (f) => ({ path: `/api/parks/${f.ids.park}/chain-map` }), expect: READ },
  'POST /api/parks/:id/plots/import': {
    request: async (f) => {
      const p = await f.fresh('park');
      const [lon, lat] = p.boundary.coordinates[0][0];
      return {
        path: `/api/parks/${p.id}/plots/import`,
        body: {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: { code: 'I-1' }, geometry: square(lon + 0.001, lat + 0.001) }],
        },
      };
    },
    expect: WRITE_OWN,
  },

  'GET /api/plots': { request: () => ({ path: '/api/plots?limit=5' }), expect: READ },
  'POST /api/plots': {
    request: async (f) => {
      const p = await f.fresh('park');
      const [lon, lat] = p.boundary.coordinates[0][0];
      return {
        path: '/api/plots',
        body: { parkId: p.id, code: `N${uniq()}`, polygon: square(lon + 0.001, lat + 0.001), landUse: 'M1' },
      };
    },
    expect: WRITE_OWN,
  },
  'GET /api/plots/:id': { request: (f) => ({ path: `/api/plots/${f.ids.plot}` }), expect: READ },
  'GET /api/plots/:id/history': { request: (f) => ({ path: `/api/plots/${f.ids.plot}/history` }), expect: READ },
  'GET /api/plots/:id/land-use': { request: (f) => ({ path: `/api/plots/${f.ids.plot}/land-use` }), expect: READ },
  'PATCH /api/plots/:id': {
    request: async (f) => {
      const p = await f.fresh('plot');
      return { path: `/api/plots/${p.id}`, body: { readiness: 'partial', version: p.version } };
    },
    expect: WRITE_OWN,
  },
  'DELETE /api/plots/:id': {
    request: async (f) => ({ path: `/api/plots/${(await f.fresh('plot')).id}` }),
    expect: WRITE_OWN,
  },

  'GET /api/buildings': { request: () => ({ path: '/api/buildings' }), expect: READ },
  'POST /api/buildings': {
    request: async (f) => {
      const p = await f.fresh('park');
      const [lon, lat] = p.boundary.coordinates[0][0];
      return {
        path: '/api/buildings',
        body: {
          parkId: p.id,
          code: `B${uniq()}`,
          name: '厂房',
          footprint: square(lon + 0.001, lat + 0.001, 0.0003),
          floors: 3,
          floorAreaM2: 6000,
          ceilingHeightM: 8,
          floorLoadKnPerM2: 10,
          rentYuanPerM2Month: 8,
        },
      };
    },
    expect: WRITE_OWN,
  },
  'GET /api/buildings/:id': { request: (f) => ({ path: `/api/buildings/${f.ids.building}` }), expect: READ },
  'PATCH /api/buildings/:id': {
    request: async (f) => {
      const b = await f.fresh('building');
      return { path: `/api/buildings/${b.id}`, body: { rentYuanPerM2Month: 9, version: b.version } };
    },
    expect: WRITE_OWN,
  },
  'DELETE /api/buildings/:id': {
    request: async (f) => ({ path: `/api/buildings/${(await f.fresh('building')).id}` }),
    expect: WRITE_OWN,
  },
  'GET /api/buildings/:id/units': {
    request: (f) => ({ path: `/api/buildings/${f.ids.building}/units` }),
    expect: READ,
  },
  'POST /api/buildings/:id/units': {
    request: async (f) => ({
      path: `/api/buildings/${(await f.fresh('building')).id}/units`,
      body: { code: `U${uniq()}`, floor: 1, areaM2: 500 },
    }),
    expect: WRITE_OWN,
  },
  'PATCH /api/units/:id': {
    request: async (f) => {
      const u = await f.fresh('unit');
      return { path: `/api/units/${u.id}`, body: { status: 'reserved', version: u.version } };
    },
    expect: WRITE_OWN,
  },
  'DELETE /api/units/:id': {
    request: async (f) => ({ path: `/api/units/${(await f.fresh('unit')).id}` }),
    expect: WRITE_OWN,
  },

  'GET /api/enterprises': { request: () => ({ path: '/api/enterprises?limit=5' }), expect: READ },
  'POST /api/enterprises': {
    request: (f) => ({
      path: '/api/enterprises',
      body: { name: `E${uniq()}`, industryId: f.ids.industry, jurisdictionId: f.ids.jurisdiction },
    }),
    expect: WRITE_OWN,
  },
  'GET /api/enterprises/:id': { request: (f) => ({ path: `/api/enterprises/${f.ids.enterprise}` }), expect: READ },
  'PATCH /api/enterprises/:id': {
    request: async (f) => {
      const e = await f.fresh('enterprise');
      return { path: `/api/enterprises/${e.id}`, body: { nameEn: 'Renamed', version: e.version } };
    },
    expect: WRITE_OWN,
  },
  'DELETE /api/enterprises/:id': {
    request: async (f) => ({ path: `/api/enterprises/${(await f.fresh('enterprise')).id}` }),
    expect: WRITE_OWN,
  },

  'GET /api/projects': { request: () => ({ path: '/api/projects?limit=5' }), expect: READ },
  'POST /api/projects': {
    request: (f) => ({
      path: '/api/projects',
      body: {
        name: `Pr${uniq()}`,
        investor: 'X',
        industryId: f.ids.industry,
        investmentWan: 10000,
        landNeedMu: 30,
        outputWan: 20000,
        taxWan: 800,
        jobs: 100,
        pollutionClass: 'M1',
        jurisdictionId: f.ids.jurisdiction,
      },
    }),
    expect: WRITE_OWN,
  },
  'GET /api/projects/export': { request: () => ({ path: '/api/projects/export' }), expect: NOT_VIEWER },
  'POST /api/projects/import': {
    request: async (f) => {
      const j = await (await f.admin.get('/api/jurisdictions')).json();
      const ind = await (await f.admin.get('/api/industries')).json();
      const county = j.find((x: { id: number }) => x.id === f.ids.jurisdiction).name;
      return {
        path: '/api/projects/import',
        body: `项目名称,投资方,行业,固定资产投资(万元),用地需求(亩),县区\n导入${uniq()},甲,${ind[0].name},9000,20,${county}\n`,
      };
    },
    expect: WRITE_OWN,
  },
  'GET /api/projects/:id': { request: (f) => ({ path: `/api/projects/${f.ids.project}` }), expect: READ },
  'GET /api/projects/:id/history': {
    request: (f) => ({ path: `/api/projects/${f.ids.project}/history` }),
    expect: READ,
  },
  'PATCH /api/projects/:id': {
    request: async (f) => {
      const p = await f.fresh('project');
      return { path: `/api/projects/${p.id}`, body: { notes: 'edited', version: p.version } };
    },
    expect: WRITE_OWN,
  },
  'DELETE /api/projects/:id': {
    request: async (f) => ({ path: `/api/projects/${(await f.fresh('project')).id}` }),
    expect: WRITE_OWN,
  },

  'GET /api/quotas': { request: () => ({ path: `/api/quotas?year=${YEAR}` }), expect: READ },
  'PUT /api/jurisdictions/:id/quotas': {
    request: async (f) => {
      const j = (await (await f.admin.get('/api/jurisdictions')).json()).find(
        (x: { id: number }) => x.id === f.ids.jurisdiction,
      );
      return {
        path: `/api/jurisdictions/${f.ids.jurisdiction}/quotas`,
        body: {
          year: YEAR,
          quotas: j.quotas
            .filter((q: { year: number }) => q.year === YEAR)
            .map(({ year: _y, ...q }: { year: number }) => q),
        },
      };
    },
    expect: ADMIN_ONLY,
  },
  'GET /api/pipeline/funnel': { request: () => ({ path: '/api/pipeline/funnel' }), expect: READ },
  'GET /api/projects/export.xlsx': { request: () => ({ path: '/api/projects/export.xlsx' }), expect: NOT_VIEWER },
  'GET /api/projects/:id/candidates': {
    request: (f) => ({ path: `/api/projects/${f.ids.project}/candidates` }),
    expect: READ,
  },
  'GET /api/plots/:id/prospects': { request: (f) => ({ path: `/api/plots/${f.ids.plot}/prospects` }), expect: READ },
  'POST /api/projects/:id/land': {
    request: async (f) => {
      const p = await f.fresh('project');
      await f.admin.send('PATCH', `/api/projects/${p.id}`, { stage: 'signed', version: p.version });
      return { path: `/api/projects/${p.id}/land`, body: { plotId: (await f.fresh('plot')).id } };
    },
    expect: WRITE_OWN,
  },

  'GET /api/agreements': {
    request: (f) => ({ path: `/api/agreements?jurisdictionId=${f.ids.jurisdiction}` }),
    expect: READ,
  },
  'GET /api/agreements/export.xlsx': {
    request: (f) => ({ path: `/api/agreements/export.xlsx?jurisdictionId=${f.ids.jurisdiction}` }),
    expect: READ,
  },
  'GET /api/land-flags': {
    request: (f) => ({ path: `/api/land-flags?jurisdictionId=${f.ids.jurisdiction}` }),
    expect: READ,
  },
  'GET /api/leases/expiring': { request: () => ({ path: '/api/leases/expiring?months=6' }), expect: READ },
  'POST /api/filings/import': {
    // CSV text is accepted beside .xlsx, so the table's JSON-or-text client can send it.
    request: (f) => ({
      path: '/api/filings/import',
      body: `企业编号,年度,税收,增加值,营业收入,综合能耗,主要污染物排放,研发经费,从业人员\n${f.ids.enterprise},2019,1,1,1,1,1,1,1\n`,
    }),
    expect: WRITE_OWN,
  },
  'GET /api/efficiency/reviews': { request: () => ({ path: '/api/efficiency/reviews' }), expect: READ },
  'POST /api/efficiency/reviews': {
    request: (f) => ({ path: '/api/efficiency/reviews', body: { jurisdictionId: f.ids.jurisdiction, year: YEAR - 1 } }),
    expect: WRITE_OWN,
  },
  'GET /api/efficiency/reviews/:id': {
    request: async (f) => ({ path: `/api/efficiency/reviews/${await reviewId(f)}` }),
    expect: READ,
  },
  'GET /api/efficiency/reviews/:id/export.xlsx': {
    request: async (f) => ({ path: `/api/efficiency/reviews/${await reviewId(f)}/export.xlsx` }),
    expect: READ,
  },
  'GET /api/efficiency/tiers/:jurisdictionId': {
    request: (f) => ({ path: `/api/efficiency/tiers/${f.ids.jurisdiction}` }),
    expect: READ,
  },
  'PUT /api/efficiency/tiers/:jurisdictionId': {
    request: async (f) => {
      const cur = await (await f.admin.get(`/api/efficiency/tiers/${f.ids.jurisdiction}`)).json();
      return { path: `/api/efficiency/tiers/${f.ids.jurisdiction}`, body: { version: cur.version, tiers: cur.tiers } };
    },
    expect: WRITE_OWN,
  },
  'GET /api/packages': { request: (f) => ({ path: `/api/packages?projectId=${f.ids.project}` }), expect: NOT_VIEWER },
  'GET /api/packages/templates': {
    request: (f) => ({ path: `/api/packages/templates?projectId=${f.ids.project}` }),
    expect: NOT_VIEWER,
  },
  'POST /api/packages': {
    request: async (f) => ({
      path: '/api/packages',
      body: {
        projectId: (await f.fresh('project')).id,
        name: '设备补贴',
        components: { equipmentSubsidy: { amountWan: 100, year: 1 } },
      },
    }),
    expect: WRITE_OWN,
  },
  'GET /api/packages/:id': {
    request: async (f) => {
      const res = await f.admin.send('POST', '/api/packages', {
        projectId: f.ids.project,
        name: '补贴',
        components: { equipmentSubsidy: { amountWan: 100, year: 1 } },
      });
      return { path: `/api/packages/${(await res.json()).id}` };
    },
    expect: NOT_VIEWER,
  },
  'PATCH /api/packages/:id': {
    request: async (f) => {
      const res = await f.admin.send('POST', '/api/packages', {
        projectId: f.ids.project,
        name: '补贴',
        components: { equipmentSubsidy: { amountWan: 100, year: 1 } },
      });
      const pkg = await res.json();
      return { path: `/api/packages/${pkg.id}`, body: { name: '补贴二', version: pkg.version } };
    },
    expect: WRITE_OWN,
  },
  'DELETE /api/packages/:id': {
    request: async (f) => {
      const res = await f.admin.send('POST', '/api/packages', {
        projectId: f.ids.project,
        name: '补贴',
        components: { equipmentSubsidy: { amountWan: 100, year: 1 } },
      });
      return { path: `/api/packages/${(await res.json()).id}` };
    },
    expect: WRITE_OWN,
  },
  'GET /api/config/map': { request: () => ({ path: '/api/config/map' }), expect: READ },
  'GET /api/map/grades/:id': { request: (f) => ({ path: `/api/map/grades/${f.ids.enterprise}` }), expect: READ },
  'GET /api/map/search': { request: () => ({ path: '/api/map/search?q=A' }), expect: READ },

  'GET /api/scenarios': { request: () => ({ path: '/api/scenarios' }), expect: READ },
  'GET /api/scenarios/defaults': { request: () => ({ path: '/api/scenarios/defaults' }), expect: READ },
  'GET /api/scenarios/compare': {
    request: async (f) => ({
      path: `/api/scenarios/compare?ids=${(await f.scenario(true)).id},${(await f.scenario(true)).id}`,
    }),
    expect: READ,
  },
  'POST /api/scenarios': {
    request: (f) => ({ path: '/api/scenarios', body: { name: `S${uniq()}`, jurisdictionIds: [f.ids.jurisdiction] } }),
    expect: WRITE_OWN,
  },
  'GET /api/scenarios/:id': {
    request: async (f) => ({ path: `/api/scenarios/${(await f.scenario(false)).id}` }),
    expect: READ,
  },
  'PATCH /api/scenarios/:id': {
    request: async (f) => {
      const s = await f.scenario(false);
      return { path: `/api/scenarios/${s.id}`, body: { levers: { minPlacementValueWan: 10 }, version: s.version } };
    },
    expect: WRITE_OWN,
  },
  'DELETE /api/scenarios/:id': {
    request: async (f) => ({ path: `/api/scenarios/${(await f.scenario(false)).id}` }),
    expect: WRITE_OWN,
  },
  'POST /api/scenarios/:id/duplicate': {
    request: async (f) => ({ path: `/api/scenarios/${(await f.scenario(false)).id}/duplicate` }),
    expect: WRITE_OWN,
  },
  'POST /api/scenarios/:id/solve': {
    request: async (f) => ({ path: `/api/scenarios/${(await f.scenario(false)).id}/solve` }),
    expect: WRITE_OWN,
  },
  'POST /api/scenarios/:id/focus': {
    request: async (f) => ({
      path: `/api/scenarios/${(await f.scenario(false)).id}/focus`,
      body: { thetas: [0.5, 0.9] },
    }),
    expect: WRITE_OWN,
  },
  'POST /api/scenarios/:id/commit': {
    request: async (f) => {
      const s = await f.scenario(true);
      return { path: `/api/scenarios/${s.id}/commit`, body: { version: s.version } };
    },
    expect: WRITE_OWN,
  },
  'GET /api/scenarios/:id/export.xlsx': {
    request: async (f) => ({ path: `/api/scenarios/${(await f.scenario(true)).id}/export.xlsx` }),
    expect: NOT_VIEWER,
  },
  'GET /api/solve-jobs/:jobId': {
    request: async (f) => ({ path: `/api/solve-jobs/${await f.jobId()}` }),
    expect: READ,
  },
  'POST /api/solve-jobs/:jobId/cancel': {
    request: async (f) => ({ path: `/api/solve-jobs/${await f.jobId()}/cancel` }),
    expect: WRITE_OWN,
  },
};
