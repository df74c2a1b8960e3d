import type { Allocation } from '../allocation/types';
import type { Plot, Unit } from '../types/park';
import type { Project } from '../types/project';
import type { ScenarioBasis } from '../types/scenario';
import { parseSiteId } from './site-id';

export interface CommitConflict {
  kind: 'plot' | 'building' | 'project';
  id: number;
  reason: string;
}

export interface CommitPlan {
  conflicts: CommitConflict[];
  /**
   * A large plot may take several projects (the park would subdivide it before granting): it is
   * reserved once, for the project needing most land; the scenario's placement rows keep the others.
   */
  plots: Array<{ plotId: number; version: number; projectId: number; projectIds: number[] }>;
  units: Array<{ unitId: number; version: number; projectId: number }>;
}

/**
 * What committing a solved scenario changes, or why it cannot: every placement's plot must still be
 * vacant at the version the solve read, every project unchanged and still open, and every building
 * must still have the vacant units to hold its tenants. Units are taken largest first until the
 * project's floor need is covered, so a tenant gets few, whole units.
 */
export function planCommit(
  allocations: Allocation[],
  basis: ScenarioBasis,
  now: { plots: Map<number, Plot>; units: Unit[]; projects: Map<number, Project> },
): CommitPlan {
  const conflicts: CommitConflict[] = [];
  const plots: CommitPlan['plots'] = [];
  const units: CommitPlan['units'] = [];
  const taken = new Set<number>();

  for (const a of allocations) {
    const project = now.projects.get(a.projectId);
    if (!project) conflicts.push({ kind: 'project', id: a.projectId, reason: 'the project was deleted' });
    else if (project.stage === 'dropped' || project.stage === 'landed')
      conflicts.push({ kind: 'project', id: a.projectId, reason: `the project is now ${project.stage}` });
    else if (basis.projects[a.projectId] !== undefined && basis.projects[a.projectId] !== project.version)
      conflicts.push({ kind: 'project', id: a.projectId, reason: 'the project was edited since the solve' });

    const site = parseSiteId(a.siteId);
    if (!site) {
      conflicts.push({ kind: 'plot', id: 0, reason: `unknown site ${a.siteId}` });
      continue;
    }
    if (site.kind === 'plot') {
      const plot = now.plots.get(site.id);
      if (!plot) conflicts.push({ kind: 'plot', id: site.id, reason: 'the plot was deleted' });
      else if (plot.status !== 'vacant')
        conflicts.push({ kind: 'plot', id: site.id, reason: `plot ${plot.code} is now ${plot.status}` });
      else if (basis.plots[site.id] !== plot.version)
        conflicts.push({ kind: 'plot', id: site.id, reason: `plot ${plot.code} was edited since the solve` });
      else {
        const same = plots.find((x) => x.plotId === plot.id);
        if (!same)
          plots.push({ plotId: plot.id, version: plot.version, projectId: a.projectId, projectIds: [a.projectId] });
        else {
          same.projectIds.push(a.projectId);
          const needOf = (id: number) => allocations.find((x) => x.projectId === id)?.areaMu ?? 0;
          if (needOf(a.projectId) > needOf(same.projectId)) same.projectId = a.projectId;
        }
      }
      continue;
    }
    const free = now.units
      .filter((u) => u.buildingId === site.id && u.status === 'vacant' && !taken.has(u.id))
      .sort((x, y) => y.areaM2 - x.areaM2 || x.id - y.id);
    const need = a.floorM2 ?? 0;
    let got = 0;
    const chosen: Unit[] = [];
    for (const u of free) {
      if (got >= need) break;
      chosen.push(u);
      got += u.areaM2;
    }
    if (got + 1e-6 < need) {
      conflicts.push({
        kind: 'building',
        id: site.id,
        reason: `building ${site.id} has ${Math.round(got)} m² vacant, ${Math.round(need)} m² needed`,
      });
      continue;
    }
    for (const u of chosen) {
      taken.add(u.id);
      units.push({ unitId: u.id, version: u.version, projectId: a.projectId });
    }
  }
  return { conflicts, plots, units };
}
