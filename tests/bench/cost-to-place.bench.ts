/**
 * npx tsx tests/bench/cost-to-place.bench.ts [-- M S] [--seeds 21,22] [--files] [--clock MS] [--picks 3]
 * Cost to place of left-out projects against a re-solve with the project pinned: for each file, the
 * share of left-out projects with a compatible pair that carry a numeric cost, and for the most
 * valuable ones (--picks, default 3) the engine's cost against objective − (objective of the solve with
 * that project pinned). Agreement: within 1% of the re-solve's cost or 0.5% of the objective.
 * Without --clock the solves run on iteration limits only (machine-independent figures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { solveScenario, type SolveOptions } from '../../shared/allocation/solve';
import { scenarioFileSchema, type ScenarioFile } from '../../shared/schemas/scenario-file';
import { costAgreement, leftOutCoverage, pickLeftOut } from './support/cost-to-place';
import { generateScenario, SIZES } from './solver/generate';

const args = process.argv.slice(2);
const argOf = (k: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : undefined);
const sizes = args.filter((a) => a in SIZES);
const seeds = (argOf('--seeds') ?? '21,22').split(',').map(Number);
const clockMs = argOf('--clock') ? Number(argOf('--clock')) : null;
const picks = Number(argOf('--picks') ?? 3);
/** Print the estimates only (no re-solves): for comparing estimates against references measured before. */
const estimateOnly = args.includes('--estimate-only');
const opts: SolveOptions = clockMs
  ? { clock: () => performance.now(), timeLimitMs: clockMs, seed: 1 }
  : { effort: 0.3, seed: 1 };

const files: { name: string; file: ScenarioFile }[] = [];
if (args.includes('--files'))
  for (const d of ['tests/fixtures/allocation', 'docs/examples'])
    for (const name of readdirSync(d).filter((n) => n.endsWith('.json'))) {
      const raw = JSON.parse(readFileSync(`${d}/${name}`, 'utf8'));
      const parsed = scenarioFileSchema.safeParse(raw.scenario ?? raw);
      if (parsed.success) files.push({ name: `${d}/${name}`, file: parsed.data });
    }
for (const s of sizes)
  for (const seed of seeds) files.push({ name: `${s} seed ${seed}`, file: generateScenario(SIZES[s], seed) });

let agree = 0,
  total = 0;
for (const { name, file } of files) {
  const t = performance.now();
  const first = solveScenario(file, opts);
  const cov = leftOutCoverage(first);
  console.log(
    `\n${name}: objective ${first.objective.toFixed(1)} (${first.status}), ${(performance.now() - t).toFixed(0)} ms; ` +
      `left out with a compatible pair ${cov.withPair}, with a numeric cost ${cov.withCost} ` +
      `(not counted: ${cov.proven} proven impossible, ${cov.shortfall} in the land shortfall)`,
  );
  for (const l of pickLeftOut(first, picks)) {
    if (estimateOnly) {
      console.log(`  project ${l.projectId}: estimate ${l.costToPlaceWan!.toFixed(1)} (${l.costMethod})`);
      continue;
    }
    const a = costAgreement(file, first, l, opts);
    total++;
    if (a.ok) agree++;
    console.log(
      `  project ${l.projectId}: estimate ${a.estimateWan.toFixed(1)}` +
        ` (${l.costMethod}), pinned re-solve ${a.referenceWan.toFixed(1)}` +
        ` ` +
        `(cold ${a.coldWan.toFixed(1)}, warm ${a.warmWan.toFixed(1)}) ` +
        (`(${a.pinnedStatus}), diff ${a.diffWan.toFixed(1)} = ${(100 * a.diffOfObjective).toFixed(3)}` +
          `% of objective ${a.ok ? 'ok' : 'OFF'}`),
    );
  }
}
console.log(`\n${agree} of ${total} costs to place within tolerance`);
