import type { ScenarioFile, ScenarioPin } from '../schemas/scenario-file';
import type { EngineMessage, Lang, Names } from './messages';

/**
 * Pins and exclusions outlive the space they name: a plot is sold or a unit let after the pin was
 * set, a project is placed or deleted, a package is removed. Such a reference does not sink the
 * scenario (today's files stay solvable): a pin naming a site or project the file no longer has is
 * dropped (the project is then planned like any other), a pin naming a package the project no
 * longer has keeps its site without the package, and an exclusion naming something gone is kept
 * (it forbids nothing) and flagged. Each is reported as a typed warning. Idempotent.
 */
export function dropStaleRefs(f: ScenarioFile): { file: ScenarioFile; warnings: EngineMessage[] } {
  const projects = new Map(f.projects.map((p) => [p.id, p]));
  const sites = new Set(f.sites.map((s) => s.id));
  const parks = new Set(f.parks.map((p) => p.id));
  const warnings: EngineMessage[] = [];
  const pins: ScenarioPin[] = [];
  for (const pin of f.pins) {
    const p = projects.get(pin.projectId);
    const stale = (reason: 'project_gone' | 'site_gone' | 'package_gone') =>
      warnings.push({
        code: 'pin_stale',
        params: { projectId: pin.projectId, siteId: pin.siteId ?? null, packageId: pin.packageId ?? null, reason },
      });
    if (!p) stale('project_gone');
    else if (pin.siteId !== undefined && !sites.has(pin.siteId)) stale('site_gone');
    else if (pin.packageId !== undefined && !p.packages.some((k) => k.id === pin.packageId)) {
      stale('package_gone');
      pins.push({ projectId: pin.projectId, ...(pin.siteId !== undefined ? { siteId: pin.siteId } : {}) });
    } else pins.push(pin);
  }
  for (const e of f.exclusions) {
    const gone =
      (e.projectId !== undefined && !projects.has(e.projectId)) ||
      (e.siteId !== undefined && !sites.has(e.siteId)) ||
      (e.parkId !== undefined && !parks.has(e.parkId));
    if (gone)
      warnings.push({
        code: 'exclusion_stale',
        params: { projectId: e.projectId ?? null, siteId: e.siteId ?? null, parkId: e.parkId ?? null },
      });
  }
  return { file: warnings.length ? { ...f, pins } : f, warnings };
}

type StaleRef = Extract<EngineMessage, { code: 'pin_stale' | 'exclusion_stale' }>;

/** The words of a stale pin or exclusion (messages.ts wordMessage defers here). */
export function wordStaleRef(msg: StaleRef, n: Names, lang: Lang): string {
  const zh = lang === 'zh';
  if (msg.code === 'pin_stale') {
    const p = msg.params;
    const pr = n.project(p.projectId);
    const site = p.siteId ? n.site(p.siteId) : '—';
    if (p.reason === 'project_gone')
      return zh
        ? `锁定已失效：项目「${pr}」已不在待落位项目中（已落位、已删除或不在范围内），本次求解忽略此锁定。`
        : `Pin ignored: project "${pr}" is no longer waiting for space (placed, deleted or out of scope).`;
    if (p.reason === 'site_gone')
      return zh
        ? `锁定已失效：项目「${pr}」指定的场地 ${site} 已不再空闲或已删除，本次求解忽略此锁定，该项目按一般项目参与规划。`
        : `Pin ignored: the site ${site} pinned for "${pr}" is no longer vacant or was deleted; ` +
            'the project is planned like any other.';
    return zh
      ? `项目「${pr}」锁定的优惠方案已删除：仍按锁定落位，优惠方案由求解器选择。`
      : `The package pinned for "${pr}" was deleted: the project stays pinned and the solver picks its package.`;
  }
  const p = msg.params;
  const what = [
    p.projectId === null ? null : n.project(p.projectId),
    p.siteId === null ? null : n.site(p.siteId),
    p.parkId === null ? null : n.park(p.parkId),
  ]
    .filter(Boolean)
    .join(' / ');
  return zh
    ? `排除已失效：${what} 已不在本方案的项目或空闲场地中，此排除不再起作用。`
    : `Exclusion has no effect: ${what} is no longer among the scenario's projects or vacant sites.`;
}
