import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveScenarioViaApi } from '../support/solve';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import type { AllocationResult } from '../../../shared/allocation/types';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
}, 60_000);
afterAll(() => t.close());

const solve = (id: number) => solveScenarioViaApi(t, admin, id);

describe('a scenario whose pins name space that is gone', () => {
  it(
    'when a pinned plot is reserved elsewhere and a pinned project is ' +
      'deleted, then the solve still ends verified, saying which pins no ' +
      'longer apply',
    async () => {
      const s0 = await (
        await admin.send('POST', '/api/scenarios', { name: 'stale pins', jurisdictionIds: [5] })
      ).json();
      const first = await solve(s0.id);
      const r1: AllocationResult = first.result;
      const onPlot = r1.allocations.find((a) => a.siteKind === 'plot')!;
      const plotId = Number(onPlot.siteId.split(':')[1]);
      // A throwaway project of the county, pinned and then deleted.
      const proj = await (await admin.get(`/api/projects?jurisdictionId=5&pageSize=200`)).json();
      const spare = proj.items.find(
        (p: { id: number; stage: string }) => p.stage !== 'signed' && !r1.allocations.some((a) => a.projectId === p.id),
      );
      const pins = [
        { projectId: onPlot.projectId, siteId: onPlot.siteId },
        ...(spare ? [{ projectId: spare.id }] : []),
      ];
      expect((await admin.send('PATCH', `/api/scenarios/${s0.id}`, { pins, version: first.version })).status).toBe(200);
      // The plot is taken by someone else after the pin was set.
      const plot = await (await admin.get(`/api/plots/${plotId}`)).json();
      const taken = await admin.send('PATCH', `/api/plots/${plotId}`, { status: 'reserved', version: plot.version });
      expect(taken.status).toBe(200);
      expect((await admin.send('DELETE', `/api/projects/${spare.id}`)).status).toBe(204);

      const second = await solve(s0.id);
      const r2: AllocationResult = second.result;
      expect(second.status).toBe('solved');
      expect(r2.verified).toBe(true);
      expect(r2.warnings).toContainEqual({
        code: 'pin_stale',
        params: { projectId: onPlot.projectId, siteId: onPlot.siteId, packageId: null, reason: 'site_gone' },
      });
      expect(r2.warnings).toContainEqual({
        code: 'pin_stale',
        params: { projectId: spare.id, siteId: null, packageId: null, reason: 'project_gone' },
      });
      expect(r2.allocations.some((a) => a.siteId === onPlot.siteId)).toBe(false);
      // The price-of-focus curve reads the same file: it runs too.
      const focus = await (await admin.send('POST', `/api/scenarios/${s0.id}/focus`, { thetas: [0.5, 0.9] })).json();
      expect((await t.jobs.settle(focus.id, 60_000)).status).toBe('done');
    },
    180_000,
  );
});
