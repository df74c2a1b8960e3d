import { generateScenario, SIZES } from './generate';
import { solveScenario } from '../../../shared/allocation/solve';
import { buildModel } from '../../../shared/allocation/model';
import { buildMilp, toCplexLp } from '../../../shared/allocation/milp';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
import { loadHighs, runHighs } from './highs';
import { writeFileSync } from 'node:fs';
const f = scenarioFileSchema.parse(generateScenario(SIZES.S, 1));
const r = solveScenario(f, { clock: () => performance.now(), timeLimitMs: 10000, effort: 5, explain: false });
await loadHighs();
const lp = toCplexLp(buildMilp(buildModel(f)).problem);
writeFileSync('/tmp/pp/s1.lp', lp);
const h = runHighs(lp, 60);
const mine = new Map(r.allocations.map(a => [a.projectId, a]));
const theirs = new Map<number, string>();
for (const [n, v] of h.values!) if (n.startsWith('x_') && v > 0.5) { const [, pid, s, k] = n.split('_'); theirs.set(Number(pid), `${f.sites[Number(s)].id}/${k}`); }
for (const p of f.projects) {
  const a = mine.get(p.id);
  const m = a ? `${a.siteId}/${p.packages.findIndex(k=>k.id===a.packageId)} v=${a.valueWan.toFixed(0)}` : '-';
  const t = theirs.get(p.id) ?? '-';
  console.log(p.id, p.chainId, p.landNeedMu ?? p.floorNeedM2, p.pollutionClass, p.stage, 'mine', m, 'highs', t, JSON.stringify(p.packages.map(k=>[k.pvCostWan,k.equityWan,k.incentivePvWan,k.appliesTo])));
}
console.log(r.objective, h.objective, JSON.stringify(r.budgets), f.levers.equityFundWan, f.levers.incentiveBudgetWan, JSON.stringify(r.quotas));
