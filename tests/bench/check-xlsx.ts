/**
 * npm run check:xlsx — the exported scenario workbook, opened by LibreOffice, holds the same numbers
 * as the API (which is what the screen shows). Starts the app over a seeded temp database, creates
 * and solves a Sui County scenario (and, with --city, a whole-city one), downloads the .xlsx,
 * converts every sheet to CSV with `libreoffice --headless`, and compares cell by cell.
 * Prints OK or the mismatches; exits 1 on any mismatch. Needs Debian's libreoffice-calc; not run in CI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { startTestApp, type Client } from '../server/support/test-app';
import { scenarioKpis } from '../../shared/scenarios/kpis';
import type { Scenario } from '../../shared/types/scenario';
import type { Project } from '../../shared/types/project';

// "Text - txt - csv (StarCalc)" tokens: comma, double quote, UTF-8, from line 1, default cell format,
// language, quoted-as-text off, detect numbers on, save-as-shown OFF (raw values), formulas off,
// trim off, sheet -1 = every sheet to its own "<name>-<sheet>.csv" (LibreOffice ≥ 7.2).
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

type Cell = string;
interface Mismatch {
  sheet: string;
  where: string;
  csv: string;
  api: number | null;
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * A kept-alive socket that the server closed while LibreOffice was converting (minutes of idle)
 * fails with ECONNRESET before the request is sent: ask again on a fresh socket.
 */
