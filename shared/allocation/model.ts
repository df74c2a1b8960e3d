import type { ScenarioFile, ScenarioProject, ScenarioSite } from '../schemas/scenario-file';
import {
  isDominant,
  M2_PER_MU,
  placementValue,
  siteRecovery,
  taxPv,
  type SiteRecovery,
  type ValueBreakdown,
} from './value';
import {
  investorDeclines,
  packageBarredInPark,
  pairExcluded,
  pairFilter,
  projectExcluded,
  quotaQualifies,
  siteExcluded,
  type FilterReason,
} from './rules';

/**
 * The compiled model. The value of a placement depends on (project, park, site kind, readiness,
 * package) but not on which site inside that group, so sites are grouped and each group keeps, per
 * pollution class, its compatible sites sorted by capacity (largest first): the sites a project may
 * use are a prefix of one list. Everything the search and the bound need is indexed by number.
 */

export const KINDS = ['plot', 'building'] as const;
export const READY = ['ready', 'partial', 'raw'] as const;
const CLASS = { M1: 0, M2: 1, M3: 2 } as const;

export interface SiteInfo {
  id: string;
  kind: 0 | 1;
  park: number;
  cap: number;
  cls: number;
  ready: number;
  /** At most one project (an indivisible plot). */
  solo: boolean;
}
export interface ParkInfo {
  id: number;
  theta: number;
  /** Share row: Σ coef·x ≥ rhs. */ rhs: number;
  hasShareRow: boolean;
  scale: number;
}
export interface Group {
  park: number;
  kind: 0 | 1;
  ready: number;
  /** Recovery terms shared by the group's sites (flagged plots); null for ordinary vacant sites. */
  recovery: SiteRecovery | null;
  /** lists[c]: sites with land class ≥ c, capacity descending. */ lists: Int32Array[];
}
export interface Choice {
  pkg: number;
  packageId: number | null;
  value: number;
  equity: number;
  incentive: number;
  breakdown: ValueBreakdown;
  /** PV of the package to the investor, when the file gives it. */
  investorValue: number | null;
}
export interface Slot {
  group: number;
  park: number;
  kind: 0 | 1;
  cls: number;
  /** Compatible sites: explicit list, or the first `count` of group.lists[cls]. */
  count: number;
  explicit: Int32Array | null;
  /** Cache of the prefix (filled by slotSites). */
  prefix?: Int32Array;
  need: number;
  area: number;
  dom: boolean;
  shareCoef: number;
  choices: Choice[];
}
export interface ProjectInfo {
  id: number;
  must: boolean;
  quotas: number[];
  slots: Slot[];
  diag: Partial<Record<FilterReason, number>>;
  /** Best value among options the minimum-placement-value filter removed (for the reason's words). */
  bestBelowMinWan?: number;
}
export interface QuotaInfo {
  jurisdictionId: number;
  role: 'head' | 'deputy';
  target: number;
  minInvestmentWan: number;
  dominantOnly: boolean;
}

export interface Model {
  file: ScenarioFile;
  sites: SiteInfo[];
  parks: ParkInfo[];
  groups: Group[];
  projects: ProjectInfo[];
  quotas: QuotaInfo[];
  equityCap: number;
  incentiveCap: number;
  penalty: number;
  pairsBefore: number;
  pairsAfter: number;
  /** Projects with a dominant-chain option in each park (for pulling them in when a share blocks). */
  domByPark: number[][];
  /** Projects with any option in each park. */
  byPark: number[][];
}

export function slotSites(m: Model, s: Slot): ArrayLike<number> {
  // The prefix view is cached on the slot: the search asks for it millions of times (allocation showed up as GC).
  return s.explicit ?? (s.prefix ??= m.groups[s.group].lists[s.cls].subarray(0, s.count));
}

/** Packages that another package beats on cost, equity and incentive budget at once can never be optimal. */
function undominated(choices: Choice[]): Choice[] {
  return choices.filter(
    (c, i) =>
      !choices.some(
        (d, j) =>
          j !== i &&
          d.value >= c.value &&
          d.equity <= c.equity &&
          d.incentive <= c.incentive &&
          (d.value > c.value || d.equity < c.equity || d.incentive < c.incentive || j < i),
      ),
  );
}

