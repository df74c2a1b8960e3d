import highsLoader from 'highs';
import { generateScenario, SIZES } from './generate';
import { buildModel } from '../../../shared/allocation/model';
import { buildMilp, toCplexLp } from '../../../shared/allocation/milp';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
const f = scenarioFileSchema.parse(generateScenario(SIZES[process.argv[2]], Number(process.argv[3] ?? 1)));
const pb = buildMilp(buildModel(f)).problem;
for (const v of pb.vars) if (v.integer) { v.integer = false; }
const lp = toCplexLp(pb);
const h = await highsLoader();
const t = performance.now();
const r = h.solve(lp, { solver: 'simplex', output_flag: false } as never);
console.log('LP relaxation', r.Status, r.ObjectiveValue, (performance.now() - t).toFixed(0), 'ms');
