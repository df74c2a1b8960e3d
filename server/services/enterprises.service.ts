import type { EntityManager } from 'typeorm';
import type { Ctx } from './context';
import type { Enterprise } from '../../shared/types/enterprise';
import type { EnterpriseCreate, EnterpriseUpdate } from '../../shared/schemas/enterprise';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertWriteIn } from './access';
import { found } from './not-found';

type Query = { offset: number; limit: number; jurisdictionId?: number; industryId?: number; q?: string };

async function checkRefs(m: EntityManager, d: Partial<EnterpriseCreate>): Promise<void> {
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

export const enterprisesService = {
  list: (ctx: Ctx, q: Query) => enterprisesRepo.list(ctx.db.read, q),
  get: async (ctx: Ctx, id: number) => found(await enterprisesRepo.get(ctx.db.read, id), 'enterprise', id),
  create: (ctx: Ctx, data: EnterpriseCreate): Promise<Enterprise> =>
    ctx.db.write(async (m) => {
      assertWriteIn(ctx.user, data.jurisdictionId, 'an enterprise');
      await checkRefs(m, data);
      const e = await enterprisesRepo.create(m, data);
      await auditRepo.record(m, ctx.user, { action: 'create', entity: 'enterprise', entityId: e.id, after: e });
      return e;
    }),
  update: (ctx: Ctx, id: number, { version, ...patch }: EnterpriseUpdate): Promise<Enterprise> =>
    ctx.db.write(async (m) => {
      const before = found(await enterprisesRepo.get(m, id), 'enterprise', id);
      assertWriteIn(ctx.user, before.jurisdictionId, `enterprise ${id}`);
      if (patch.jurisdictionId !== undefined) assertWriteIn(ctx.user, patch.jurisdictionId, 'the target jurisdiction');
      await checkRefs(m, patch);
      await enterprisesRepo.update(m, id, version, patch);
      const after = (await enterprisesRepo.get(m, id))!;
      await auditRepo.record(m, ctx.user, { action: 'update', entity: 'enterprise', entityId: id, before, after });
      return after;
    }),
  remove: (ctx: Ctx, id: number): Promise<void> =>
    ctx.db.write(async (m) => {
      const before = found(await enterprisesRepo.get(m, id), 'enterprise', id);
      assertWriteIn(ctx.user, before.jurisdictionId, `enterprise ${id}`);
      await enterprisesRepo.remove(m, id);
      await auditRepo.record(m, ctx.user, { action: 'delete', entity: 'enterprise', entityId: id, before });
    }),
};
