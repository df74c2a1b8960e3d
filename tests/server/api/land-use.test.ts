import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import type { Plot } from '../../../shared/types/park';
import type { PlotLandUse } from '../../../server/services/land-use.service';

let t: TestApp;
let admin: Client;
let occupied: Plot;
let vacant: Plot;

const getPlot = async (id: number): Promise<Plot> => (await admin.get(`/api/plots/${id}`)).json();
const landUse = async (id: number): Promise<PlotLandUse> => (await admin.get(`/api/plots/${id}/land-use`)).json();

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const plots: { items: Plot[] } = await (await admin.get('/api/plots?status=occupied&limit=200')).json();
  occupied = plots.items.find((p) => p.enterpriseId !== null && p.indicators?.actual.far != null)!;
  const free: { items: Plot[] } = await (await admin.get('/api/plots?status=vacant&limit=5')).json();
  vacant = free.items[0];
});
afterAll(() => t.close());

describe('GET /api/plots/:id/land-use', () => {
  it('when a seeded occupied plot is read, then planned and actual indicators obey every national limit', async () => {
    const lu = await landUse(occupied.id);
    expect(lu.context.gbtGroup).not.toBeNull();
    expect(lu.limits.minBuildingCoefficient).toBe(0.3);
    expect(lu.limits.regionClass).toBeGreaterThanOrEqual(4);
    expect(lu.indicators.actual.far).toBeGreaterThanOrEqual(lu.limits.minFar!);
    expect(lu.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it(
    'when 60 seeded plots with a plan are read over HTTP, then none has an ' +
      'error finding (all: tests/server/seed/compliance.test.ts)',
    async () => {
      const all: Plot[] = [];
      for (let offset = 0; ; offset += 500) {
        const page: { items: Plot[]; total: number } = await (
          await admin.get(`/api/plots?limit=500&offset=${offset}`)
        ).json();
        all.push(...page.items);
        if (all.length >= page.total) break;
      }
      const withPlan = all.filter((p) => p.indicators?.planned.far != null);
      expect(withPlan.length).toBeGreaterThan(200);
      for (const p of withPlan.slice(0, 60)) {
        const lu = await landUse(p.id);
        expect([p.code, lu.findings.filter((f) => f.severity === 'error')]).toEqual([p.code, []]);
      }
    },
  );
  it('when the plot does not exist, then 404 JSON', async () => {
    const res = await admin.get('/api/plots/999999/land-use');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});

describe('PATCH /api/plots/:id indicators', () => {
  it(
    'when a planned green share of 25% is entered, then 422 naming the ' + 'field and 24号, and nothing changes',
    async () => {
      const before = await getPlot(vacant.id);
      const res = await admin.send('PATCH', `/api/plots/${vacant.id}`, {
        indicators: { planned: { greenShare: 0.25, buildingCoefficient: 0.4 } },
        version: before.version,
      });
      expect(res.status).toBe(422);
      const body = await res.json();
      expect(body.error.code).toBe('LAND_USE_RULE');
      expect(body.error.details.field).toBe('indicators.planned.greenShare');
      expect(body.error.message).toContain('国土资发〔2008〕24号） 第四条第（五）项');
      const after = await getPlot(vacant.id);
      expect(after.version).toBe(before.version);
      expect(after.indicators ?? null).toEqual(before.indicators ?? null);
    },
  );
  it('when a lawful plan is entered, then it is stored with unset values null', async () => {
    const before = await getPlot(vacant.id);
    const res = await admin.send('PATCH', `/api/plots/${vacant.id}`, {
      indicators: { planned: { buildingCoefficient: 0.42, greenShare: 0.12, adminShare: 0.06 } },
      version: before.version,
    });
    expect(res.status).toBe(200);
    const p: Plot = await res.json();
    expect(p.indicators!.planned).toEqual({
      far: null,
      buildingCoefficient: 0.42,
      adminShare: 0.06,
      greenShare: 0.12,
      investmentWanPerMu: null,
    });
    expect((await landUse(vacant.id)).findings).toEqual([]);
  });
  it('when an as-built admin share of 9% is recorded, then it is stored and shown as an error finding', async () => {
    const before = await getPlot(occupied.id);
    const res = await admin.send('PATCH', `/api/plots/${occupied.id}`, {
      indicators: { planned: before.indicators!.planned, actual: { ...before.indicators!.actual, adminShare: 0.09 } },
      version: before.version,
    });
    expect(res.status).toBe(200);
    const lu = await landUse(occupied.id);
    expect(lu.findings.map((f) => [f.field, f.code, f.severity])).toEqual([
      ['actual.adminShare', 'admin_share_above_max', 'error'],
    ]);
  });
  it('when an indicator is not a number, then 400 naming it', async () => {
    const before = await getPlot(vacant.id);
    const res = await admin.send('PATCH', `/api/plots/${vacant.id}`, {
      indicators: { planned: { far: 'high' } },
      version: before.version,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('indicators.planned.far');
  });
});
