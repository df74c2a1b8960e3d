import type { Fixture, Request } from './access-cases';

/**
 * References a write body carries (issue 15 #3): every write that names a project, enterprise or plot
 * is tried by editorA (county 2) with county 3's object (403 naming the field, nothing written) and
 * with county 2's own (2xx), so the case itself is a valid request. No write body names a unit: units
 * are reached by their path, which the access table covers.
 */
export interface Refs {
  project: number;
  enterprise: number;
  plot: number;
}
export interface RefCase {
  method: 'POST' | 'PATCH';
  field: 'projectId' | 'enterpriseId' | 'plotId';
  request(f: Fixture, refs: Refs): Promise<Request> | Request;
}

const square = (lon: number, lat: number, d = 0.0002) => ({
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
const building = (parkId: number, plotId: number) => ({
  parkId,
  plotId,
  code: `RB-${++n}`,
  name: '厂房',
  footprint: square(0, 0),
  floors: 1,
  floorAreaM2: 1000,
  ceilingHeightM: 8,
  floorLoadKnPerM2: 10,
  rentYuanPerM2Month: 8,
});

export const REF_CASES: Record<string, RefCase> = {
  'POST /api/plots with projectId': {
    method: 'POST',
    field: 'projectId',
    request: async (f, r) => {
      const p = await f.fresh('plot');
      await f.admin.send('DELETE', `/api/plots/${p.id}`);
      return {
        path: '/api/plots',
        body: {
          parkId: p.parkId,
          code: `RP-${++n}`,
          polygon: p.polygon,
          landUse: 'M1',
          status: 'reserved',
          projectId: r.project,
        },
      };
    },
  },
  'POST /api/plots with enterpriseId': {
    method: 'POST',
    field: 'enterpriseId',
    request: async (f, r) => {
      const p = await f.fresh('plot');
      await f.admin.send('DELETE', `/api/plots/${p.id}`);
      return {
        path: '/api/plots',
        body: {
          parkId: p.parkId,
          code: `RE-${++n}`,
          polygon: p.polygon,
          landUse: 'M1',
          status: 'occupied',
          enterpriseId: r.enterprise,
        },
      };
    },
  },
  'PATCH /api/plots/:id with projectId': {
    method: 'PATCH',
    field: 'projectId',
    request: async (f, r) => {
      const p = await f.fresh('plot');
      return { path: `/api/plots/${p.id}`, body: { status: 'reserved', projectId: r.project, version: p.version } };
    },
  },
  'PATCH /api/plots/:id with enterpriseId': {
    method: 'PATCH',
    field: 'enterpriseId',
    request: async (f, r) => {
      const p = await f.fresh('plot');
      return {
        path: `/api/plots/${p.id}`,
        body: { status: 'occupied', enterpriseId: r.enterprise, version: p.version },
      };
    },
  },
  'POST /api/buildings with plotId': {
    method: 'POST',
    field: 'plotId',
    request: (f, r) => ({ path: '/api/buildings', body: building(f.ids.park, r.plot) }),
  },
  'PATCH /api/buildings/:id with plotId': {
    method: 'PATCH',
    field: 'plotId',
    request: async (f, r) => {
      const b = await f.fresh('building');
      return { path: `/api/buildings/${b.id}`, body: { plotId: r.plot, version: b.version } };
    },
  },
  'POST /api/buildings/:id/units with projectId': {
    method: 'POST',
    field: 'projectId',
    request: (f, r) => ({
      path: `/api/buildings/${f.ids.building}/units`,
      body: { code: `RU-${++n}`, floor: 1, areaM2: 100, status: 'reserved', projectId: r.project },
    }),
  },
  'POST /api/buildings/:id/units with enterpriseId': {
    method: 'POST',
    field: 'enterpriseId',
    request: (f, r) => ({
      path: `/api/buildings/${f.ids.building}/units`,
      body: { code: `RU-${++n}`, floor: 1, areaM2: 100, status: 'leased', enterpriseId: r.enterprise },
    }),
  },
  'PATCH /api/units/:id with projectId': {
    method: 'PATCH',
    field: 'projectId',
    request: async (f, r) => {
      const u = await f.fresh('unit');
      return { path: `/api/units/${u.id}`, body: { status: 'reserved', projectId: r.project, version: u.version } };
    },
  },
  'PATCH /api/units/:id with enterpriseId': {
    method: 'PATCH',
    field: 'enterpriseId',
    request: async (f, r) => {
      const u = await f.fresh('unit');
      return { path: `/api/units/${u.id}`, body: { status: 'leased', enterpriseId: r.enterprise, version: u.version } };
    },
  },
  'POST /api/packages with projectId': {
    method: 'POST',
    field: 'projectId',
    request: (_f, r) => ({
      path: '/api/packages',
      body: { projectId: r.project, name: '设备补贴', components: { equipmentSubsidy: { amountWan: 100, year: 1 } } },
    }),
  },
  'POST /api/projects/:id/land with plotId': {
    method: 'POST',
    field: 'plotId',
    request: async (f, r) => {
      const p = await f.fresh('project');
      await f.admin.send('PATCH', `/api/projects/${p.id}`, { stage: 'signed', version: p.version });
      return { path: `/api/projects/${p.id}/land`, body: { plotId: r.plot } };
    },
  },
};