export function buildModel(file: ScenarioFile): Model {
  const lv = file.levers;
  const parkIdx = new Map(file.parks.map((p, i) => [p.id, i]));
  const jur = new Map(file.jurisdictions.map((j) => [j.id, j]));
  const sites: SiteInfo[] = file.sites.map((s) => ({
    id: s.id,
    kind: s.kind === 'plot' ? 0 : 1,
    park: parkIdx.get(s.parkId)!,
    cap: s.capacity,
    cls: CLASS[s.landUse],
    ready: READY.indexOf(s.readiness),
    solo: s.shared === false,
  }));
  const parks: ParkInfo[] = file.parks.map((p) => {
    const theta = lv.dominantShareByPark[String(p.id)] ?? p.minDominantShare;
    // 'total' lets new non-dominant space use the headroom existing occupants leave above θ; a park
    // already below θ is not forced to take projects (rhs never above 0), it just gets no headroom.
    const rhs = lv.shareBasis === 'total' ? Math.min(0, theta * p.existingTotalMu - p.existingDominantMu) : 0;
    return { id: p.id, theta, rhs, hasShareRow: p.dominantChainIds.length > 0 && theta > 0, scale: 1 };
  });
  // Groups of sites: (park, kind, readiness, recovery terms): a recoverable site's value differs.
  const groupKey = (park: number, kind: number, ready: number, r: SiteRecovery | null) =>
    `${(park * 2 + kind) * 3 + ready}|${r ? `${r.costWan}|${r.delayYears}` : ''}`;
  const groupOf = new Map<string, number>();
  const groups: Group[] = [];
  const members: number[][] = [];
  sites.forEach((s, i) => {
    if (siteExcluded(file, file.sites[i])) return;
    const recovery = siteRecovery(file.sites[i]);
    const k = groupKey(s.park, s.kind, s.ready, recovery);
    let g = groupOf.get(k);
    if (g === undefined) {
      g = groups.length;
      groupOf.set(k, g);
      groups.push({ park: s.park, kind: s.kind, ready: s.ready, recovery, lists: [] });
      members.push([]);
    }
    members[g].push(i);
  });
  groups.forEach((g, gi) => {
    const sorted = members[gi].sort((a, b) => sites[b].cap - sites[a].cap || a - b);
    g.lists = [0, 1, 2].map((c) => Int32Array.from(sorted.filter((i) => sites[i].cls >= c)));
  });
  for (const p of parks) p.scale = 1;
  sites.forEach((s) => {
    parks[s.park].scale += s.kind === 0 ? s.cap : s.cap / M2_PER_MU;
  });

  const groupsByPark: number[][] = parks.map(() => []);
  groups.forEach((g, gi) => groupsByPark[g.park].push(gi));
  const parkSites = parks.map(() => 0);
  sites.forEach((s) => parkSites[s.park]++);
  const quotas: QuotaInfo[] = [];
  for (const j of file.jurisdictions)
    for (const q of j.quotas)
      quotas.push({
        jurisdictionId: j.id,
        role: q.role,
        target: q.count,
        minInvestmentWan: q.minInvestmentWan,
        dominantOnly: q.dominantOnly,
      });
  const pins = new Map(file.pins.map((p) => [p.projectId, p]));
  const siteIdx = new Map(file.sites.map((s, i) => [s.id, i]));
  let pairsBefore = 0;
  let pairsAfter = 0;
  const nSites = [0, 0];
  sites.forEach((s) => nSites[s.kind]++);

  const projects: ProjectInfo[] = file.projects.map((p) => {
    const pin = pins.get(p.id);
    const must = p.stage === 'signed' || pin !== undefined;
    const diag: Partial<Record<FilterReason, number>> = {};
    const note = (r: FilterReason, n: number) => {
      if (n > 0) diag[r] = (diag[r] ?? 0) + n;
    };
    const qs = quotas.map((q, qi) => (quotaQualifies(file, p, q) ? qi : -1)).filter((qi) => qi >= 0);
    const info: ProjectInfo = { id: p.id, must, quotas: qs, slots: [], diag };
    const nPk = Math.max(1, p.packages.length);
    pairsBefore += sites.length * nPk;
    if (projectExcluded(file, p)) {
      note('excluded', sites.length * nPk);
      return info;
    }
    const hasSiteRule =
      pin?.siteId !== undefined || file.exclusions.some((e) => e.siteId !== undefined && e.projectId === p.id);
    const allowed = p.allowedParkIds ? new Set(p.allowedParkIds) : null;
    const pvCache = new Map<string, number>();
    for (const [pi, park] of file.parks.entries()) {
      // Parks the project may not go to are skipped whole (city-scale files have many).
      if (allowed && !allowed.has(park.id)) {
        note('park_not_allowed', parkSites[pi] * nPk);
        continue;
      }
      for (const gi of groupsByPark[pi]) {
        const g = groups[gi];
        const kindName = KINDS[g.kind];
        const need = kindName === 'plot' ? p.landNeedMu : p.floorNeedM2;
        const groupSize = g.lists[0].length;
        const bad = pairFilter(p, park, kindName, g.ready, file);
        if (need === null || bad) {
          note(need === null ? 'site_kind' : bad!, groupSize * nPk);
          continue;
        }
        const cls = CLASS[p.pollutionClass];
        const list = g.lists[cls];
        note('land_use', (groupSize - list.length) * nPk);
        let count = 0;
        while (count < list.length && sites[list[count]].cap >= need - 1e-9) count++;
        note('size', (list.length - count) * nPk);
        let explicit: Int32Array | null = null;
        if (hasSiteRule) {
          const ok = Array.from(list.subarray(0, count)).filter((si) => {
            if (pin?.siteId !== undefined && siteIdx.get(pin.siteId) !== si) return false;
            return !pairExcluded(file, p, file.sites[si]);
          });
          note('excluded', (count - ok.length) * nPk);
          explicit = Int32Array.from(ok);
          if (ok.length === 0) continue;
        } else if (count === 0) continue;
        const nCompat = explicit ? explicit.length : count;
        const j = jur.get(park.jurisdictionId)!;
        const delay = lv.readinessDelayYears[READY[g.ready]] + (g.recovery?.delayYears ?? 0);
        const pkgs = p.packages.length ? p.packages.map((k, ki) => ({ k, ki })) : [{ k: null, ki: -1 }];
        let choices: Choice[] = [];
        for (const { k, ki } of pkgs) {
          if (
            (k && k.appliesTo !== 'both' && k.appliesTo !== (kindName === 'plot' ? 'land' : 'floor')) ||
            packageBarredInPark(k, park.id)
          ) {
            note('package_kind', nCompat);
            continue;
          }
          if (k && pin?.packageId !== undefined && pin.packageId !== k.id) {
            note('pinned_elsewhere', nCompat);
            continue;
          }
          if (investorDeclines(p, k, must)) {
            note('investor_declines', nCompat);
            continue;
          }
          const key = `${j.id}|${delay}`;
          let pv = pvCache.get(key);
          if (pv === undefined) {
            pv = taxPv(p, j, lv, delay);
            pvCache.set(key, pv);
          }
          const breakdown = placementValue(p, park, j, k, delay, lv, pv, g.recovery);
          if (!must && breakdown.totalWan < lv.minPlacementValueWan) {
            note('below_min_value', nCompat);
            info.bestBelowMinWan = Math.max(info.bestBelowMinWan ?? -Infinity, breakdown.totalWan);
            continue;
          }
          choices.push({
            pkg: ki,
            packageId: k ? k.id : null,
            value: breakdown.totalWan,
            equity: k?.equityWan ?? 0,
            incentive: k?.incentivePvWan ?? 0,
            breakdown,
            investorValue: k?.investorValueWan ?? null,
          });
        }
        const before = choices.length;
        choices = undominated(choices);
        note('dominated_package', (before - choices.length) * nCompat);
        if (!choices.length) continue;
        const area = kindName === 'plot' ? need : need / M2_PER_MU;
        const dom = isDominant(p, park);
        const pk = parks[g.park];
        const shareCoef = pk.hasShareRow ? (dom ? (1 - pk.theta) * area : -pk.theta * area) : 0;
        pairsAfter += nCompat * choices.length;
        info.slots.push({
          group: gi,
          park: g.park,
          kind: g.kind,
          cls,
          count,
          explicit,
          need,
          area,
          dom,
          shareCoef,
          choices,
        });
      }
    }
    return info;
  });
  const cap = (v: number | null) => (v === null ? Infinity : v);
  const domByPark: number[][] = parks.map(() => []);
  const byPark: number[][] = parks.map(() => []);
  projects.forEach((pj, p) => {
    for (const pk of new Set(pj.slots.filter((sl) => sl.dom).map((sl) => sl.park))) domByPark[pk].push(p);
    for (const pk of new Set(pj.slots.map((sl) => sl.park))) byPark[pk].push(p);
  });
  return {
    domByPark,
    byPark,
    file,
    sites,
    parks,
    groups,
    projects,
    quotas,
    equityCap: cap(lv.equityFundWan),
    incentiveCap: cap(lv.incentiveBudgetWan),
    penalty: lv.quotaPenaltyWan,
    pairsBefore,
    pairsAfter,
  };
}

export type { ScenarioProject, ScenarioSite };
