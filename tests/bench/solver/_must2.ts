import { generateScenario, SIZES } from './generate';
import { buildModel } from '../../../shared/allocation/model';
import { State } from '../../../shared/allocation/state';
import { insertAll, orderBy } from '../../../shared/allocation/construct';
import { forcePlace } from '../../../shared/allocation/force';
import { makeRng } from '../../../shared/allocation/rng';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
const f = scenarioFileSchema.parse(generateScenario(SIZES.XL, 1));
const m = buildModel(f);
m.projects.forEach(pj => { if (pj.must && !pj.slots.length) pj.must = false; });
const placeable = m.projects.map((pj, p) => (pj.slots.length ? p : -1)).filter((p) => p >= 0);
const maxValue = Float64Array.from(m.projects, (pj) => Math.max(0, ...pj.slots.flatMap((s) => s.choices.map((c) => c.value))));
let best = new State(m);
insertAll(best, orderBy(best, placeable, (p) => maxValue[p]), null);
console.log('greedy missing', best.mustMissing().length);
const alt = new State(m);
insertAll(alt, orderBy(alt, placeable, (p) => (m.projects[p].must ? 1e12 : 0) + maxValue[p]), null);
console.log('alt missing', alt.mustMissing().length);
if (alt.mustMissing().length <= best.mustMissing().length) best = alt;
const rng = makeRng(1);
for (let round = 0; round < 2; round++) for (const p of best.mustMissing()) { const r = forcePlace(best, p, null, maxValue, rng, 0, () => false); console.log('force', m.projects[p].id, r === null ? 'FAIL' : 'ok'); }
console.log('after', best.mustMissing().map(p => m.projects[p].id));
for (const id of [1986, 2997]) {
  const p = id - 1; const pj = m.projects[p];
  console.log(id, 'eq', best.equity.toFixed(0), m.equityCap.toFixed(0), 'inc', best.incentive.toFixed(0), m.incentiveCap.toFixed(0));
  pj.slots.forEach((sl, si) => sl.choices.forEach((c, ci) => {
    const sites = Array.from(m.groups[sl.group].lists[sl.cls].subarray(0, sl.count));
    const room = sites.filter(s => best.siteRoom(s) >= sl.need).length;
    console.log(` slot${si} park${sl.park} dom${sl.dom} coef${sl.shareCoef.toFixed(1)} slack${best.shareSlack[sl.park].toFixed(1)} rooms${room}/${sites.length} eq${c.equity} inc${c.incentive} domUnplaced ${m.domByPark[sl.park].filter(q => best.slot[q] < 0).length}`);
  }));
}
