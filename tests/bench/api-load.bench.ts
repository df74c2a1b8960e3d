// API load benchmark: GET /api/parks/:id/plots (2,000 plots) with and without a city-scale solve
// running in the solver worker, and the server's event-loop delay meanwhile. The server runs in
// its own process (as in production); autocannon drives it from this one over loopback.
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../server/db/data-source';
import { Db } from '../../server/db/db';
import { seedIfEmpty } from '../../server/db/seed/load';
import { addSyntheticPark } from './support/synthetic-park';

const PASSWORD = 'bench-password-123';

async function startServer(dbPath: string): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: dbPath,
      ADMIN_USER: 'bench',
      ADMIN_PASSWORD: PASSWORD,
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
      SOLVER_TIME_LIMIT_S: '120',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /serving on (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve(m[1].replace('localhost', '127.0.0.1'));
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  return { url, proc };
}

async function load(url: string, path: string, cookie: string, seconds: number) {
  const r = await autocannon({
    url: url + path,
    connections: 10,
    duration: seconds,
    headers: { cookie, 'accept-encoding': 'gzip' },
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    total: r.requests.total,
  };
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-bench-'));
  const dbPath = join(dir, 'bench.sqlite');
  const db = new Db(await openDatabase(dbPath));
  await seedIfEmpty(db);
  const parkId = await db.write((m) => addSyntheticPark(m, 2000));
  await db.close();

  const { url, proc } = await startServer(dbPath);
  try {
    const login = await fetch(url + '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const path = `/api/parks/${parkId}/plots`;
    const bytes = (await (await fetch(url + path, { headers: { cookie } })).arrayBuffer()).byteLength;
    const gz = await fetch(url + path, { headers: { cookie, 'accept-encoding': 'gzip' } });
    const gzBytes = Number(gz.headers.get('content-length') ?? 0);

    await load(url, path, cookie, 2); // warm-up
    const idle = await load(url, path, cookie, 10);

    // A whole-city scenario (every county, every vacant plot and factory) solving in the worker.
    const post = (p: string, body: unknown) =>
      fetch(url + p, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const scenario = (await (await post('/api/scenarios', { name: 'bench city', jurisdictionIds: [] })).json()) as {
      id: number;
    };
    await fetch(url + '/api/health'); // reset the event-loop window
    const t0 = performance.now();
    const job = (await (await post(`/api/scenarios/${scenario.id}/solve`, {})).json()) as { id: string };
    const delays: number[] = [];
    let maxDelay = 0;
    const poll = setInterval(async () => {
      const h = (await (await fetch(url + '/api/health')).json()) as { eventLoop: { p99Ms: number; maxMs: number } };
      delays.push(h.eventLoop.p99Ms);
      maxDelay = Math.max(maxDelay, h.eventLoop.maxMs);
    }, 500);
    const busy = await load(url, path, cookie, 10);
    clearInterval(poll);
    let jobState = (await (await fetch(url + `/api/solve-jobs/${job.id}`, { headers: { cookie } })).json()) as {
      status: string;
      progress: unknown;
    };
    const solvingAtEnd = jobState.status === 'running';
    while (jobState.status === 'running') {
      await new Promise((r) => setTimeout(r, 500));
      jobState = (await (await fetch(url + `/api/solve-jobs/${job.id}`, { headers: { cookie } })).json()) as {
        status: string;
        progress: unknown;
      };
    }
    const solveS = (performance.now() - t0) / 1000;

    const lines = [
      `API load: GET ${path} (2,000 plots, ${(bytes / 1024).toFixed(0)}` +
        ` KiB, sent gzipped: ${(gzBytes / 1024).toFixed(0)}` +
        ` KiB as browsers ask), 10 connections, 10 s each, server in its own process`,
      '| condition | req/s | p50 ms | p99 ms | errors |',
      '|---|---|---|---|---|',
      `| idle | ${idle.rps.toFixed(0)} | ${idle.p50} | ${idle.p99} | ${idle.errors} |`,
      `| city-scale solve running | ${busy.rps.toFixed(0)} | ${busy.p50} | ${busy.p99} | ${busy.errors} |`,
      `solve: whole demo city, ${jobState.status} after ${solveS.toFixed(1)}` +
        ` s (${solvingAtEnd ? 'still running when the load ended' : 'ended during the load window'}` +
        `)`,
      `event-loop delay during the solve: p99 of 0.5 s windows max ${Math.max(0, ...delays).toFixed(1)}` +
        ` ms, worst single delay ${maxDelay.toFixed(1)} ms`,
    ];
    const text = lines.join('\n');
    console.log(text);
    return text;
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
