import { generateScenario, SIZES } from './generate';
import { solveScenario } from '../../../shared/allocation/solve';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
const f = scenarioFileSchema.parse(generateScenario(SIZES[process.argv[2]], 1));
const r = solveScenario(f, { clock: () => performance.now(), timeLimitMs: Number(process.argv[3]), onProgress: p => console.error(p.stage, p.bestObjective?.toFixed(0), p.bound?.toFixed(0), p.elapsedMs.toFixed(0)) });
console.log(r.status, r.objective, r.bound, r.gap, r.verified, r.warnings.slice(0, 5), r.checks.filter(c => !c.ok), JSON.stringify(r.stats));
