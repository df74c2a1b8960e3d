import type { ScenarioFile } from '../schemas/scenario-file';
import { isMust, pairViolation, quotaQualifies } from './rules';
import type { Check } from './types';
import { dropStaleRefs } from './stale';
import { isDominant, M2_PER_MU, placementValue, siteDelay, siteRecovery } from './value';

export interface Placement {
  projectId: number;
  siteId: string;
  packageId: number | null;
}

const TOL = 1e-6;

/**
 * The solution check: every rule of the full model recomputed from the raw scenario file, never from
 * a solver's word. A placement is x = 1 by construction, so integrality is the "each project at most
 * once" check; solver outputs are rounded only after their integrality has been checked upstream.
 */
export function verifyPlacements(
  input: ScenarioFile,
  placements: Placement[],
  reportedObjective: number,
  /** Must-place projects the solve reported in its land shortfall (partial plan): not required here. */
  excused: number[] = [],
): { ok: boolean; objective: number; checks: Check[] } {
  // The rules of the file as solved: pins naming what is gone are dropped (see stale.ts).
  const f = dropStaleRefs(input).file;
  const checks: Check[] = [];
  const add = (name: string, bad: string[]) =>
    checks.push({
      name,
      ok: bad.length === 0,
      detail: bad.length ? bad.slice(0, 5).join('; ') + (bad.length > 5 ? ` (+${bad.length - 5} more)` : '') : 'ok',
    });
  const projects = new Map(f.projects.map((p) => [p.id, p]));
  const excusedSet = new Set(excused);
  const sites = new Map(f.sites.map((s) => [s.id, s]));
  const parks = new Map(f.parks.map((p) => [p.id, p]));
  const jur = new Map(f.jurisdictions.map((j) => [j.id, j]));

  const unknown = placements
    .filter((a) => !projects.has(a.projectId) || !sites.has(a.siteId))
    .map((a) => `${a.projectId}@${a.siteId}`);
  add('known_ids', unknown);
  if (unknown.length) return { ok: false, objective: NaN, checks };
  const seen = new Map<number, number>();
  for (const a of placements) seen.set(a.projectId, (seen.get(a.projectId) ?? 0) + 1);
  add(
    'each_project_at_most_once',
    [...seen].filter(([, n]) => n > 1).map(([id, n]) => `project ${id} placed ${n} times`),
  );
  // A signed or pinned project with no compatible pair at all is reported, not a violation.
  const placeableAnywhere = (p: ScenarioFile['projects'][number]) =>
    f.sites.some((s) =>
      (p.packages.length ? p.packages : [null]).some((k) => pairViolation(f, p, s, k, true) === null),
    );
  add(
    'must_place_placed',
    f.projects
      .filter((p) => isMust(f, p) && !seen.has(p.id) && !excusedSet.has(p.id) && placeableAnywhere(p))
      .map((p) => `project ${p.id} (${p.stage === 'signed' ? 'signed' : 'pinned'}) not placed`),
  );

  const ruleBad: string[] = [];
  const users = new Map<string, number>();
  const used = new Map<string, number>();
  const dom = new Map<number, number>(),
    tot = new Map<number, number>();
  let equity = 0,
    incentive = 0,
    value = 0;
  for (const a of placements) {
    const p = projects.get(a.projectId)!,
      s = sites.get(a.siteId)!,
      park = parks.get(s.parkId)!;
    const k = a.packageId === null ? null : (p.packages.find((x) => x.id === a.packageId) ?? null);
    if (a.packageId !== null && !k) {
      ruleBad.push(`project ${p.id} has no package ${a.packageId}`);
      continue;
    }
    const why = pairViolation(f, p, s, k, isMust(f, p));
    if (why) ruleBad.push(`project ${p.id} at ${s.id}: ${why}`);
    const need = s.kind === 'plot' ? (p.landNeedMu ?? 0) : (p.floorNeedM2 ?? 0);
    used.set(s.id, (used.get(s.id) ?? 0) + need);
    users.set(s.id, (users.get(s.id) ?? 0) + 1);
    const area = s.kind === 'plot' ? need : need / M2_PER_MU;
    tot.set(park.id, (tot.get(park.id) ?? 0) + area);
    if (isDominant(p, park)) dom.set(park.id, (dom.get(park.id) ?? 0) + area);
    equity += k?.equityWan ?? 0;
    incentive += k?.incentivePvWan ?? 0;
    value += placementValue(
      p,
      park,
      jur.get(park.jurisdictionId)!,
      k,
      siteDelay(f.levers, s),
      f.levers,
      undefined,
      siteRecovery(s),
    ).totalWan;
  }
  add('pair_rules', ruleBad);
  add(
    'indivisible_sites',
    [...users]
      .filter(([id, n]) => n > 1 && sites.get(id)!.shared === false)
      .map(([id, n]) => `${id}: ${n} projects on an indivisible site`),
  );
  add(
    'site_capacity',
    [...used]
      .filter(([id, u]) => u > sites.get(id)!.capacity * (1 + 1e-9) + TOL)
      .map(([id, u]) => `${id}: ${u} > ${sites.get(id)!.capacity}`),
  );
  const shareBad: string[] = [];
  for (const park of f.parks) {
    const theta = f.levers.dominantShareByPark[String(park.id)] ?? park.minDominantShare;
    if (!park.dominantChainIds.length || theta <= 0) continue;
    const t = tot.get(park.id) ?? 0,
      d = dom.get(park.id) ?? 0;
    const headroom =
      f.levers.shareBasis === 'total' ? Math.max(0, park.existingDominantMu - theta * park.existingTotalMu) : 0;
    if (d - theta * t + headroom < -TOL * Math.max(1, t))
      shareBad.push(`park ${park.id}: dominant ${d.toFixed(3)} < ${theta} × ${t.toFixed(3)}`);
  }
  add('dominant_share', shareBad);
  const cap = (v: number | null) => (v === null ? Infinity : v);
  add('equity_fund', equity > cap(f.levers.equityFundWan) + TOL ? [`${equity} > ${f.levers.equityFundWan}`] : []);
  add(
    'incentive_budget',
    incentive > cap(f.levers.incentiveBudgetWan) + TOL ? [`${incentive} > ${f.levers.incentiveBudgetWan}`] : [],
  );
  let shortfall = 0;
  for (const j of f.jurisdictions)
    for (const q of j.quotas) {
      const got = placements.filter((a) =>
        quotaQualifies(f, projects.get(a.projectId)!, {
          jurisdictionId: j.id,
          role: q.role,
          minInvestmentWan: q.minInvestmentWan,
          dominantOnly: q.dominantOnly,
        }),
      ).length;
      shortfall += Math.max(0, q.count - got);
    }
  const objective = value - f.levers.quotaPenaltyWan * shortfall;
  add(
    'objective_recomputed',
    Math.abs(objective - reportedObjective) > 1e-6 * Math.max(1, Math.abs(objective))
      ? [`recomputed ${objective} ≠ reported ${reportedObjective}`]
      : [],
  );
  return { ok: checks.every((c) => c.ok), objective, checks };
}
