import type { Ctx } from './context';
import type { Park } from '../../shared/types/park';
import type { ParkCreate, ParkUpdate } from '../../shared/schemas/park';
import { parksRepo } from '../repositories/parks.repo';
import { auditRepo } from '../repositories/audit.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { assertWriteIn } from './access';
import { found } from './not-found';
import { AppError } from '../../shared/errors';
import type { EntityManager } from 'typeorm';

async function assertReferences(m: EntityManager, d: Partial<ParkCreate>): Promise<void> {
  if (d.jurisdictionId !== undefined)
    found(await referenceRepo.jurisdiction(m, d.jurisdictionId), 'jurisdictionId', d.jurisdictionId);
  if (d.dominantChainIds) {
    const chains = new Set((await referenceRepo.chains(m)).map((c) => c.id));
    const missing = d.dominantChainIds.filter((id) => !chains.has(id));
    if (missing.length)
      throw new AppError('NOT_FOUND', `dominantChainIds: chain ${missing.join(', ')} does not exist`, 404);
  }
}

export const parksService = {
  list: (ctx: Ctx) => parksRepo.list(ctx.db.read),
  get: async (ctx: Ctx, id: number) => found(await parksRepo.get(ctx.db.read, id), 'park', id),

  create: (ctx: Ctx, data: ParkCreate): Promise<Park> =>
    ctx.db.write(async (m) => {
      assertWriteIn(ctx.user, data.jurisdictionId, 'a park');
      await assertReferences(m, data);
      const park = await parksRepo.create(m, data);
      await auditRepo.record(m, ctx.user, { action: 'create', entity: 'park', entityId: park.id, after: park });
      return park;
    }),

  update: (ctx: Ctx, id: number, { version, ...patch }: ParkUpdate): Promise<Park> =>
    ctx.db.write(async (m) => {
      const before = found(await parksRepo.get(m, id), 'park', id);
      assertWriteIn(ctx.user, before.jurisdictionId, `park ${id}`);
      if (patch.jurisdictionId !== undefined) assertWriteIn(ctx.user, patch.jurisdictionId, 'the target jurisdiction');
      await assertReferences(m, patch);
      await parksRepo.update(m, id, version, patch);
      const after = (await parksRepo.get(m, id))!;
      await auditRepo.record(m, ctx.user, { action: 'update', entity: 'park', entityId: id, before, after });
      return after;
    }),

  remove: (ctx: Ctx, id: number): Promise<void> =>
    ctx.db.write(async (m) => {
      const before = found(await parksRepo.get(m, id), 'park', id);
      assertWriteIn(ctx.user, before.jurisdictionId, `park ${id}`);
      await parksRepo.remove(m, id);
      await auditRepo.record(m, ctx.user, { action: 'delete', entity: 'park', entityId: id, before });
    }),
};
