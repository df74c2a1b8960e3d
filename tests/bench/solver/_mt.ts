import { generateScenario, SIZES } from './generate';
import { buildModel } from '../../../shared/allocation/model';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
let t = performance.now();
const f = scenarioFileSchema.parse(generateScenario(SIZES[process.argv[2]], 1));
console.log('gen+parse', (performance.now() - t).toFixed(0)); t = performance.now();
const m = buildModel(f);
console.log('model', (performance.now() - t).toFixed(0), m.pairsBefore, m.pairsAfter, m.projects.reduce((a, p) => a + p.slots.length, 0));
