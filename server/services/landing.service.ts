import type { Ctx } from './context';
import type { LandProject } from '../../shared/schemas/quota';
import type { Enterprise } from '../../shared/types/enterprise';
import type { Plot, Unit } from '../../shared/types/park';
import type { EntityManager } from 'typeorm';
import { buildingsRepo, unitsRepo } from '../repositories/buildings.repo';
import type { Project } from '../../shared/types/project';
import { projectsRepo } from '../repositories/projects.repo';
import { plotsRepo } from '../repositories/plots.repo';
import { parksRepo } from '../repositories/parks.repo';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertRefIn, assertWriteIn } from './access';
import { found } from './not-found';
import { AppError } from '../../shared/errors';
import { isSmallFirm, prospectFigures } from '../../shared/efficiency';
import { landFits } from '../../shared/pipeline';

export interface LandingResult {
  project: Project;
  enterprise: Enterprise;
  /** The plot it landed on, or null for a tenant of standard factory floor. */
  plot: Plot | null;
  /** The factory units it now leases (empty for a land project). */
  units: Unit[];
}

/**
 * Lands a signed project, in one transaction: creates the enterprise with the project's figures
 * at full production (the same figures its pre-deal grade assumed), puts it on the plot reserved
 * for it (or the plot given), marks the plot under construction and the project landed, and
 * records all three changes in the audit log.
 */
export const landingService = {
  land: (ctx: Ctx, projectId: number, body: LandProject, currentYear: number): Promise<LandingResult> =>
    ctx.db.write(async (m) => {
      const before = found(await projectsRepo.get(m, projectId), 'project', projectId);
      assertWriteIn(ctx.user, before.jurisdictionId, `project ${projectId}`);
      if (before.stage !== 'signed')
        throw new AppError('CONFLICT', `only a signed project can land; project ${projectId} is ${before.stage}`, 409, {
          stage: before.stage,
        });
      if (before.landNeedMu == null) return landInUnits(ctx, m, before, body, currentYear);
      const plotId =
        body.plotId ??
        (await plotsRepo.list(m, { offset: 0, limit: 5000, status: 'reserved' })).items.find(
          (p) => p.projectId === projectId,
        )?.id;
      if (plotId === undefined)
        throw new AppError('VALIDATION', 'plotId: no plot is reserved for this project; give one', 422);
      const plot = found(await plotsRepo.get(m, plotId), 'plot', plotId);
      const park = (await parksRepo.get(m, plot.parkId))!;
      assertRefIn(ctx.user, park.jurisdictionId, 'plotId', plotId);
      const free =
        plot.status === 'vacant' ||
        (plot.status === 'reserved' && (plot.projectId === null || plot.projectId === projectId));
      if (!free)
        throw new AppError(
          'CONFLICT',
          `plot ${plot.code} is ${plot.status}${plot.projectId ? ` for project ${plot.projectId}` : ''}`,
          409,
        );
      if (!landFits(before.pollutionClass, plot.landUse))
        throw new AppError(
          'VALIDATION',
          `plotId: a ${before.pollutionClass} project cannot go on ${plot.landUse} land`,
          422,
        );

      const enterprise = await enterpriseFromProject(ctx, m, before, park.jurisdictionId, body, currentYear);

      await plotsRepo.update(m, plot.id, plot.version, {
        status: 'under_construction',
        enterpriseId: enterprise.id,
        projectId,
      });
      const plotAfter = (await plotsRepo.get(m, plot.id))!;
      await auditRepo.record(m, ctx.user, {
        action: 'update',
        entity: 'plot',
        entityId: plot.id,
        before: plot,
        after: plotAfter,
      });

      await projectsRepo.update(m, projectId, before.version, { stage: 'landed' });
      const project = (await projectsRepo.get(m, projectId))!;
      await auditRepo.record(m, ctx.user, {
        action: 'update',
        entity: 'project',
        entityId: projectId,
        before,
        after: project,
      });
      return { project, enterprise, plot: plotAfter, units: [] };
    }),
};

/**
 * A tenant of standard factory floor lands in the units reserved for it (by a committed scenario or
 * by hand): the enterprise is created with the same full-production figures, the units become leased.
 */
async function landInUnits(
  ctx: Ctx,
  m: EntityManager,
  before: Project,
  body: LandProject,
  currentYear: number,
): Promise<LandingResult> {
  const units = (await unitsRepo.all(m)).filter((u) => u.projectId === before.id && u.status === 'reserved');
  if (units.length === 0)
    throw new AppError(
      'VALIDATION',
      'units: no factory units are reserved for this project; reserve units ' +
        'first (commit a scenario or edit the units)',
      422,
    );
  const building = found(await buildingsRepo.get(m, units[0].buildingId), 'building', units[0].buildingId);
  const park = (await parksRepo.get(m, building.parkId))!;
  assertWriteIn(ctx.user, park.jurisdictionId, `building ${building.code}`);
  const enterprise = await enterpriseFromProject(ctx, m, before, park.jurisdictionId, body, currentYear);
  const leased: Unit[] = [];
  for (const u of units) {
    await unitsRepo.update(m, u.id, u.version, { status: 'leased', enterpriseId: enterprise.id });
    const after = (await unitsRepo.get(m, u.id))!;
    await auditRepo.record(m, ctx.user, { action: 'update', entity: 'unit', entityId: u.id, before: u, after });
    leased.push(after);
  }
  await projectsRepo.update(m, before.id, before.version, { stage: 'landed' });
  const project = (await projectsRepo.get(m, before.id))!;
  await auditRepo.record(m, ctx.user, {
    action: 'update',
    entity: 'project',
    entityId: before.id,
    before,
    after: project,
  });
  return { project, enterprise, plot: null, units: leased };
}

/**
 * The landed project's enterprise, created with its figures at full production: the very figures
 * its pre-deal grade assumed, so the grade it gets now is the one promised.
 */
async function enterpriseFromProject(
  ctx: Ctx,
  m: EntityManager,
  p: Project,
  jurisdictionId: number,
  body: LandProject,
  currentYear: number,
): Promise<Enterprise> {
  const industry = found(
    (await referenceRepo.industries(m)).find((i) => i.id === p.industryId),
    'industry',
    p.industryId,
  );
  const figures = prospectFigures(p, industry.gbtGroup, {}, body.year ?? currentYear);
  const enterprise = await enterprisesRepo.create(m, {
    name: body.enterpriseName ?? p.investor,
    nameEn: '',
    industryId: p.industryId,
    chainLinkId: p.chainLinkId,
    jurisdictionId,
    isSmall: isSmallFirm(figures.revenueWan),
    figures: [figures],
  });
  await auditRepo.record(m, ctx.user, {
    action: 'create',
    entity: 'enterprise',
    entityId: enterprise.id,
    after: enterprise,
  });
  return enterprise;
}
