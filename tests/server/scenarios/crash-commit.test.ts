import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let template: string;
let scenario: { id: number; version: number; plotIds: number[]; unitProjects: number[] };
/** The child, bundled once: starting it costs a few hundred ms instead of a full TypeScript load. */
const CHILD = join('tmp', `commit-child-${process.pid}.mjs`);

/** A scenario of one county, solved through the API; then the app is closed so the file is still. */
beforeAll(async () => {
  t = await startTestApp({ database: 'sqlite' });
  const admin = await t.login('admin');
  const s = await (await admin.send('POST', '/api/scenarios', { name: '崩溃测试', jurisdictionIds: [8] })).json();
  const job = await (await admin.send('POST', `/api/scenarios/${s.id}/solve`)).json();
  const done = await t.jobs.settle(job.id);
  if (done.status !== 'done') throw new Error(JSON.stringify(done.error));
  const solved = await (await admin.get(`/api/scenarios/${s.id}`)).json();
  const plotIds = [
    ...new Set<number>(
      solved.result.allocations
        .filter((a: { siteId: string }) => a.siteId.startsWith('plot:'))
        .map((a: { siteId: string }) => Number(a.siteId.slice(5))),
    ),
  ];
  const unitProjects = solved.result.allocations
    .filter((a: { siteId: string }) => a.siteId.startsWith('building:'))
    .map((a: { projectId: number }) => a.projectId);
  expect(plotIds.length).toBeGreaterThan(5);
  scenario = { id: s.id, version: solved.version, plotIds, unitProjects };
  await build({
    entryPoints: ['tests/server/support/commit-child.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: CHILD,
    packages: 'external',
    tsconfig: 'tsconfig.json',
    logLevel: 'warning',
  });
  template = join(t.dir, 'template.sqlite');
  await t.db.read.query('PRAGMA wal_checkpoint(TRUNCATE)');
  copyFileSync(t.dbPath, template);
}, 120_000);
afterAll(async () => {
  rmSync(CHILD, { force: true });
  await t.close();
});

function query<T>(path: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => err && reject(err));
    // Settle only once the handle is closed: closing the last connection checkpoints and deletes
    // the -wal file, and the cleanup below must not race with that.
    db.all(sql, (err, rows) => db.close(() => (err ? reject(err) : resolve(rows as T[]))));
  });
}

/** Runs the commit in a child and SIGKILLs it `delayMs` after it announces the start. */
function killDuringCommit(path: string, delayMs: number | null): Promise<{ how: 'killed' | 'finished'; ms: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CHILD, path, String(scenario.id), String(scenario.version)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let started = 0;
    child.stdout.on('data', (d) => {
      out += d;
      if (!started && out.includes('START')) {
        started = performance.now();
        if (delayMs !== null) setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', () =>
      resolve({ how: out.includes('DONE') ? 'finished' : 'killed', ms: performance.now() - started }),
    );
  });
}

describe('kill -9 during a scenario commit', () => {
  it(
    'when the process is killed at 30 or more random moments, then the ' +
      'database is always fully before or fully after, and intact',
    async () => {
      // Calibrate: how long does an uninterrupted commit take here, from START to DONE?
      const probe = join(t.dir, 'probe.sqlite');
      copyFileSync(template, probe);
      const probed = await killDuringCommit(probe, null);
      const probeHow = probed.how;
      let commitMs = probed.ms;
      expect(probeHow).toBe('finished');
      const outcomes = { runs: 0, before: 0, after: 0, killedMidway: 0 };
      // A seeded generator: the moments are random but the run is repeatable.
      let seed = 20261127;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      // At least 30 kills; more (up to 90) while too few have landed inside the commit or on one side
      // of it: on a loaded machine a commit's duration varies, so the moments follow the latest
      // uninterrupted commit rather than one calibration.
      const enough = () =>
        outcomes.runs >= 30 && outcomes.killedMidway > 10 && outcomes.before > 0 && outcomes.after > 0;
      while (!enough() && outcomes.runs < 90) {
        const i = outcomes.runs++;
        const path = join(t.dir, `crash-${i}.sqlite`);
        for (const ext of ['', '-wal', '-shm']) rmSync(path + ext, { force: true });
        copyFileSync(template, path);
        const { how, ms } = await killDuringCommit(path, Math.floor(rand() * commitMs * 1.2));
        if (how === 'finished') commitMs = ms;
        expect((await query<{ integrity_check: string }>(path, 'PRAGMA integrity_check'))[0].integrity_check).toBe(
          'ok',
        );
        const [s] = await query<{ status: string }>(path, `SELECT status FROM scenario WHERE id = ${scenario.id}`);
        const plots = await query<{ status: string; project_id: number | null }>(
          path,
          `SELECT status, project_id FROM plot WHERE id IN (${scenario.plotIds.join(',')})`,
        );
        const reservedUnits = await query<{ n: number }>(
          path,
          "SELECT COUNT(*) AS n FROM unit WHERE status = 'reserved' AND project_id IN (" +
            `${[0, ...scenario.unitProjects].join(',')}` +
            `)`,
        );
        if (s.status === 'committed') {
          outcomes.after++;
          expect(plots.every((p) => p.status === 'reserved' && p.project_id !== null)).toBe(true);
          if (scenario.unitProjects.length) expect(reservedUnits[0].n).toBeGreaterThan(0);
        } else {
          outcomes.before++;
          expect(s.status).toBe('solved');
          expect(plots.every((p) => p.status === 'vacant' && p.project_id === null)).toBe(true);
          expect(reservedUnits[0].n).toBe(0);
        }
        if (how === 'killed') outcomes.killedMidway++;
        for (const ext of ['', '-wal', '-shm']) rmSync(path + ext, { force: true });
      }
      // The kills must really have landed around the commit, on both sides of it.
      expect(outcomes.runs).toBeGreaterThanOrEqual(30);
      expect(outcomes.killedMidway).toBeGreaterThan(10);
      expect(outcomes.before).toBeGreaterThan(0);
      expect(outcomes.after).toBeGreaterThan(0);
      expect(outcomes.before + outcomes.after).toBe(outcomes.runs);
      console.log(`crash test: commit takes ${commitMs.toFixed(0)} ms; outcomes ${JSON.stringify(outcomes)}`);
    },
    600_000,
  );
});
