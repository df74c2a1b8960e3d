import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { loadCityState } from '../../../server/services/city-state.service';
import { buildScenarioFile, type CityState } from '../../../shared/scenarios/build-file';
import { DEFAULT_LEVERS } from '../../../shared/schemas/scenario-file';
import { checkCompliance, financeSettings, landFloorWanPerMu } from '../../../shared/incentives';
import { checkPlotIndicators, EMPTY_INDICATORS } from '../../../shared/land-use';
import { generateDemoCity } from '../../../server/db/seed/generate';
import type { Park } from '../../../shared/types/park';
import type { IncentivePackage } from '../../../shared/types/incentive-package';

let t: TestApp;
let admin: Client;
let city: CityState;

beforeAll(async () => {
  t = await startTestApp({ env: { SOLVER_TIME_LIMIT_S: '60' } });
  admin = await t.login('admin');
  city = await loadCityState(t.db.read);
}, 120_000);
afterAll(() => t.close());

const errorsOf = (k: IncentivePackage, park: Park, plannedFar: number | null = null) => {
  const project = city.projects.find((p) => p.id === k.projectId)!;
  const gbtGroup = city.industries.find((i) => i.id === project.industryId)?.gbtGroup ?? null;
  const j = city.jurisdictions.find((x) => x.id === project.jurisdictionId);
  return checkCompliance({
    components: k.components,
    project,
    park,
    gbtGroup,
    plannedFar,
    settings: financeSettings(j),
  })
    .filter((w) => w.severity === 'error')
    .map((w) => `${k.id} ${k.name} @ ${park.name}: ${w.code}`);
};

describe('the seeded demo obeys the rules catalogue', () => {
  it('every park lists its land at or above its grade floor (国土资发〔2006〕307号)', () => {
    expect(city.parks.length).toBeGreaterThanOrEqual(8);
    for (const p of city.parks)
      expect(p.listedLandPriceWanPerMu).toBeGreaterThanOrEqual(landFloorWanPerMu(p.landGrade)!);
  });

  it('every seeded package has zero compliance errors in every park the scenario engine may place it', () => {
    const { file } = buildScenarioFile(
      { name: 'all', jurisdictionIds: [], levers: DEFAULT_LEVERS, pins: [], exclusions: [] },
      city,
    );
    const parkById = new Map(city.parks.map((p) => [p.id, p]));
    const errors: string[] = [];
    let checked = 0;
    for (const p of file.projects)
      for (const fk of p.packages) {
        const k = city.packages.find((x) => x.id === fk.id)!;
        for (const parkId of fk.parkIds ?? p.allowedParkIds ?? []) {
          errors.push(...errorsOf(k, parkById.get(parkId)!));
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(300);
    expect(errors).toEqual([]);
  });

  it('every package of a landed project has zero errors in the park of the plot it holds', () => {
    const landed = city.projects.filter((p) => p.stage === 'landed');
    const errors: string[] = [];
    let checked = 0;
    for (const k of city.packages) {
      const project = landed.find((p) => p.id === k.projectId);
      if (!project) continue;
      const plot = city.plots.find((x) => x.projectId === project.id);
      const park =
        city.parks.find((x) => x.id === (plot?.parkId ?? -1)) ??
        city.parks.find((x) => x.jurisdictionId === project.jurisdictionId)!;
      errors.push(...errorsOf(k, park, plot?.indicators?.planned.far ?? null));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  it('a whole-city solve places every package lawfully in its park, with the plot plan FAR checked too', async () => {
    const res = await admin.send('POST', '/api/scenarios', { name: '合规检查', jurisdictionIds: [] });
    expect(res.status).toBe(201);
    const scenario = await res.json();
    const job = await (await admin.send('POST', `/api/scenarios/${scenario.id}/solve`)).json();
    let status = 'running';
    for (let i = 0; i < 1200 && status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await (await admin.get(`/api/solve-jobs/${job.id}`)).json()).status;
    }
    expect(status).toBe('done');
    const solved = await (await admin.get(`/api/scenarios/${scenario.id}`)).json();
    const allocations: Array<{ projectId: number; siteId: string; parkId: number; packageId: number | null }> =
      solved.result.allocations;
    expect(allocations.length).toBeGreaterThan(20);
    const errors: string[] = [];
    for (const a of allocations) {
      if (a.packageId === null) continue;
      const k = city.packages.find((x) => x.id === a.packageId)!;
      const plot = a.siteId.startsWith('plot:') ? city.plots.find((p) => `plot:${p.id}` === a.siteId) : undefined;
      errors.push(
        ...errorsOf(
          k,
          city.parks.find((p) => p.id === a.parkId)!,
          plot?.indicators?.planned.far ?? null,
        ),
      );
    }
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('seeded plot indicators obey 国土资发〔2008〕24号 (seeds 42, 7, 2026)', () => {
  it.each([42, 7, 2026])('seed %i: no plot has an error finding, and most used plots have a plan', (seed) => {
    const c = generateDemoCity(seed, 2026);
    const park = new Map(c.parks.map((p) => [p.id, p]));
    const group = new Map(c.industries.map((i) => [i.id, i.gbtGroup]));
    const ent = new Map(c.enterprises.map((e) => [e.id, e]));
    const proj = new Map(c.projects.map((p) => [p.id, p]));
    const errors: string[] = [];
    let planned = 0;
    for (const plot of c.plots) {
      const ind = plot.indicators ?? { planned: EMPTY_INDICATORS, actual: EMPTY_INDICATORS };
      if (ind.planned.far !== null) planned++;
      const industryId =
        (plot.enterpriseId && ent.get(plot.enterpriseId)?.industryId) ||
        (plot.projectId && proj.get(plot.projectId)?.industryId) ||
        null;
      const found = checkPlotIndicators(ind, {
        landGrade: park.get(plot.parkId)!.landGrade,
        gbtGroup: industryId ? (group.get(industryId) ?? null) : null,
      });
      for (const f of found) if (f.severity === 'error') errors.push(`${plot.code} ${f.field} ${f.code}`);
    }
    expect(planned).toBeGreaterThan(250);
    expect(errors).toEqual([]);
  });
});
