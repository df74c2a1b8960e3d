/**
 * Map benchmark. (1) In headless Chromium over the built client, the time from navigation to a
 * park's plots drawn on the canvas (the page sets window.__plotsDrawnAt, in ms since navigation
 * start, two frames after the canvas layer is added), for synthetic parks of 2,000 and 20,000
 * plots: first visit (browser cache emptied), revisit (plots revalidated with the ETag: 304) and
 * right after a write (the server rebuilds the park's data on demand); also restyling all plots
 * when the colour mode changes. (2) GET /api/parks/:id/plots for the 2,000-plot park under
 * load with autocannon, full 200 answers and 304 revalidations.
 * Targets: 20,000 plots drawn < 1.5 s; plots endpoint ≥ 150 req/s with p99 < 300 ms.
 * The server runs in its own process (as in production) so the load generator does not share its
 * event loop. Run alone: npx tsx tests/bench/map.bench.ts (needs the client built; set
 * PARKPLAN_CLIENT_DIR to use a build other than dist/client).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { openDatabase } from '../../server/db/data-source';
import { Db } from '../../server/db/db';
import { seedIfEmpty } from '../../server/db/seed/load';
import { parksRepo } from '../../server/repositories/parks.repo';
import { plotsRepo, type PlotRow } from '../../server/repositories/plots.repo';
import { enterprisesRepo } from '../../server/repositories/enterprises.repo';
import { PLOT_STATUSES } from '../../shared/types/park';
import { polygonAreaMu } from '../../shared/geo';
import { launchBrowser } from '../e2e/support/browser';

const CLIENT_DIR = resolve(process.env.PARKPLAN_CLIENT_DIR ?? 'dist/client');
const PASSWORD = 'bench-password-1';
const SIZES = [2_000, 20_000];

/** A square grid of n plots of about 1 ha each, 10 m apart, south-west corner at (lon, lat). */
function grid(
  n: number,
  lon: number,
  lat: number,
  occupants: number[],
): { rows: Omit<PlotRow, 'parkId'>[]; boundary: PlotRow['polygon'] } {
  const side = Math.ceil(Math.sqrt(n));
  const d = 0.0009;
  const step = 0.001;
  const rows: Omit<PlotRow, 'parkId'>[] = [];
  for (let i = 0; i < n; i++) {
    const x = lon + (i % side) * step;
    const y = lat + Math.floor(i / side) * step;
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [x, y],
          [x + d, y],
          [x + d, y + d],
          [x, y + d],
          [x, y],
        ].map(([a, b]) => [+a.toFixed(7), +b.toFixed(7)]),
      ],
    };
    const status = PLOT_STATUSES[i % PLOT_STATUSES.length];
    const occupied = status === 'occupied' || status === 'under_construction';
    rows.push({
      code: `BENCH-${n}-${i + 1}`,
      polygon,
      areaMu: polygonAreaMu(polygon),
      declaredAreaMu: null,
      landUse: 'M1',
      status,
      readiness: 'ready',
      enterpriseId: occupied ? occupants[i % occupants.length] : null,
      projectId: null,
    });
  }
  const w = lon - step,
    s = lat - step,
    e = lon + side * step + step,
    nn = lat + side * step + step;
  return {
    rows,
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, nn],
          [w, nn],
          [w, s],
        ],
      ],
    },
  };
}

/** A temp database: the demo city plus one synthetic park per size. */
export async function prepare(dbPath: string): Promise<Map<number, number>> {
  const db = new Db(await openDatabase(dbPath));
  await seedIfEmpty(db);
  const parkIds = new Map<number, number>();
  const template = (await parksRepo.list(db.read))[0];
  const occupants = (await enterprisesRepo.all(db.read)).slice(0, 200).map((e) => e.id);
  let lon = 117.0;
  for (const n of SIZES) {
    const g = grid(n, lon, 34.0, occupants);
    lon += 0.2;
    await db.write(async (m) => {
      const { id: _id, version: _v, ...rest } = template;
      const park = await parksRepo.create(m, {
        ...rest,
        name: `基准测试园区 ${n}`,
        nameEn: `Bench park ${n}`,
        boundary: g.boundary,
      });
      await plotsRepo.createMany(
        m,
        g.rows.map((r) => ({ ...r, parkId: park.id })),
      );
      parkIds.set(n, park.id);
    });
  }
  await db.close();
  return parkIds;
}

export function startServer(dbPath: string): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: dbPath,
      CLIENT_DIR,
      ADMIN_USER: 'admin',
      ADMIN_PASSWORD: PASSWORD,
      SCRYPT_LOG_N: '10',
      SEED_DEMO: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${out}`)), 60_000);
    const on = (b: Buffer) => {
      out += b.toString();
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ url: m[1].replace('localhost', '127.0.0.1'), proc });
      }
    };
    proc.stdout!.on('data', on);
    proc.stderr!.on('data', on);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited ${code}:\n${out}`));
    });
  });
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

