import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Client;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

beforeAll(async () => {
  t = await startTestApp({ env: { SOLVER_TIME_LIMIT_S: '30' } });
  admin = await t.login('admin');
}, 60_000);
afterAll(() => t.close());

async function solved(body: object): Promise<Json> {
  const s = await (await admin.send('POST', '/api/scenarios', body)).json();
  const job = await (await admin.send('POST', `/api/scenarios/${s.id}/solve`)).json();
  const done = await t.jobs.settle(job.id);
  expect(done.status, JSON.stringify(done.error)).toBe('done');
  return (await (await admin.get(`/api/scenarios/${s.id}`)).json()).result;
}

describe('腾笼换鸟: a flagged idle plot offered to a scenario', () => {
  it(
    'when a dominant-chain project needs it, then the engine uses it and ' +
      'the plan shows the recovery cost and delay',
    async () => {
      const flags: Json[] = await (await admin.get('/api/land-flags')).json();
      const parks = new Map<number, Json>();
      for (const f of flags.filter((x) => x.stage === 'idle_recover'))
        if (!parks.has(f.parkId)) parks.set(f.parkId, await (await admin.get(`/api/parks/${f.parkId}`)).json());
      const flag = flags.find((f) => f.stage === 'idle_recover' && parks.get(f.parkId)?.dominantChainIds.length)!;
      expect(flag).toBeDefined();
      const park = parks.get(flag.parkId)!;
      const industries: Json[] = await (await admin.get('/api/industries')).json();
      const industry = industries.find((i) => park.dominantChainIds.includes(i.chainId))!;
      const need = Math.floor(flag.areaMu * 0.9 * 100) / 100;
      const project: Json = await (
        await admin.send('POST', '/api/projects', {
          name: '链主配套项目',
          investor: '示例投资方',
          industryId: industry.id,
          investmentWan: need * 2000,
          landNeedMu: need,
          outputWan: need * 400,
          taxWan: need * 60,
          jobs: 200,
          pollutionClass: 'M1',
          jurisdictionId: flag.jurisdictionId,
        })
      ).json();
      // Only this project, and no vacant plot of the county: the flagged land is all it could use.
      const others: Json[] = (await (await admin.get('/api/projects?limit=5000')).json()).items;
      const vacant: Json[] = (await (await admin.get('/api/plots?status=vacant&limit=5000')).json()).items;
      const base = {
        jurisdictionIds: [flag.jurisdictionId],
        exclusions: [
          ...others.filter((p) => p.id !== project.id).map((p) => ({ projectId: p.id })),
          ...vacant.map((p) => ({ siteId: `plot:${p.id}` })),
        ],
      };
      const without = await solved({ ...base, name: '不收回' });
      expect(without.allocations.some((a: Json) => a.projectId === project.id)).toBe(false);

      const result = await solved({ ...base, name: '腾笼换鸟', levers: { recoverFlagged: true } });
      const a = result.allocations.find((x: Json) => x.projectId === project.id);
      expect(a).toBeDefined();
      const used = flags.find((f) => `plot:${f.plotId}` === a.siteId)!;
      expect(used.recoverable).toBe(true);
      expect(a.breakdown.recoveryCostWan).toBeCloseTo(used.recoveryCostWan, 6);
      expect(a.breakdown.recoveryDelayYears).toBe(used.recoveryDelayYears);
      expect(result.verified).toBe(true);
    },
    120_000,
  );
});
