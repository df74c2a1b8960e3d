import { generateScenario, SIZES } from './generate';
import { solveScenario } from '../../../shared/allocation/solve';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
const size = process.argv[2] ?? 'S';
const f = scenarioFileSchema.parse(generateScenario(SIZES[size], Number(process.argv[5] ?? 1)));
for (const effort of (process.argv[4] ?? '1').split(',').map(Number)) {
const t = performance.now();
const r = solveScenario(f, { clock: () => performance.now(), timeLimitMs: Number(process.argv[3] ?? 10000), effort, explain: false });
console.log(size, 'effort', effort, (performance.now() - t).toFixed(0), 'ms', r.status, r.objective.toFixed(1), r.bound.toFixed(1), (r.gap * 100).toFixed(3) + '%', r.verified, 'lns', r.stats.lnsIterations, 'lag', r.stats.lagrangianIterations, r.stats.stages.map(s=>s.name+':'+s.ms.toFixed(0)).join(' '), r.allocations.length, r.leftOut.length);
}
const g = globalThis as unknown as { KT: number[]; KN: number[] };


