import { generateScenario, SIZES } from './generate';
import { buildModel } from '../../../shared/allocation/model';
import { State } from '../../../shared/allocation/state';
import { insertAll, orderBy } from '../../../shared/allocation/construct';
import { forcePlace } from '../../../shared/allocation/force';
import { makeRng } from '../../../shared/allocation/rng';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
const f = scenarioFileSchema.parse(generateScenario(SIZES[process.argv[2]], Number(process.argv[3] ?? 1)));
const m = buildModel(f);
const placeable = m.projects.map((pj, p) => (pj.slots.length ? p : -1)).filter((p) => p >= 0);
const maxValue = Float64Array.from(m.projects, (pj) => Math.max(0, ...pj.slots.flatMap((s) => s.choices.map((c) => c.value))));
const st = new State(m);
insertAll(st, orderBy(st, placeable, (p) => (m.projects[p].must ? 1e12 : 0) + maxValue[p]), null);
const miss = st.mustMissing();
console.log('must', m.projects.filter(p => p.must).length, 'missing', miss.length);
for (const p of miss.filter(p => [1985, 2958, 2996].includes(p))) {
  const pj = m.projects[p];
  console.log(pj.id, 'slots', pj.slots.length, pj.slots.map(s => `park${s.park} dom${s.dom} coef${s.shareCoef.toFixed(1)} slack${st.shareSlack[s.park].toFixed(1)} n${s.count}`).slice(0, 6).join(' | '));
  const unplacedDom = new Set<number>();
  for (const s of pj.slots) m.projects.forEach((q, qi) => { if (st.slot[qi] < 0 && q.slots.some(x => x.park === s.park && x.dom)) unplacedDom.add(qi); });
  console.log('  unplaced dominant candidates in its parks:', unplacedDom.size);
  const r = forcePlace(st, p, null, maxValue, makeRng(1), 0, () => false, new Set(m.projects.map((q, qi) => q.must && st.slot[qi] >= 0 ? qi : -1).filter(x => x >= 0)));
  console.log('  force', r === null ? 'FAILED' : 'ok');
}
