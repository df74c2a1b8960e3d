import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import type { SolveJob } from '../../../shared/types/solve-job';

let t: TestApp;
let admin: Client;
let viewer: Client;
beforeAll(async () => {
  // Short points keep the test quick; the curve must still hold only verified solves.
  t = await startTestApp({ env: { SOLVER_FOCUS_POINT_S: '8' } });
  admin = await t.login('admin');
  viewer = await t.login('viewer');
}, 60_000);
afterAll(() => t.close());

async function solvedScenario(name: string, jurisdictionIds: number[]) {
  const s = await (await admin.send('POST', '/api/scenarios', { name, jurisdictionIds })).json();
  const job = await (await admin.send('POST', `/api/scenarios/${s.id}/solve`)).json();
  const done = await t.jobs.settle(job.id);
  if (done.status !== 'done') throw new Error(JSON.stringify(done.error));
  return (await admin.get(`/api/scenarios/${s.id}`)).json();
}

describe('POST /api/scenarios/:id/focus (the price of focus)', () => {
  it(
    'when a solved county scenario asks for the curve, then each θ is a ' +
      'verified solve whose value never rises with θ, and the scenario is ' +
      'left as it was',
    async () => {
      const s = await solvedScenario('focus curve', [2]);
      const res = await admin.send('POST', `/api/scenarios/${s.id}/focus`, { thetas: [0.9, 0.5, 0.7] });
      expect(res.status).toBe(202);
      const started: SolveJob = await res.json();
      expect(started.kind).toBe('focus');
      expect(started.focus).toEqual({ thetas: [0.5, 0.7, 0.9], points: [] });
      const settled = await t.jobs.settle(started.id, 120_000);
      expect(settled.status).toBe('done');
      const job: SolveJob = await (await admin.get(`/api/solve-jobs/${started.id}`)).json();
      const pts = job.focus!.points;
      expect(pts.map((p) => p.theta)).toEqual([0.5, 0.7, 0.9]);
      for (const p of pts) {
        expect(p.status).toBe('verified');
        expect(p.bound!).toBeGreaterThanOrEqual(p.objective! - 1e-6 * Math.abs(p.objective!));
        expect(p.projectsPlaced).toBeGreaterThan(0);
        expect(p.focusShare!).toBeGreaterThanOrEqual(p.theta - 1e-9);
        expect(p.elapsedMs).toBeLessThanOrEqual(8_000);
      }
      for (let i = 1; i < pts.length; i++) expect(pts[i].objective!).toBeLessThanOrEqual(pts[i - 1].objective! + 1e-6);
      // The scenario's own result and levers are untouched: a curve is advice, not a re-solve.
      const after = await (await admin.get(`/api/scenarios/${s.id}`)).json();
      expect(after.version).toBe(s.version);
      expect(after.result.objective).toBe(s.result.objective);
      expect(after.levers).toEqual(s.levers);
    },
    180_000,
  );

  it('when the θ values are out of range or too many, then 400 names the field', async () => {
    const s = await (await admin.send('POST', '/api/scenarios', { name: 'focus bad', jurisdictionIds: [5] })).json();
    const out = await admin.send('POST', `/api/scenarios/${s.id}/focus`, { thetas: [0.5, 1.5] });
    expect(out.status).toBe(400);
    expect((await out.json()).error.message).toMatch(/^thetas\.1: .*0 to 1/);
    const many = await admin.send('POST', `/api/scenarios/${s.id}/focus`, {
      thetas: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
    });
    expect(many.status).toBe(400);
    expect((await many.json()).error.message).toMatch(/^thetas: at most eight/);
    const extra = await admin.send('POST', `/api/scenarios/${s.id}/focus`, { theta: 0.5 });
    expect(extra.status).toBe(400);
  });

  it(
    'when a viewer asks for the curve, then 403; when a running curve is ' + 'cancelled, then its job says so',
    async () => {
      const s = await (
        await admin.send('POST', '/api/scenarios', { name: 'focus cancel', jurisdictionIds: [5] })
      ).json();
      expect((await viewer.send('POST', `/api/scenarios/${s.id}/focus`, {})).status).toBe(403);
      const job: SolveJob = await (await admin.send('POST', `/api/scenarios/${s.id}/focus`, {})).json();
      const again = await admin.send('POST', `/api/scenarios/${s.id}/focus`, {});
      expect(again.status).toBe(409);
      expect((await again.json()).error.details.jobId).toBe(job.id);
      await admin.send('POST', `/api/solve-jobs/${job.id}/cancel`);
      const end = await t.jobs.settle(job.id, 60_000);
      expect(end.status).toBe('cancelled');
      expect(end.focus!.points.length).toBeLessThan(6);
    },
    120_000,
  );
});
