import type { StartPlacement } from '../schemas/scenario-file';
import type { Allocation } from './types';
import { repairShare } from './construct';
import type { Model } from './model';
import { State } from './state';

export interface StartRepair {
  state: State;
  /** Placements of the start plan still in the repaired state. */
  kept: number;
  /** Project ids of the start plan the new rules no longer allow (or that no longer exist). */
  dropped: number[];
}

/**
 * The previous plan, repaired to the model's rules: each placement is kept when its (site, package)
 * is still one of the project's options and everything still fits (capacity, budgets); then the
 * dominant-share rows are restored by dropping the non-dominant placements worth least per 亩.
 * Must-place projects go first so a pin is never squeezed out by a placement it replaces.
 */
export function repairStartPlan(m: Model, plan: StartPlacement[]): StartRepair {
  const st = new State(m);
  const projectIdx = new Map(m.projects.map((p, i) => [p.id, i]));
  const siteIdx = new Map(m.sites.map((s, i) => [s.id, i]));
  const groupOfSite = new Int32Array(m.sites.length).fill(-1);
  m.groups.forEach((g, gi) => g.lists[0].forEach((s) => (groupOfSite[s] = gi)));
  const dropped = new Set<number>();
  const seen = new Set<number>();
  const mustOf = (p: number) => p >= 0 && m.projects[p].must;
  const order = plan
    .map((a) => ({ a, p: projectIdx.get(a.projectId) ?? -1, s: siteIdx.get(a.siteId) ?? -1 }))
    .sort((x, y) => Number(mustOf(y.p)) - Number(mustOf(x.p)));
  const tryPlace = (p: number, s: number, packageId: number | null, dominantPass: boolean) =>
    m.projects[p].slots.some((sl, si) => {
      if (dominantPass !== sl.shareCoef >= 0) return false;
      const inSlot = sl.explicit
        ? sl.explicit.includes(s)
        : sl.group === groupOfSite[s] && m.sites[s].cls >= sl.cls && m.sites[s].cap >= sl.need - 1e-9;
      const ci = inSlot ? sl.choices.findIndex((c) => c.packageId === packageId) : -1;
      if (ci < 0 || !st.fits(p, si, ci, s)) return false;
      st.place(p, si, ci, s);
      return true;
    });
  // Dominant placements first: they make the room in the share rows that non-dominant ones use.
  for (const dominantPass of [true, false])
    for (const { a, p, s } of order) if (p >= 0 && s >= 0 && st.slot[p] < 0) tryPlace(p, s, a.packageId, dominantPass);
  repairShare(st);
  for (const { a, p } of order) {
    if (p < 0 || st.slot[p] < 0 || seen.has(a.projectId)) dropped.add(a.projectId);
    seen.add(a.projectId);
  }
  let kept = 0;
  for (let p = 0; p < m.projects.length; p++) if (st.slot[p] >= 0) kept++;
  return { state: st, kept, dropped: [...dropped] };
}

/** A plan as the placements a re-solve starts from (or the verifier re-checks): project, site, package. */
export const planOf = (r: {
  allocations: readonly Pick<Allocation, 'projectId' | 'siteId' | 'packageId'>[];
}): StartPlacement[] =>
  r.allocations.map((a) => ({ projectId: a.projectId, siteId: a.siteId, packageId: a.packageId }));
