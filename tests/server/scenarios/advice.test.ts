import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveScenarioViaApi } from '../support/solve';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { comparePackages, financeSettings } from '../../../shared/incentives';
import { SCENARIO_DEFAULT_LEVERS } from '../../../shared/schemas/scenario';
import type { AllocationResult } from '../../../shared/allocation/types';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
}, 60_000);
afterAll(() => t.close());

const solve = (id: number) => solveScenarioViaApi(t, admin, id);

describe('allocation advice a bureau can act on', () => {
  it(
    'when a county scenario is re-solved after pinning three of its own ' +
      'pairs, then the plan keeps its value and says it started from the ' +
      'previous one',
    async () => {
      const s0 = await (await admin.send('POST', '/api/scenarios', { name: 'pins kept', jurisdictionIds: [5] })).json();
      const first = await solve(s0.id);
      const r1: AllocationResult = first.result;
      expect(r1.allocations.length).toBeGreaterThanOrEqual(3);
      const picks = [r1.allocations[0], r1.allocations[Math.floor(r1.allocations.length / 2)], r1.allocations.at(-1)!];
      const pins = picks.map((a) => ({
        projectId: a.projectId,
        siteId: a.siteId,
        packageId: a.packageId ?? undefined,
      }));
      const patched = await admin.send('PATCH', `/api/scenarios/${s0.id}`, { pins, version: first.version });
      expect(patched.status).toBe(200);
      const second = await solve(s0.id);
      const r2: AllocationResult = second.result;
      expect(r2.verified).toBe(true);
      expect(r2.objective).toBeGreaterThanOrEqual(r1.objective - 1e-6 * Math.abs(r1.objective));
      expect(r2.warnings).toContainEqual({ code: 'start_kept', params: { kept: r1.allocations.length } });
      for (const a of picks)
        expect(r2.allocations).toContainEqual(expect.objectContaining({ projectId: a.projectId, siteId: a.siteId }));
      expect(r2.bound).toBeGreaterThanOrEqual(r2.objective - 1e-6 * Math.abs(r2.objective));
    },
    120_000,
  );

  it(
    'when a placement carries a package, then its cost is the incentive ' +
      "comparison's figure for that project and package, and the investor is " +
      'not worse off',
    async () => {
      const s0 = await (await admin.send('POST', '/api/scenarios', { name: 'one price', jurisdictionIds: [2] })).json();
      const r: AllocationResult = (await solve(s0.id)).result;
      const withPackage = r.allocations.filter((a) => a.packageId != null);
      expect(withPackage.length).toBeGreaterThan(0);
      const jurisdictions: Array<{ id: number; retainedShareVat: number; retainedShareCit: number }> = await (
        await admin.get('/api/jurisdictions')
      ).json();
      for (const a of withPackage.slice(0, 5)) {
        const project = await (await admin.get(`/api/projects/${a.projectId}`)).json();
        const pkg = await (await admin.get(`/api/packages/${a.packageId}`)).json();
        const settings = financeSettings(
          jurisdictions.find((j) => j.id === project.jurisdictionId),
          { horizonYears: SCENARIO_DEFAULT_LEVERS.horizonYears, discountRate: SCENARIO_DEFAULT_LEVERS.discountRate },
        );
        const [screen] = comparePackages({
          packages: [{ name: pkg.name, nameEn: pkg.nameEn ?? null, components: pkg.components }],
          project,
          settings,
        });
        expect(a.breakdown.packageCostWan).toBeCloseTo(screen.metrics.incentivePvWan, 6);
        expect(a.investorValueWan).toBeCloseTo(screen.metrics.investorPvSavingWan, 6);
        if (project.stage !== 'signed') expect(a.investorValueWan!).toBeGreaterThanOrEqual(0);
        if ((pkg.components.equity?.amountWan ?? 0) > 0) expect(a.breakdown.packageCostWan).toBeGreaterThan(0);
      }
    },
    120_000,
  );
  it(
    'when the whole city is solved, then signed projects without space are ' +
      'a shortfall report, the rest is a verified plan that commits',
    async () => {
      const s0 = await (await admin.send('POST', '/api/scenarios', { name: 'whole city', jurisdictionIds: [] })).json();
      const s = await solve(s0.id);
      const r: AllocationResult = s.result;
      expect(r.status).not.toBe('infeasible');
      expect(r.verified).toBe(true);
      expect(r.bound).toBeGreaterThanOrEqual(r.objective - 1e-6 * Math.abs(r.objective));
      // Every signed project is placed or listed in the shortfall with a reason naming what is missing.
      const projects: Array<{ id: number; stage: string }> = await t.db.read.query('SELECT id, stage FROM project');
      const placed = new Set(r.allocations.map((a) => a.projectId));
      const short = new Set((r.shortfall ?? []).map((x) => x.projectId));
      const scoped = new Set([...placed, ...r.leftOut.map((l) => l.projectId), ...short]);
      for (const p of projects.filter((p) => p.stage === 'signed' && scoped.has(p.id)))
        expect(placed.has(p.id) || short.has(p.id)).toBe(true);
      if (short.size) {
        expect(r.partial).toBe(true);
        expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'plan_partial' }));
        for (const x of r.shortfall!) expect(x.message.code).toMatch(/^shortfall_/);
      }
      // No English sentence anywhere in what the screen words: warnings and reasons are typed.
      for (const w of r.warnings) expect(typeof w).toBe('object');
      for (const l of r.leftOut) expect(l.message?.code).toMatch(/^lo_/);
      const commit = await admin.send('POST', `/api/scenarios/${s0.id}/commit`, { version: s.version });
      expect(commit.status).toBe(200);
      // What the confirmation counts is what the commit reports: one project per plot, tenants by building.
      const out = await commit.json();
      const inPlots = r.allocations.filter((a) => a.siteKind === 'plot');
      expect(new Set(inPlots.map((a) => a.siteId)).size).toBe(inPlots.length);
      expect(out.plotsReserved).toBe(inPlots.length);
      expect(out.tenants).toBe(r.allocations.length - inPlots.length);
      // Every placed project's history names the scenario, and who committed it.
      const a = r.allocations[0];
      const history: Array<{ action: string; username: string | null; after: { scenarioName?: string } }> = await (
        await admin.get(`/api/projects/${a.projectId}/history`)
      ).json();
      const event = history.find((e) => e.action === 'commit');
      expect(event?.after.scenarioName).toBe('whole city');
      expect(event?.username).toBe('admin');
    },
    180_000,
  );
});
