import { generateScenario, SIZES } from './generate';
import { solveScenario } from '../../../shared/allocation/solve';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
const f = scenarioFileSchema.parse(generateScenario(SIZES[process.argv[2]], Number(process.argv[3])));
const r = solveScenario(f, { clock: () => performance.now(), timeLimitMs: 5000, explain: false });
console.log(r.checks.filter(c => !c.ok), r.warnings);
const must = f.projects.filter(p => p.stage === 'signed');
console.log(must.map(p => [p.id, p.landNeedMu, p.floorNeedM2, p.pollutionClass, p.allowedParkIds, p.chainId]));