async function retry(f: () => Promise<Response>): Promise<Response> {
  for (let i = 0; ; i++) {
    try {
      return await f();
    } catch (e) {
      const code = (e as { cause?: { code?: string } }).cause?.code;
      if (i >= 3 || (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET')) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function solvedScenario(c: Client, name: string, jurisdictionIds: number[]): Promise<Scenario> {
  const s = await json<Scenario>(await retry(() => c.send('POST', '/api/scenarios', { name, jurisdictionIds })));
  const job = await json<{ id: string }>(await retry(() => c.send('POST', `/api/scenarios/${s.id}/solve`)));
  for (const t0 = Date.now(); Date.now() - t0 < 300_000;) {
    const j = await json<{ status: string; error: { message: string } | null }>(
      await retry(() => c.get(`/api/solve-jobs/${job.id}`)),
    );
    if (j.status === 'done') return json<Scenario>(await retry(() => c.get(`/api/scenarios/${s.id}`)));
    if (j.status !== 'running') throw new Error(`solve ${j.status}: ${j.error?.message}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('solve did not finish in 5 minutes');
}

function convert(xlsx: string, outDir: string): Map<string, Cell[][]> {
  execFileSync(
    'libreoffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${outDir}/lo-profile`,
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      outDir,
      xlsx,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const base = xlsx
    .split('/')
    .pop()!
    .replace(/\.xlsx$/, '');
  const sheets = new Map<string, Cell[][]>();
  for (const f of readdirSync(outDir)) {
    if (!f.startsWith(base + '-') || !f.endsWith('.csv')) continue;
    const rows = Papa.parse<string[]>(readFileSync(join(outDir, f), 'utf8'), { skipEmptyLines: true }).data;
    sheets.set(f.slice(base.length + 1, -4), rows);
  }
  return sheets;
}

/** The workbook rounds (2 decimals; m² to whole; shares to 4); a cell matches within that rounding. */
function check(
  out: Mismatch[],
  sheet: string,
  where: string,
  csv: Cell | undefined,
  api: number | null | undefined,
  digits = 2,
): void {
  const text = (csv ?? '').trim();
  if (api == null) {
    if (text !== '') out.push({ sheet, where, csv: text, api: null });
    return;
  }
  const n = Number(text);
  const tol = 0.5 * 10 ** -digits + 1e-9 * Math.max(1, Math.abs(api));
  if (text === '' || !Number.isFinite(n) || Math.abs(n - api) > tol) out.push({ sheet, where, csv: text, api });
}

function compare(
  s: Scenario,
  sheets: Map<string, Cell[][]>,
  projects: Project[],
): { cells: number; mismatches: Mismatch[] } {
  const r = s.result!;
  const out: Mismatch[] = [];
  let cells = 0;
  const c = (sheet: string, where: string, csv: Cell | undefined, api: number | null | undefined, digits = 2) => {
    cells++;
    check(out, sheet, where, csv, api, digits);
  };
  const need = (name: string, rows: number) => {
    const t = sheets.get(name);
    if (!t) throw new Error(`sheet ${name} missing from the CSV export (got ${[...sheets.keys()].join(', ')})`);
    if (t.length - 1 !== rows) out.push({ sheet: name, where: 'row count', csv: String(t.length - 1), api: rows });
    return t.slice(1);
  };

  const k = scenarioKpis(r, new Map(projects.map((p) => [p.id, p])));
  const summary = new Map((sheets.get('概要') ?? []).map((row) => [row[0], row[1]]));
  if (!sheets.has('概要')) throw new Error('sheet 概要 missing');
  c('概要', '目标值', summary.get('目标值(万元)'), k.objectiveWan);
  c('概要', '最优性差距', summary.get('最优性差距'), r.gap, 6);
  c('概要', '落位项目数', summary.get('落位项目数'), k.placements, 0);
  c('概要', '未落位项目数', summary.get('未落位项目数'), k.leftOut, 0);
  c('概要', '税收现值', summary.get('地方留成税收现值(万元)'), k.taxPvWan);
  c('概要', '就业', summary.get('就业人数'), k.jobs, 0);
  c('概要', '投资', summary.get('固定资产投资(万元)'), k.investmentWan);
  c('概要', '用地', summary.get('用地(亩)'), k.landMu);
  c('概要', '厂房', summary.get('厂房面积(平方米)'), k.floorM2, 0);
  c('概要', '优惠成本', summary.get('优惠成本现值(万元)'), k.incentiveCostWan);
  c('概要', '股权', summary.get('政府股权投入(万元)'), k.equityWan);

  need('落位方案', r.allocations.length).forEach((row, i) => {
    const a = r.allocations[i];
    const at = `row ${i + 2} (project ${a.projectId})`;
    c('落位方案', at + ' 用地', row[4], a.areaMu);
    c('落位方案', at + ' 厂房', row[5], a.floorM2, 0);
    c('落位方案', at + ' 价值', row[6], a.valueWan);
    c('落位方案', at + ' 税收现值', row[7], a.breakdown.taxPvWan);
    c('落位方案', at + ' 优惠成本', row[8], a.breakdown.packageCostWan);
  });
  need('未落位项目', r.leftOut.length).forEach((row, i) =>
    c('未落位项目', `row ${i + 2} 代价`, row[3], r.leftOut[i].costToPlaceWan),
  );
  need('园区', r.parks.length).forEach((row, i) => {
    const p = r.parks[i];
    const at = `row ${i + 2} (park ${p.parkId})`;
    c('园区', at + ' θ', row[1], p.theta, 4);
    c('园区', at + ' 前', row[2], p.dominantShareBefore, 4);
    c('园区', at + ' 后', row[3], p.dominantShareAfter, 4);
    c('园区', at + ' 用地', row[4], p.areaAllocatedMu);
    c('园区', at + ' 厂房', row[5], p.floorAllocatedM2, 0);
    c('园区', at + ' 项目', row[6], p.projects, 0);
    c('园区', at + ' 边际', row[7], p.marginalValueWanPerMu);
  });
  need('预算', r.budgets.length).forEach((row, i) => {
    const b = r.budgets[i];
    c('预算', `${b.key} 已用`, row[1], b.used);
    c('预算', `${b.key} 可用`, row[2], b.available);
    c('预算', `${b.key} 边际`, row[4], b.marginalValueWan, 4);
  });
  need('考核任务', r.quotas.length).forEach((row, i) => {
    const q = r.quotas[i];
    const at = `row ${i + 2} (${q.jurisdictionId} ${q.role})`;
    c('考核任务', at + ' 目标', row[2], q.target, 0);
    c('考核任务', at + ' 完成', row[3], q.achieved, 0);
    c('考核任务', at + ' 缺口', row[4], q.shortfall, 0);
    c('考核任务', at + ' 罚分', row[5], q.penaltyWan);
  });
  return { cells, mismatches: out };
}

async function main(): Promise<void> {
  const city = process.argv.includes('--city');
  try {
    execFileSync('libreoffice', ['--version'], { stdio: 'pipe' });
  } catch {
    console.error("libreoffice not found: install Debian's libreoffice-calc (apt-get install -y libreoffice-calc)");
    process.exit(2);
  }
  const app = await startTestApp();
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-xlsx-'));
  let failed = false;
  try {
    const admin = await app.login('admin');
    const projects = (await json<{ items: Project[] }>(await admin.get('/api/projects?limit=5000'))).items;
    const cases: Array<[string, number[]]> = [['睢县 check-xlsx', [5]]];
    if (city) cases.push(['全市 check-xlsx', []]);
    for (const [name, scope] of cases) {
      const t0 = Date.now();
      const s = await solvedScenario(admin, name, scope);
      const res = await retry(() => admin.get(`/api/scenarios/${s.id}/export.xlsx`));
      if (!res.ok) throw new Error(`export: ${res.status}`);
      const file = join(dir, `scenario-${s.id}.xlsx`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      const sheets = convert(file, dir);
      const { cells, mismatches } = compare(s, sheets, projects);
      const head =
        `${name}: ${s.result!.allocations.length} placements, ${s.result!.leftOut.length}` +
        ` left out, ${sheets.size} sheets, ${cells} numbers compared (${Date.now() - t0}` +
        ` ms)`;
      // The check can fail: one placement's value off by 1 万元 must be reported.
      const perturbed = structuredClone(s);
      perturbed.result!.allocations[0].valueWan += 1;
      if (compare(perturbed, sheets, projects).mismatches.length !== 1)
        throw new Error('self-check failed: a 1 万元 change went unnoticed');
      if (mismatches.length === 0) console.log(`OK  ${head}`);
      else {
        failed = true;
        console.log(`MISMATCH  ${head}`);
        for (const m of mismatches) console.log(`  ${m.sheet} · ${m.where}: workbook "${m.csv}" vs API ${m.api}`);
      }
    }
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
