import type { EntityManager } from 'typeorm';
import type { Ctx } from './context';
import type { IncentivePackage } from '../../shared/types/incentive-package';
import type { Park } from '../../shared/types/park';
import type { Project } from '../../shared/types/project';
import type { IncentivePackageCreate, IncentivePackageUpdate } from '../../shared/schemas/incentive-package';
import { packagesRepo } from '../repositories/packages.repo';
import { scenariosRepo } from '../repositories/scenarios.repo';
import { projectsRepo } from '../repositories/projects.repo';
import { parksRepo } from '../repositories/parks.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertAdmin, assertNotViewer, assertRefIn } from './access';
import { found } from './not-found';
import { AppError } from '../../shared/errors';
import { packageTemplates, type IncentivePackageDraft } from '../../shared/incentives';

/** Who may change a package: the project's county editors, or only admins for bureau-wide templates. */
async function assertCanWrite(
  ctx: Ctx,
  m: EntityManager,
  pkg: { projectId: number | null; isTemplate: boolean },
): Promise<void> {
  if (pkg.projectId == null) return assertAdmin(ctx.user);
  const project = found(await projectsRepo.get(m, pkg.projectId), 'projectId', pkg.projectId);
  assertRefIn(ctx.user, project.jurisdictionId, 'projectId', project.id);
}

/**
 * The park a project is most likely to land in: the first park of its county whose dominant chains
 * include the project's industry chain, else the county's first park. Templates are sized on it.
 */
export async function homePark(m: EntityManager, project: Project): Promise<Park | null> {
  const [parks, industries] = await Promise.all([parksRepo.list(m), referenceRepo.industries(m)]);
  const chainId = industries.find((i) => i.id === project.industryId)?.chainId;
  const own = parks.filter((p) => p.jurisdictionId === project.jurisdictionId);
  return own.find((p) => chainId != null && p.dominantChainIds.includes(chainId)) ?? own[0] ?? parks[0] ?? null;
}

export const packagesService = {
  async list(ctx: Ctx, f: { projectId?: number; templates?: boolean }): Promise<IncentivePackage[]> {
    assertNotViewer(ctx.user, 'incentive packages');
    return packagesRepo.list(ctx.db.read, f);
  },
  async get(ctx: Ctx, id: number): Promise<IncentivePackage> {
    assertNotViewer(ctx.user, 'incentive packages');
    return found(await packagesRepo.get(ctx.db.read, id), 'incentive package', id);
  },
  /** The four starting templates sized for a project (not saved: the user edits, then saves). */
  async templatesFor(
    ctx: Ctx,
    projectId: number,
    parkId?: number,
  ): Promise<{ park: Park; drafts: IncentivePackageDraft[] }> {
    assertNotViewer(ctx.user, 'incentive packages');
    const m = ctx.db.read;
    const project = found(await projectsRepo.get(m, projectId), 'project', projectId);
    const park = parkId ? found(await parksRepo.get(m, parkId), 'park', parkId) : await homePark(m, project);
    if (!park) throw new AppError('NOT_FOUND', 'there is no park to size the templates on', 404);
    return { park, drafts: packageTemplates(project, park).map((d) => ({ ...d, projectId })) };
  },
  create: (ctx: Ctx, data: IncentivePackageCreate): Promise<IncentivePackage> =>
    ctx.db.write(async (m) => {
      if (data.isTemplate && data.projectId != null)
        throw new AppError('VALIDATION', 'projectId: a template belongs to no project', 422);
      await assertCanWrite(ctx, m, data);
      const pkg = await packagesRepo.create(m, data);
      await auditRepo.record(m, ctx.user, {
        action: 'create',
        entity: 'incentive_package',
        entityId: pkg.id,
        after: pkg,
      });
      return pkg;
    }),
  update: (ctx: Ctx, id: number, { version, ...patch }: IncentivePackageUpdate): Promise<IncentivePackage> =>
    ctx.db.write(async (m) => {
      const before = found(await packagesRepo.get(m, id), 'incentive package', id);
      await assertCanWrite(ctx, m, before);
      await packagesRepo.update(m, id, version, patch);
      const after = (await packagesRepo.get(m, id))!;
      await auditRepo.record(m, ctx.user, {
        action: 'update',
        entity: 'incentive_package',
        entityId: id,
        before,
        after,
      });
      return after;
    }),
  remove: (ctx: Ctx, id: number): Promise<void> =>
    ctx.db.write(async (m) => {
      const before = found(await packagesRepo.get(m, id), 'incentive package', id);
      await assertCanWrite(ctx, m, before);
      // A committed scenario is the record of what was promised to whom: its package stays.
      const committed = await scenariosRepo.committedUsingPackage(m, id);
      if (committed.length) {
        throw new AppError(
          'CONFLICT',
          `incentive package ${id} is part of committed scenario(s) ${committed.join(', ')}; it cannot be deleted`,
          409,
          { scenarios: committed },
        );
      }
      await packagesRepo.remove(m, id);
      await auditRepo.record(m, ctx.user, { action: 'delete', entity: 'incentive_package', entityId: id, before });
    }),
};
