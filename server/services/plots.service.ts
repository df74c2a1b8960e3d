import type { Ctx } from './context';
import type { Plot } from '../../shared/types/park';
import type { PlotCreate, PlotListQuery, PlotUpdate } from '../../shared/schemas/plot';
import { plotsRepo } from '../repositories/plots.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertWriteIn } from './access';
import { found } from './not-found';
import { assertOccupantRefs, parkJurisdiction } from './refs';
import { AppError } from '../../shared/errors';
import { polygonAreaMu, validatePolygon } from '../../shared/geo';
import { assertPlannedLawful } from './land-use.service';

function checkedArea(polygon: Plot['polygon']): number {
  const bad = validatePolygon(polygon);
  if (bad) throw new AppError('INVALID_GEOMETRY', `polygon: ${bad.message}`, 422, { field: 'polygon', code: bad.code });
  return polygonAreaMu(polygon);
}

export const plotsService = {
  list: (ctx: Ctx, q: PlotListQuery) => plotsRepo.list(ctx.db.read, q),
  get: async (ctx: Ctx, id: number) => found(await plotsRepo.get(ctx.db.read, id), 'plot', id),
  history: async (ctx: Ctx, id: number) => {
    found(await plotsRepo.get(ctx.db.read, id), 'plot', id);
    return auditRepo.forEntity(ctx.db.read, 'plot', id);
  },

  create: (ctx: Ctx, data: PlotCreate): Promise<Plot> =>
    ctx.db.write(async (m) => {
      assertWriteIn(ctx.user, await parkJurisdiction(m, data.parkId), `park ${data.parkId}`);
      await assertOccupantRefs(m, ctx.user, data);
      const plot = await plotsRepo.create(m, { ...data, areaMu: checkedArea(data.polygon) });
      if (data.indicators) await assertPlannedLawful(m, plot);
      await auditRepo.record(m, ctx.user, { action: 'create', entity: 'plot', entityId: plot.id, after: plot });
      return plot;
    }),

  update: (ctx: Ctx, id: number, { version, ...patch }: PlotUpdate): Promise<Plot> =>
    ctx.db.write(async (m) => {
      const before = found(await plotsRepo.get(m, id), 'plot', id);
      assertWriteIn(ctx.user, await parkJurisdiction(m, before.parkId), `plot ${before.code}`);
      await assertOccupantRefs(m, ctx.user, patch);
      const row = patch.polygon ? { ...patch, areaMu: checkedArea(patch.polygon) } : patch;
      await plotsRepo.update(m, id, version, row);
      const after = (await plotsRepo.get(m, id))!;
      // Entering the plan (or promising the plot to a project) is when the plan must be lawful.
      if (patch.indicators || patch.projectId) await assertPlannedLawful(m, after);
      await auditRepo.record(m, ctx.user, { action: 'update', entity: 'plot', entityId: id, before, after });
      return after;
    }),

  remove: (ctx: Ctx, id: number): Promise<void> =>
    ctx.db.write(async (m) => {
      const before = found(await plotsRepo.get(m, id), 'plot', id);
      assertWriteIn(ctx.user, await parkJurisdiction(m, before.parkId), `plot ${before.code}`);
      await plotsRepo.remove(m, id);
      await auditRepo.record(m, ctx.user, { action: 'delete', entity: 'plot', entityId: id, before });
    }),
};
