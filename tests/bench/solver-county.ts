/**
 * npx tsx tests/bench/solver-county.ts — county files (fixtures and docs/examples): ParkPlan's time to a
 * proven optimum (and with its explanations of left-out projects) against HiGHS's time on the same
 * exported MILP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { buildMilp, toCplexLp } from '../../shared/allocation/milp';
import { buildModel } from '../../shared/allocation/model';
import { solveScenario } from '../../shared/allocation/solve';
import { scenarioFileSchema } from '../../shared/schemas/scenario-file';
import { loadHighs, runHighs } from './solver/highs';

const dirs = ['tests/fixtures/allocation', 'docs/examples'];

async function main() {
  await loadHighs();
  console.log(
    '| file | pairs | ParkPlan status | ms to proof | ms with explanations ' +
      '| exact stage | HiGHS status | HiGHS ms | obj − HiGHS obj | proof ' +
      'time ÷ HiGHS |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const d of dirs)
    for (const name of readdirSync(d).filter((n) => n.endsWith('.json'))) {
      const raw = JSON.parse(readFileSync(`${d}/${name}`, 'utf8'));
      const parsed = scenarioFileSchema.safeParse(raw.scenario ?? raw);
      if (!parsed.success) continue;
      const f = parsed.data;
      const m = buildModel(f);
      if (m.pairsAfter > 400) continue;
      const t = performance.now();
      const r = solveScenario(f, { clock: () => performance.now(), timeLimitMs: 10_000, seed: 1 });
      const ms = performance.now() - t;
      const h = runHighs(toCplexLp(buildMilp(m).problem), 60);
      // The plan is proven when its last exact stage ends; the explanations of left-out projects follow.
      const last = r.stats.stages.map((s) => s.name).lastIndexOf('exact');
      const proofMs =
        r.status === 'optimal' && last >= 0 ? r.stats.stages.slice(0, last + 1).reduce((a, s) => a + s.ms, 0) : ms;
      const diff = h.objective === null ? '—' : (r.objective - h.objective).toFixed(3);
      console.log(
        `| ${name} | ${m.pairsAfter} | ${r.status} | ${proofMs.toFixed(0)}` +
          ` | ${ms.toFixed(0)} | ${r.stats.exact?.status ?? '—'}` +
          ` | ${h.status} | ${h.ms.toFixed(0)} | ${diff} | ${(proofMs / Math.max(1, h.ms)).toFixed(1)}` +
          `× |`,
      );
    }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