/** Milliseconds since navigation start at each step of opening a park. */
interface Phase {
  requestStart: number;
  responseEnd: number;
  unpacked: number;
  layerStart: number;
  layerAdded: number;
  drawn: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** The run whose drawing time is the median, with all its steps. */
const medianPhase = (ps: Phase[]) => [...ps].sort((a, b) => a.drawn - b.drawn)[Math.floor(ps.length / 2)];

async function csrfOf(url: string, cookie: string): Promise<string> {
  return ((await (await fetch(`${url}/api/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string })
    .csrfToken;
}

/** A real write (a plot of the demo city's first park, readiness toggled): every cached read is stale after it. */
async function touchSomePlot(url: string, cookie: string, csrf: string): Promise<void> {
  const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };
  const { items } = (await (await fetch(`${url}/api/plots?limit=1`, { headers })).json()) as {
    items: Array<{ id: number; version: number; readiness: string }>;
  };
  const p = items[0];
  const res = await fetch(`${url}/api/plots/${p.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ readiness: p.readiness === 'ready' ? 'partial' : 'ready', version: p.version }),
  });
  if (!res.ok) throw new Error(`write failed: ${res.status} ${await res.text()}`);
}

export interface MapBenchResult {
  draw: Array<{
    plots: number;
    firstMs: number;
    revisitMs: number;
    afterWriteMs: number;
    restyleMs: number;
    bytes: { geojson: number; packed: number; packedGzip: number };
    phases: { first: Phase; revisit: Phase; afterWrite: Phase };
  }>;
  load: Array<{ variant: string; reqPerSec: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number }>;
}

export async function run(): Promise<MapBenchResult> {
  if (!existsSync(join(CLIENT_DIR, 'index.html')))
    throw new Error(`${CLIENT_DIR} has no built client: run npm run build (or set PARKPLAN_CLIENT_DIR)`);
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-mapbench-'));
  const dbPath = join(dir, 'bench.sqlite');
  const parkIds = await prepare(dbPath);
  const { url, proc } = await startServer(dbPath);
  const result: MapBenchResult = { draw: [], load: [] };
  try {
    const cookie = await login(url);
    // ---- (1) drawing in the browser
    const { browser, close } = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${url}/`);
      await page.fill('input[name=username]', 'admin');
      await page.fill('input[name=password]', PASSWORD);
      await page.click('button[type=submit]');
      await page.waitForSelector('.topbar');
      const cdp = await browser.newCDPSession(page);
      const csrf = await csrfOf(url, cookie);
      for (const n of SIZES) {
        const id = parkIds.get(n)!;
        // The server builds every park's map data after the start; wait until this one is ready.
        await fetch(`${url}/api/parks/${id}/plots/packed`, { headers: { cookie } });
        const visit = async (): Promise<Phase> => {
          await page.goto(`${url}/map?park=${id}`);
          await page.waitForFunction((k) => window.__plotsDrawn === k, n, { timeout: 60_000 });
          return page.evaluate(
            ({ id, n }) => {
              const res = performance
                .getEntriesByType('resource')
                .find((e) => e.name.endsWith(`/api/parks/${id}/plots/packed`)) as PerformanceResourceTiming | undefined;
              return {
                requestStart: res?.startTime ?? NaN,
                responseEnd: res?.responseEnd ?? NaN,
                unpacked: performance.getEntriesByName(`pp:plots-unpacked:${n}`).pop()?.startTime ?? NaN,
                layerStart: performance.getEntriesByName(`pp:layer-start:${n}`).pop()?.startTime ?? NaN,
                layerAdded: performance.getEntriesByName(`pp:layer-added:${n}`).pop()?.startTime ?? NaN,
                drawn: window.__plotsDrawnAt!,
              };
            },
            { id, n },
          );
        };
        // First visit: the browser's cache emptied (page code and plots both downloaded).
        const first: Phase[] = [];
        for (let i = 0; i < 3; i++) {
          await cdp.send('Network.clearBrowserCache');
          first.push(await visit());
        }
        // Revisit: the HTTP cache revalidates the plots with the ETag (304).
        const again: Phase[] = [];
        for (let i = 0; i < 3; i++) again.push(await visit());
        // Right after a write elsewhere: the server's data is stale, so this visit waits for the
        // park to be rebuilt (the background warm-up starts only after writes settle).
        const afterWrite: Phase[] = [];
        for (let i = 0; i < 3; i++) {
          await touchSomePlot(url, cookie, csrf);
          afterWrite.push(await visit());
        }
        const restyle = await page.evaluate(async () => {
          const out: number[] = [];
          for (const mode of ['industry', 'grade', 'status', 'industry', 'grade', 'status']) {
            const t0 = performance.now();
            document.querySelector<HTMLButtonElement>(`[data-testid=colour-mode] [data-mode=${mode}]`)!.click();
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            out.push(performance.now() - t0);
          }
          return out;
        });
        const body = async (path: string) =>
          Buffer.from(await (await fetch(`${url}/api/parks/${id}/${path}`, { headers: { cookie } })).arrayBuffer());
        const packed = await body('plots/packed');
        const med = (ps: Phase[]) => median(ps.map((x) => x.drawn));
        result.draw.push({
          plots: n,
          firstMs: med(first),
          revisitMs: med(again),
          afterWriteMs: med(afterWrite),
          restyleMs: median(restyle),
          phases: { first: medianPhase(first), revisit: medianPhase(again), afterWrite: medianPhase(afterWrite) },
          bytes: {
            geojson: (await body('plots')).length,
            packed: packed.length,
            packedGzip: gzipSync(packed, { level: 6 }).length,
          },
        });
      }
    } finally {
      await close();
    }
    // ---- (2) the plots endpoint under load
    const id = parkIds.get(2_000)!;
    const path = `/api/parks/${id}/plots`;
    const etag = (await fetch(`${url}${path}`, { headers: { cookie } })).headers.get('etag') ?? '';
    for (const [variant, headers] of [
      // Browsers ask for gzip; the server keeps a gzipped copy per data change.
      ['200 (full body, gzip)', { cookie, 'accept-encoding': 'gzip' }],
      ['200 (full body, identity)', { cookie }],
      ['304 (If-None-Match)', { cookie, 'if-none-match': etag }],
    ] as const) {
      await autocannon({ url: `${url}${path}`, headers, connections: 10, duration: 2 }); // warm-up
      const r = await autocannon({ url: `${url}${path}`, headers, connections: 10, duration: 10 });
      result.load.push({
        variant,
        reqPerSec: r.requests.average,
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        non2xx: variant.startsWith('304') ? r.non2xx - (r['3xx'] ?? 0) : r.non2xx,
        errors: r.errors,
      });
    }
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dir, { recursive: true, force: true });
  }

  console.log('Map: navigation → plots drawn on the canvas (headless Chromium), median of 3 visits each');
  console.log(
    '  plots   | first visit (empty browser cache) | revisit (304) | right ' +
      'after a write (server rebuilds) | restyle | bytes: GeoJSON → packed ' +
      '(gzipped)',
  );
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  const ms = (x: number, w: number) => `${x.toFixed(0).padStart(w)} ms`;
  for (const d of result.draw) {
    console.log(
      `  ${String(d.plots).padStart(6)}  | ${ms(d.firstMs, 30)}` +
        ` | ${ms(d.revisitMs, 10)} | ${ms(d.afterWriteMs, 34)}` +
        ` | ${ms(d.restyleMs, 4)} | ${mb(d.bytes.geojson)} → ${mb(d.bytes.packed)}` +
        ` (${mb(d.bytes.packedGzip)})`,
    );
  }
  console.log('  steps, ms since navigation: plots requested → received → unpacked → layer built from → to → drawn');
  for (const d of result.draw) {
    for (const [label, p] of Object.entries(d.phases)) {
      console.log(
        `  ${String(d.plots).padStart(6)} ${label.padEnd(10)}` +
          ': ' +
          [p.requestStart, p.responseEnd, p.unpacked, p.layerStart, p.layerAdded, p.drawn]
            .map((x) => x.toFixed(0))
            .join(' → '),
      );
    }
  }
  const big = result.draw.find((d) => d.plots === 20_000)!;
  const met = big.firstMs < 1500 && big.revisitMs < 1500;
  console.log(
    `  target 20,000 plots drawn < 1500 ms (first visit and revisit): ${met ? 'met' : 'NOT met'}` +
      ` (first ${big.firstMs.toFixed(0)} ms, revisit ${big.revisitMs.toFixed(0)}` +
      ` ms; right after a write ${big.afterWriteMs.toFixed(0)}` +
      ` ms${big.afterWriteMs < 1500 ? '' : ', over the target'}` +
      `)`,
  );
  console.log(
    'Map: GET /api/parks/:id/plots, 2,000 plots, autocannon 10 connections × 10 s (server in its own process)',
  );
  console.log('  variant                     | req/s  | p50     | p99     | non-2xx | errors');
  for (const l of result.load) {
    console.log(
      `  ${l.variant.padEnd(27)} | ${l.reqPerSec.toFixed(0).padStart(6)}` +
        ` | ${String(l.p50Ms).padStart(4)} ms | ${String(l.p99Ms).padStart(4)}` +
        ` ms | ${String(l.non2xx).padStart(7)} | ${l.errors}`,
    );
  }
  const full = result.load[0];
  console.log(
    '  target ≥ 150 req/s with p99 < 300 ms (full body, gzip as a browser asks): ' +
      (full.reqPerSec >= 150 && full.p99Ms < 300 ? 'met' : 'NOT met'),
  );
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
