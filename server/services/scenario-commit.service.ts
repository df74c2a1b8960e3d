import type { Ctx } from './context';
import { scenariosRepo } from '../repositories/scenarios.repo';
import { plotsRepo } from '../repositories/plots.repo';
import { unitsRepo } from '../repositories/buildings.repo';
import { projectsRepo } from '../repositories/projects.repo';
import { parksRepo } from '../repositories/parks.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertScope } from './scenarios.service';
import { assertWriteIn } from './access';
import { found } from './not-found';
import { AppError } from '../../shared/errors';
import { planCommit } from '../../shared/scenarios/commit-plan';
import { commitCounts } from '../../shared/scenarios/commit-counts';
import { parseSiteId } from '../../shared/scenarios/site-id';
import type { ScenarioBasis } from '../../shared/types/scenario';

/**
 * Many rows read and checked, then written: on PostgreSQL a concurrent commit or edit of any of them
 * aborts one of the two (retried, and the retry sees the other's versions: 409).
 */
const COMMIT_WRITE = { serializable: true } as const;

/**
 * Commits a solved scenario in one transaction: its plots become reserved for their projects and
 * enough vacant units of each building are reserved for its tenants. If anything the solve read has
 * changed since (a plot taken, a project withdrawn or edited), nothing changes and the answer is 409
 * with the list of conflicts.
 */
export async function commitScenario(ctx: Ctx, scenarioId: number, version: number) {
  return ctx.db.write(async (m) => {
    const s = found(await scenariosRepo.get(m, scenarioId), 'scenario', scenarioId);
    assertScope(ctx.user, s.jurisdictionIds);
    if (s.status === 'committed') throw new AppError('COMMITTED', 'the scenario is committed already', 409);
    if (s.version !== version) throw new AppError('VERSION_CONFLICT', 'the scenario was changed; reload it', 409);
    if (s.status !== 'solved' || !s.result || s.resultStale || !s.basis)
      throw new AppError('NOT_SOLVED', 'solve the scenario (again) before committing it', 409);
    const result = s.result;
    if (result.status === 'infeasible')
      throw new AppError(
        'INFEASIBLE',
        'this plan leaves out projects that must be placed (signed or pinned); change the scenario and solve again',
        409,
        { warnings: result.warnings },
      );

    const plotIds = result.allocations
      .map((a) => parseSiteId(a.siteId))
      .filter((x) => x?.kind === 'plot')
      .map((x) => x!.id);
    const buildingIds = new Set(
      result.allocations
        .map((a) => parseSiteId(a.siteId))
        .filter((x) => x?.kind === 'building')
        .map((x) => x!.id),
    );
    const [plots, projects, parks] = await Promise.all([
      plotsRepo.getMany(m, plotIds),
      projectsRepo.all(m),
      parksRepo.list(m),
    ]);
    const units = (await Promise.all([...buildingIds].map((b) => unitsRepo.byBuilding(m, b)))).flat();
    // Object-level check on every id the commit touches, not only the scenario's declared scope.
    const parkJurisdiction = new Map(parks.map((p) => [p.id, p.jurisdictionId]));
    for (const a of result.allocations)
      assertWriteIn(ctx.user, parkJurisdiction.get(a.parkId) ?? -1, `park ${a.parkId}`);

    const plan = planCommit(result.allocations, s.basis as ScenarioBasis, {
      plots: new Map(plots.map((p) => [p.id, p])),
      units,
      projects: new Map(projects.map((p) => [p.id, p])),
    });
    if (plan.conflicts.length)
      throw new AppError(
        'COMMIT_CONFLICT',
        `${plan.conflicts.length} placement(s) no longer hold: the data changed since the solve`,
        409,
        { conflicts: plan.conflicts },
      );

    for (const p of plan.plots) {
      await plotsRepo.update(m, p.plotId, p.version, { status: 'reserved', projectId: p.projectId });
      await auditRepo.record(m, ctx.user, {
        action: 'commit',
        entity: 'plot',
        entityId: p.plotId,
        before: { status: 'vacant' },
        after: {
          status: 'reserved',
          projectId: p.projectId,
          projectIds: p.projectIds,
          scenarioId,
          scenarioName: s.name,
        },
      });
    }
    for (const u of plan.units) {
      await unitsRepo.update(m, u.unitId, u.version, { status: 'reserved', projectId: u.projectId });
      await auditRepo.record(m, ctx.user, {
        action: 'commit',
        entity: 'unit',
        entityId: u.unitId,
        before: { status: 'vacant' },
        after: { status: 'reserved', projectId: u.projectId, scenarioId, scenarioName: s.name },
      });
    }
    // Each placed project's history names the scenario, its site and (as the event's user) who committed.
    for (const a of result.allocations)
      await auditRepo.record(m, ctx.user, {
        action: 'commit',
        entity: 'project',
        entityId: a.projectId,
        after: { scenarioId, scenarioName: s.name, siteId: a.siteId, parkId: a.parkId },
      });
    const committedAt = new Date().toISOString();
    await scenariosRepo.update(m, scenarioId, version, { status: 'committed', committedAt, updatedAt: committedAt });
    await auditRepo.record(m, ctx.user, {
      action: 'commit',
      entity: 'scenario',
      entityId: scenarioId,
      after: { plots: plan.plots.length, units: plan.units.length },
    });
    const { tenants, buildings } = commitCounts(result.allocations);
    return {
      scenarioId,
      committedAt,
      plotsReserved: plan.plots.length,
      unitsReserved: plan.units.length,
      tenants,
      buildings,
    };
  }, COMMIT_WRITE);
}
