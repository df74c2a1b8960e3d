/**
 * npm run solve -- FILE.json [--export-lp PATH] [--time-limit S] [--seed N] [--no-explain]
 * Prints the verified allocation result as JSON on stdout; progress goes to stderr.
 * Exit codes: 0 solved and verified, 1 solved but not verified / infeasible, 2 bad input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildModel } from '../../shared/allocation/model';
import { buildMilp, toCplexLp } from '../../shared/allocation/milp';
import { parseScenarioFile } from '../../shared/allocation/parse';
import { solveScenario } from '../../shared/allocation/solve';
import { isAppError } from '../../shared/errors';

function fail(msg: string): never {
  process.stderr.write(`solve: ${msg}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) fail(`${name} needs a value`);
  args.splice(i, 2);
  return v;
};
const lpPath = flag('--export-lp');
const timeLimit = flag('--time-limit');
const seed = flag('--seed');
const noExplain = args.includes('--no-explain');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length !== 1)
  fail('usage: npm run solve -- FILE.json [--export-lp PATH] [--time-limit S] [--seed N] [--no-explain]');
const timeLimitMs = timeLimit === undefined ? 30_000 : Number(timeLimit) * 1000;
if (!Number.isFinite(timeLimitMs) || timeLimitMs <= 0) fail('--time-limit must be a positive number of seconds');

let doc: unknown;
try {
  doc = JSON.parse(readFileSync(files[0], 'utf8'));
} catch (e) {
  fail(`cannot read ${files[0]} as JSON: ${e instanceof Error ? e.message : e}`);
}
let file;
try {
  file = parseScenarioFile(doc);
} catch (e) {
  if (isAppError(e)) fail(e.message);
  throw e;
}

if (lpPath) {
  const lp = toCplexLp(buildMilp(buildModel(file)).problem, `ParkPlan allocation: ${file.name ?? files[0]}`);
  writeFileSync(lpPath, lp);
  process.stderr.write(`solve: wrote the full MILP (CPLEX LP, ${(lp.length / 1024).toFixed(0)} KiB) to ${lpPath}\n`);
}
const result = solveScenario(file, {
  clock: () => performance.now(),
  timeLimitMs,
  seed: seed === undefined ? 1 : Number(seed),
  explain: !noExplain,
  onProgress: (p) =>
    process.stderr.write(
      `[${(p.elapsedMs / 1000).toFixed(2)} s] ${p.stage}: best ${p.bestObjective?.toFixed(1) ?? '—'}` +
        ` bound ${p.bound?.toFixed(1) ?? '—'}\n`,
    ),
});
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
process.stderr.write(
  `solve: ${result.status}, objective ${result.objective.toFixed(1)}` +
    ` 万元, gap ${(100 * result.gap).toFixed(2)}%, verified ${result.verified}` +
    `\n`,
);
process.exit(result.verified ? 0 : 1);
