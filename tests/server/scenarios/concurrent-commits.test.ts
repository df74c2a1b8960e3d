import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/test-app';

// Runs on SQLite (writes queued) and, in the second CI run, on PostgreSQL (writes at once, commits
// SERIALIZABLE with retry): the outcome must be the same.
let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
}, 60_000);
afterAll(() => t.close());

async function solvedScenario(name: string, county: number) {
  const s = await (await admin.send('POST', '/api/scenarios', { name, jurisdictionIds: [county] })).json();
  const job = await (await admin.send('POST', `/api/scenarios/${s.id}/solve`)).json();
  const done = await t.jobs.settle(job.id);
  if (done.status !== 'done') throw new Error(JSON.stringify(done.error));
  return (await admin.get(`/api/scenarios/${s.id}`)).json();
}

const plotsOf = (s: { result: { allocations: Array<{ siteId: string }> } }) =>
  s.result.allocations.filter((a) => a.siteId.startsWith('plot:')).map((a) => Number(a.siteId.slice(5)));

describe('two commits of overlapping scenarios at once', () => {
  it('when both are sent together, then exactly one succeeds and the other gets 409 naming the conflicts', async () => {
    const [a, b] = [await solvedScenario('并发 A', 7), await solvedScenario('并发 B', 7)];
    const shared = plotsOf(a).filter((id) => plotsOf(b).includes(id));
    expect(shared.length).toBeGreaterThan(0);
    const [ra, rb] = await Promise.all(
      [a, b].map((s) => admin.send('POST', `/api/scenarios/${s.id}/commit`, { version: s.version })),
    );
    const statuses = [ra.status, rb.status].sort();
    expect(statuses).toEqual([200, 409]);
    const [winner, loser] = ra.status === 200 ? [a, rb] : [b, ra];
    const body = (await loser.json()) as { error: { code: string; details: { conflicts: unknown[] } } };
    expect(body.error.code).toBe('COMMIT_CONFLICT');
    expect(body.error.details.conflicts.length).toBeGreaterThan(0);
    // Only the winner's placements hold: every shared plot is reserved once, for the winner's project.
    const rows: Array<{ id: number; status: string; project_id: number | null }> = await t.db.read.query(
      `SELECT id, status, project_id FROM plot WHERE id IN (${shared.join(',')})`,
    );
    const winnerProject = new Map(
      (winner.result.allocations as Array<{ siteId: string; projectId: number }>)
        .filter((x) => x.siteId.startsWith('plot:'))
        .map((x) => [Number(x.siteId.slice(5)), x.projectId]),
    );
    for (const r of rows) {
      expect(r.status).toBe('reserved');
      expect(r.project_id).toBe(winnerProject.get(r.id));
    }
    const states: Array<{ id: number; status: string }> = await t.db.read.query(
      `SELECT id, status FROM scenario WHERE id IN (${a.id}, ${b.id}) ORDER BY id`,
    );
    expect(states.map((s) => s.status).sort()).toEqual(['committed', 'solved']);
  }, 240_000);
});
