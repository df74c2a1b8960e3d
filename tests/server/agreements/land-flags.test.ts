import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';
import { monthsBetween } from '../../../shared/agreements';

let t: TestApp;
let admin: Client;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('GET /api/land-flags (闲置土地 / 低效用地)', () => {
  it(
    'when a granted plot was never started, then it is idle with the 53号令 ' +
      'evidence and, past two years, recoverable',
    async () => {
      const flags: Json[] = await (await admin.get('/api/land-flags')).json();
      const agreements: Json[] = await (await admin.get('/api/agreements')).json();
      const notStarted = agreements.filter((a) => a.landGrant && !a.landGrant.constructionStartedOn);
      expect(notStarted.length).toBeGreaterThan(0);
      const today = new Date().toISOString().slice(0, 10);
      for (const a of notStarted) {
        const f = flags.find((x) => x.plotId === a.landGrant.plotId);
        const months = monthsBetween(a.landGrant.startConstructionBy, today);
        if (months < 12) {
          expect(f).toBeUndefined();
          continue;
        }
        expect(f).toBeDefined();
        if (!f) continue;
        expect(f.kind).toBe('idle');
        expect(f.stage).toBe(months >= 24 ? 'idle_recover' : 'idle_fee');
        expect(f.evidence[0]).toMatchObject({ code: 'not_started', monthsOverdue: months });
        expect(f.evidence[0].rule).toContain('国土资源部令第53号');
        expect(f.recoverable).toBe(months >= 24);
      }
    },
  );

  it('when asked before the deadline plus a year, then the same plot is not idle', async () => {
    const agreements: Json[] = await (await admin.get('/api/agreements')).json();
    const a = agreements.find((x) => x.landGrant && !x.landGrant.constructionStartedOn)!;
    const early: Json[] = await (await admin.get(`/api/land-flags?asOf=${a.landGrant.startConstructionBy}`)).json();
    expect(early.some((f) => f.plotId === a.landGrant.plotId && f.kind === 'idle')).toBe(false);
  });

  it(
    'when an occupant is graded D two years running, then its plot is ' + 'inefficient with both years as evidence',
    async () => {
      const flags: Json[] = await (await admin.get('/api/land-flags')).json();
      const d = flags.filter((f) => f.evidence.some((e: Json) => e.code === 'grade_d'));
      expect(d.length).toBeGreaterThan(0);
      const year = new Date().getFullYear();
      for (const f of d) {
        const e = f.evidence.find((x: Json) => x.code === 'grade_d');
        expect(e.years).toEqual([year - 2, year - 1]);
        expect(f).toMatchObject({ kind: 'inefficient', stage: 'redevelop', recoverable: true });
        expect(f.recoveryCostWan).toBeGreaterThan(0);
        expect(f.recoveryDelayYears).toBe(1);
      }
      // The grade comes from the evaluation: the map panel's current (latest-year) grade is D too.
      const panel: Json = await (await admin.get(`/api/map/grades/${d[0].enterpriseId}`)).json();
      expect(panel.grade.grade).toBe('D');
    },
  );

  it('when filtered by park, then only that park’s plots; a bad date is 400 naming asOf', async () => {
    const all: Json[] = await (await admin.get('/api/land-flags')).json();
    const parkId = all[0].parkId;
    const one: Json[] = await (await admin.get(`/api/land-flags?parkId=${parkId}`)).json();
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((f) => f.parkId === parkId)).toBe(true);
    const bad = await admin.get('/api/land-flags?asOf=2026-13-40');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('asOf');
  });
});
