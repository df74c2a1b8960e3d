import { generateScenario, SIZES } from './generate';
import { buildModel } from '../../../shared/allocation/model';
import { Lagrangian } from '../../../shared/allocation/lagrangian';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
const f = scenarioFileSchema.parse(generateScenario(SIZES[process.argv[2]], 1));
const m = buildModel(f);
const lb = Number(process.argv[3]);
const n1 = Number(process.argv[4]);
const lag = new Lagrangian(m);
const t = performance.now();
for (let i = 1; i <= 3000; i++) { if (i === n1) { lag.useSites = true; lag.alpha = Number(process.argv[5] ?? 0.5); } lag.step(lb); if ([100,200,400,800,1200,1500,2000,3000].includes(i)) console.log(i, lag.best.toFixed(1), lag.alpha.toExponential(2), (performance.now()-t).toFixed(0)+'ms'); }
