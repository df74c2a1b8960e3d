import { generateScenario, SIZES } from './generate';
import { buildModel } from '../../../shared/allocation/model';
import { Lagrangian } from '../../../shared/allocation/lagrangian';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
const f = scenarioFileSchema.parse(generateScenario(SIZES[process.argv[2]], 1));
const m = buildModel(f);
const lag = new Lagrangian(m);
let t = performance.now();
for (let i = 1; i <= 60; i++) { lag.step(Number(process.argv[3])); if (i % 20 === 0) { console.log(i, lag.best.toFixed(0), ((performance.now() - t) / 20).toFixed(1), 'ms/it'); t = performance.now(); } }
lag.useSites = true;
for (let i = 1; i <= 20; i++) lag.step(Number(process.argv[3]));
console.log('sites on', ((performance.now() - t) / 20).toFixed(1), 'ms/it');
