import { slotSites } from './model';
import type { State } from './state';

interface Opt {
  si: number;
  ci: number;
  site: number;
  value: number;
  need: number;
  park: number;
  coef: number;
  eq: number;
  inc: number;
}

/**
 * Exact re-optimisation of a small neighbourhood: the projects in `free` (already removed from `st`
 * or left out) are re-decided together by depth-first branch and bound over their options, against
 * the room, share slack, budgets and quota counts the fixed rest leaves. Per slot it offers the
 * best-fit and the roomiest site. Share rows are checked at the leaves (a dominant project placed
 * later may make room for a non-dominant one). Stops at `nodeLimit`; applies the best found.
 * Returns the gain over placing nobody from `free`.
 */
export function solveNeighbourhood(st: State, free: number[], nodeLimit: number): number {
  const m = st.m;
  const opts: Opt[][] = free.map((p) => {
    const out: Opt[] = [];
    m.projects[p].slots.forEach((sl, si) => {
      const sites = slotSites(m, sl);
      let fit = -1,
        fitRoom = Infinity,
        big = -1,
        bigRoom = -Infinity;
      for (let i = 0; i < sites.length; i++) {
        const r = st.siteRoom(sites[i]) - sl.need;
        if (r < -1e-7) continue;
        if (r < fitRoom) {
          fitRoom = r;
          fit = sites[i];
        }
        if (r > bigRoom) {
          bigRoom = r;
          big = sites[i];
        }
      }
      const cand = fit < 0 ? [] : fit === big ? [fit] : [fit, big];
      for (const site of cand)
        sl.choices.forEach((c, ci) =>
          out.push({
            si,
            ci,
            site,
            value: c.value,
            need: sl.need,
            park: sl.park,
            coef: sl.shareCoef,
            eq: c.equity,
            inc: c.incentive,
          }),
        );
    });
    return out.sort((a, b) => b.value - a.value);
  });
  const order = free.map((_p, i) => i).sort((a, b) => (opts[b][0]?.value ?? 0) - (opts[a][0]?.value ?? 0));
  const qGain = free.map((p) => (m.projects[p].quotas.length ? m.penalty * m.projects[p].quotas.length : 0));
  const suffix = new Float64Array(order.length + 1);
  for (let i = order.length - 1; i >= 0; i--)
    suffix[i] = suffix[i + 1] + Math.max(0, (opts[order[i]][0]?.value ?? 0) + qGain[order[i]]);
  const pick = new Int32Array(free.length).fill(-1);
  let bestVal = 0,
    bestPick = Int32Array.from(pick);
  let nodes = 0;
  const room = new Map<number, number>();
  const slack = Float64Array.from(st.shareSlack);
  const ach = Int32Array.from(st.quotaAch);
  let eq = st.equity,
    inc = st.incentive;
  const quotaValue = () => {
    let v = 0;
    m.quotas.forEach((q, i) => {
      v -= m.penalty * Math.max(0, q.target - ach[i]);
    });
    return v;
  };
  const baseQuota = quotaValue();
  const dfs = (k: number, val: number) => {
    if (++nodes > nodeLimit) return;
    if (k === order.length) {
      for (let i = 0; i < slack.length; i++) if (m.parks[i].hasShareRow && slack[i] < -1e-7) return;
      const total = val + quotaValue() - baseQuota;
      if (total > bestVal + 1e-9) {
        bestVal = total;
        bestPick = Int32Array.from(pick);
      }
      return;
    }
    if (val + suffix[k] <= bestVal + 1e-9) return;
    const i = order[k],
      p = free[i];
    for (let j = 0; j < opts[i].length; j++) {
      const o = opts[i][j];
      const used = room.get(o.site) ?? 0;
      if (st.siteRoom(o.site) - used < o.need - 1e-7 || (used > 0 && m.sites[o.site].solo)) continue;
      if (eq + o.eq > m.equityCap + 1e-7 || inc + o.inc > m.incentiveCap + 1e-7) continue;
      room.set(o.site, used + o.need);
      slack[o.park] += o.coef;
      eq += o.eq;
      inc += o.inc;
      for (const q of m.projects[p].quotas) ach[q]++;
      pick[i] = j;
      dfs(k + 1, val + o.value);
      pick[i] = -1;
      for (const q of m.projects[p].quotas) ach[q]--;
      room.set(o.site, used);
      slack[o.park] -= o.coef;
      eq -= o.eq;
      inc -= o.inc;
      if (nodes > nodeLimit) return;
    }
    if (!m.projects[p].must) dfs(k + 1, val);
  };
  dfs(0, 0);
  if (free.some((p, i) => m.projects[p].must && bestPick[i] < 0)) return -Infinity;
  free.forEach((p, i) => {
    if (bestPick[i] >= 0) {
      const o = opts[i][bestPick[i]];
      st.place(p, o.si, o.ci, o.site);
    }
  });
  return bestVal;
}
