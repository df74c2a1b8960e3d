import { generateScenario, SIZES } from './generate';
import { buildModel } from '../../../shared/allocation/model';
import { State } from '../../../shared/allocation/state';
import { bestInsertion } from '../../../shared/allocation/construct';
import { scenarioFileSchema } from '../../../shared/schemas/scenario-file';
const f = scenarioFileSchema.parse(generateScenario(SIZES.S, 1));
const m = buildModel(f);
const st = new State(m);
const plan: [number, string, number][] = [[3,'building:22',1],[5,'building:22',2],[7,'plot:16',0],[8,'plot:28',1],[11,'plot:27',0],[12,'plot:21',1],[13,'plot:13',0],[14,'plot:1',3],[15,'plot:20',2],[17,'plot:40',2],[18,'building:53',0],[21,'plot:14',1],[26,'building:53',0],[27,'plot:2',2],[30,'building:24',0]];
for (const [pid, sid, k] of plan) {
  const p = pid - 1; const s = f.sites.findIndex(x => x.id === sid);
  const pj = m.projects[p];
  const si = pj.slots.findIndex(sl => (sl.explicit ?? m.groups[sl.group].lists[sl.cls].subarray(0, sl.count)).includes(s));
  if (si < 0) { console.log('no slot', pid, sid); continue; }
  const ci = pj.slots[si].choices.findIndex(c => c.pkg === k);
  if (ci < 0) { console.log('no choice', pid, k, pj.slots[si].choices.map(c=>c.pkg)); continue; }
  if (!st.fits(p, si, ci, s)) console.log('does not fit', pid);
  st.place(p, si, ci, s);
}
console.log('obj', st.objective(), 'eq', st.equity, 'inc', st.incentive, [...st.quotaAch]);
for (const p of [0, 8, 24, 1, 3]) console.log(p + 1, bestInsertion(st, p, null));
console.log(m.projects[20].quotas, m.projects[26].quotas, m.projects[20].slots.map(s => s.choices.map(c => c.value.toFixed(0))), m.projects[26].slots.map(s => s.choices.map(c => c.value.toFixed(0))));
{
const st2 = new State(m);
const mine: [number, string, number][] = [[1,'building:39',3],[3,'building:22',1],[5,'building:22',2],[7,'plot:49',0],[8,'plot:28',1],[9,'plot:48',0],[11,'plot:27',0],[12,'plot:21',1],[13,'plot:13',0],[14,'plot:16',3],[15,'plot:20',2],[17,'plot:40',2],[18,'building:22',0],[25,'plot:34',1],[26,'building:29',0],[30,'building:24',0]];
for (const [pid, sid, k] of mine) {
  const p = pid - 1; const s = f.sites.findIndex(x => x.id === sid);
  const pj = m.projects[p];
  const si = pj.slots.findIndex(sl => (sl.explicit ?? m.groups[sl.group].lists[sl.cls].subarray(0, sl.count)).includes(s));
  const ci = pj.slots[si].choices.findIndex(c => c.pkg === k);
  st2.place(p, si, ci, s);
}
console.log('mine obj', st2.objective(), st2.equity, st2.incentive);
for (const p of [0, 8, 24]) st2.remove(p);
console.log('after removal', st2.objective(), st2.equity, st2.incentive, [...st2.shareSlack]);
for (const p of [20, 26]) { const ins = bestInsertion(st2, p, null); console.log(p + 1, ins, ins && f.sites[ins.site].id); if (ins) st2.place(p, ins.slot, ins.choice, ins.site); }
console.log('final', st2.objective());
const p21 = m.projects[20]; console.log(p21.slots.map(s => ({park: s.park, kind: s.kind, ready: m.groups[s.group].ready, cls: s.cls, count: s.count, need: s.need, coef: s.shareCoef, sites: Array.from(m.groups[s.group].lists[s.cls].subarray(0, s.count)).map(i => f.sites[i].id + ' room ' + (m.sites[i].cap - st2.used[i]).toFixed(1)) })));
}
{
  const show = (name: string, plan: [number, string, number][]) => {
    for (let pk = 0; pk < 3; pk++) {
      const items = plan.filter(([, sid]) => f.sites.find(x => x.id === sid)!.parkId === pk + 1).map(([pid, sid, k]) => {
        const p = f.projects[pid - 1]; const dom = f.parks[pk].dominantChainIds.includes(p.chainId!);
        const s = f.sites.find(x => x.id === sid)!;
        return `${pid}${dom ? '*' : ''}(${s.kind === 'plot' ? p.landNeedMu : (p.floorNeedM2! / 666.67).toFixed(0)}${s.readiness[0]})`;
      });
      console.log(name, 'park', pk + 1, f.parks[pk].dominantChainIds, f.parks[pk].minDominantShare, items.join(' '));
    }
  };
  show('highs', plan);
  show('mine ', [[1,'building:39',3],[3,'building:22',1],[5,'building:22',2],[7,'plot:49',0],[8,'plot:28',1],[9,'plot:48',0],[11,'plot:27',0],[12,'plot:21',1],[13,'plot:13',0],[14,'plot:16',3],[15,'plot:20',2],[17,'plot:40',2],[18,'building:22',0],[25,'plot:34',1],[26,'building:29',0],[30,'building:24',0]]);
}
{
  const { forcePlace } = await import('../../../shared/allocation/force');
  const st3 = new State(m);
  const mine: [number, string, number][] = [[1,'building:39',3],[3,'building:22',1],[5,'building:22',2],[7,'plot:49',0],[8,'plot:28',1],[9,'plot:48',0],[11,'plot:27',0],[12,'plot:21',1],[13,'plot:13',0],[14,'plot:16',3],[15,'plot:20',2],[17,'plot:40',2],[18,'building:22',0],[25,'plot:34',1],[26,'building:29',0],[30,'building:24',0]];
  for (const [pid, sid, k] of mine) {
    const p = pid - 1; const s = f.sites.findIndex(x => x.id === sid);
    const pj = m.projects[p];
    const si = pj.slots.findIndex(sl => (sl.explicit ?? m.groups[sl.group].lists[sl.cls].subarray(0, sl.count)).includes(s));
    st3.place(p, si, pj.slots[si].choices.findIndex(c => c.pkg === k), s);
  }
  const score = new Float64Array(30).fill(1);
  const d = forcePlace(st3, 20, null, score, () => 0.5, 0, () => false);
  console.log('FORCE', d, st3.objective(), [...st3.slot].map((s, q) => s >= 0 ? q + 1 : 0).filter(Boolean));
}
{
  const { solveNeighbourhood } = await import('../../../shared/allocation/subsolve');
  const st4 = new State(m);
  const mine: [number, string, number][] = [[1,'building:39',3],[3,'building:22',1],[5,'building:22',2],[7,'plot:49',0],[8,'plot:28',1],[9,'plot:48',0],[11,'plot:27',0],[12,'plot:21',1],[13,'plot:13',0],[14,'plot:16',3],[15,'plot:20',2],[17,'plot:40',2],[18,'building:22',0],[25,'plot:34',1],[26,'building:29',0],[30,'building:24',0]];
  for (const [pid, sid, k] of mine) {
    const p = pid - 1; const s = f.sites.findIndex(x => x.id === sid);
    const pj = m.projects[p];
    const si = pj.slots.findIndex(sl => (sl.explicit ?? m.groups[sl.group].lists[sl.cls].subarray(0, sl.count)).includes(s));
    st4.place(p, si, pj.slots[si].choices.findIndex(c => c.pkg === k), s);
  }
  for (const free of [[0, 8, 24, 17, 20, 26], [0, 8, 24, 17, 20, 26, 6, 13, 25]]) {
    const t = st4.clone();
    for (const p of free) t.remove(p);
    const g = solveNeighbourhood(t, free, 100000);
    console.log('SUB', free.map(x=>x+1), g, t.objective(), t.shareViolations());
  }
}
