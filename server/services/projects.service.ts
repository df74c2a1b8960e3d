import type { EntityManager } from 'typeorm';
import type { Ctx } from './context';
import type { Project } from '../../shared/types/project';
import type { ProjectCreate, ProjectUpdate } from '../../shared/schemas/project';
import { needsOneSpace } from '../../shared/schemas/project';
import { projectsRepo } from '../repositories/projects.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertWriteIn, seesFinancials } from './access';
import { found } from './not-found';
import { AppError } from '../../shared/errors';
import type { User } from '../../shared/types/user';

type Query = {
  offset: number;
  limit: number;
  jurisdictionId?: number;
  industryId?: number;
  stage?: string;
  head?: string;
  q?: string;
};

/** Investors' figures a viewer does not see: the commercially sensitive part of a prospect. */
const FINANCIAL_FIELDS = ['investmentWan', 'outputWan', 'taxWan', 'vatShare', 'reservationValueWan', 'notes'] as const;
export type RedactedProject = Omit<Project, (typeof FINANCIAL_FIELDS)[number]> & Partial<Project>;

export function redactProject(user: User, p: Project): RedactedProject {
  if (seesFinancials(user)) return p;
  const copy: Partial<Project> = { ...p };
  for (const f of FINANCIAL_FIELDS) delete copy[f];
  return copy as RedactedProject;
}

export async function checkProjectRefs(m: EntityManager, d: Partial<ProjectCreate>): Promise<void> {
  if (d.industryId !== undefined)
    found(
      (await referenceRepo.industries(m)).find((i) => i.id === d.industryId),
      'industryId',
      d.industryId,
    );
  if (d.jurisdictionId !== undefined)
    found(await referenceRepo.jurisdiction(m, d.jurisdictionId), 'jurisdictionId', d.jurisdictionId);
  if (d.chainLinkId) {
    const links = (await referenceRepo.chains(m)).flatMap((c) => c.links);
    found(
      links.find((l) => l.id === d.chainLinkId),
      'chainLinkId',
      d.chainLinkId,
    );
  }
}

export const projectsService = {
  list: async (ctx: Ctx, q: Query) => {
    const page = await projectsRepo.list(ctx.db.read, q);
    return { ...page, items: page.items.map((p) => redactProject(ctx.user, p)) };
  },
  get: async (ctx: Ctx, id: number) =>
    redactProject(ctx.user, found(await projectsRepo.get(ctx.db.read, id), 'project', id)),
  history: async (ctx: Ctx, id: number) => {
    found(await projectsRepo.get(ctx.db.read, id), 'project', id);
    const events = await auditRepo.forEntity(ctx.db.read, 'project', id);
    return seesFinancials(ctx.user) ? events : events.map((e) => ({ ...e, before: null, after: null }));
  },
  create: (ctx: Ctx, data: ProjectCreate): Promise<Project> =>
    ctx.db.write(async (m) => {
      assertWriteIn(ctx.user, data.jurisdictionId, 'a project');
      await checkProjectRefs(m, data);
      const p = await projectsRepo.create(m, data);
      await auditRepo.record(m, ctx.user, { action: 'create', entity: 'project', entityId: p.id, after: p });
      return p;
    }),
  update: (ctx: Ctx, id: number, { version, ...patch }: ProjectUpdate): Promise<Project> =>
    ctx.db.write(async (m) => {
      const before = found(await projectsRepo.get(m, id), 'project', id);
      assertWriteIn(ctx.user, before.jurisdictionId, `project ${id}`);
      if (patch.jurisdictionId !== undefined) assertWriteIn(ctx.user, patch.jurisdictionId, 'the target jurisdiction');
      if (!needsOneSpace({ ...before, ...patch }))
        throw new AppError('VALIDATION', 'landNeedMu: give exactly one of landNeedMu or floorNeedM2', 422);
      if (patch.stage === 'dropped' && !(patch.dropReason ?? before.dropReason))
        throw new AppError('VALIDATION', 'dropReason: say why the project was dropped', 422);
      await checkProjectRefs(m, patch);
      await projectsRepo.update(m, id, version, patch);
      const after = (await projectsRepo.get(m, id))!;
      await auditRepo.record(m, ctx.user, { action: 'update', entity: 'project', entityId: id, before, after });
      return after;
    }),
  remove: (ctx: Ctx, id: number): Promise<void> =>
    ctx.db.write(async (m) => {
      const before = found(await projectsRepo.get(m, id), 'project', id);
      assertWriteIn(ctx.user, before.jurisdictionId, `project ${id}`);
      await projectsRepo.remove(m, id);
      await auditRepo.record(m, ctx.user, { action: 'delete', entity: 'project', entityId: id, before });
    }),
};
