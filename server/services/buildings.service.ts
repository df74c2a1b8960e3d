import type { EntityManager } from 'typeorm';
import type { Ctx } from './context';
import type { Building, Unit } from '../../shared/types/park';
import type { BuildingCreate, BuildingUpdate, UnitCreate, UnitUpdate } from '../../shared/schemas/building';
import { buildingsRepo, unitsRepo } from '../repositories/buildings.repo';
import { plotsRepo } from '../repositories/plots.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertRefIn, assertWriteIn } from './access';
import type { User } from '../../shared/types/user';
import { found } from './not-found';
import { assertOccupantRefs, parkJurisdiction } from './refs';
import { AppError } from '../../shared/errors';
import { validatePolygon } from '../../shared/geo';

async function checkBuilding(m: EntityManager, user: User, parkId: number, d: Partial<BuildingCreate>): Promise<void> {
  if (d.footprint) {
    const bad = validatePolygon(d.footprint);
    if (bad) throw new AppError('INVALID_GEOMETRY', `footprint: ${bad.message}`, 422, { field: 'footprint' });
  }
  if (d.plotId) {
    const plot = found(await plotsRepo.get(m, d.plotId), 'plotId', d.plotId);
    assertRefIn(user, await parkJurisdiction(m, plot.parkId), 'plotId', plot.id);
    if (plot.parkId !== parkId) throw new AppError('VALIDATION', 'plotId: the plot is in another park', 422);
  }
}

/** The jurisdiction that owns a unit: its building's park's. */
async function unitScope(m: EntityManager, unitId: number): Promise<{ unit: Unit; jurisdictionId: number }> {
  const unit = found(await unitsRepo.get(m, unitId), 'unit', unitId);
  const building = found(await buildingsRepo.get(m, unit.buildingId), 'building', unit.buildingId);
  return { unit, jurisdictionId: await parkJurisdiction(m, building.parkId) };
}

export const buildingsService = {
  list: (ctx: Ctx, parkId?: number) => buildingsRepo.list(ctx.db.read, parkId),
  get: async (ctx: Ctx, id: number) => {
    const b = found(await buildingsRepo.get(ctx.db.read, id), 'building', id);
    return { ...b, units: await unitsRepo.byBuilding(ctx.db.read, id) };
  },
  create: (ctx: Ctx, data: BuildingCreate): Promise<Building> =>
    ctx.db.write(async (m) => {
      assertWriteIn(ctx.user, await parkJurisdiction(m, data.parkId), `park ${data.parkId}`);
      await checkBuilding(m, ctx.user, data.parkId, data);
      const b = await buildingsRepo.create(m, data);
      await auditRepo.record(m, ctx.user, { action: 'create', entity: 'building', entityId: b.id, after: b });
      return b;
    }),
  update: (ctx: Ctx, id: number, { version, ...patch }: BuildingUpdate): Promise<Building> =>
    ctx.db.write(async (m) => {
      const before = found(await buildingsRepo.get(m, id), 'building', id);
      assertWriteIn(ctx.user, await parkJurisdiction(m, before.parkId), `building ${before.code}`);
      await checkBuilding(m, ctx.user, before.parkId, patch);
      await buildingsRepo.update(m, id, version, patch);
      const after = (await buildingsRepo.get(m, id))!;
      await auditRepo.record(m, ctx.user, { action: 'update', entity: 'building', entityId: id, before, after });
      return after;
    }),
  remove: (ctx: Ctx, id: number): Promise<void> =>
    ctx.db.write(async (m) => {
      const before = found(await buildingsRepo.get(m, id), 'building', id);
      assertWriteIn(ctx.user, await parkJurisdiction(m, before.parkId), `building ${before.code}`);
      await buildingsRepo.remove(m, id);
      await auditRepo.record(m, ctx.user, { action: 'delete', entity: 'building', entityId: id, before });
    }),

  units: async (ctx: Ctx, buildingId: number) => {
    found(await buildingsRepo.get(ctx.db.read, buildingId), 'building', buildingId);
    return unitsRepo.byBuilding(ctx.db.read, buildingId);
  },
  createUnit: (ctx: Ctx, buildingId: number, data: UnitCreate): Promise<Unit> =>
    ctx.db.write(async (m) => {
      const b = found(await buildingsRepo.get(m, buildingId), 'building', buildingId);
      assertWriteIn(ctx.user, await parkJurisdiction(m, b.parkId), `building ${b.code}`);
      await assertOccupantRefs(m, ctx.user, data);
      const u = await unitsRepo.create(m, buildingId, data);
      await auditRepo.record(m, ctx.user, { action: 'create', entity: 'unit', entityId: u.id, after: u });
      return u;
    }),
  updateUnit: (ctx: Ctx, id: number, { version, ...patch }: UnitUpdate): Promise<Unit> =>
    ctx.db.write(async (m) => {
      const { unit: before, jurisdictionId } = await unitScope(m, id);
      assertWriteIn(ctx.user, jurisdictionId, `unit ${before.code}`);
      await assertOccupantRefs(m, ctx.user, patch);
      await unitsRepo.update(m, id, version, patch);
      const after = (await unitsRepo.get(m, id))!;
      await auditRepo.record(m, ctx.user, { action: 'update', entity: 'unit', entityId: id, before, after });
      return after;
    }),
  removeUnit: (ctx: Ctx, id: number): Promise<void> =>
    ctx.db.write(async (m) => {
      const { unit: before, jurisdictionId } = await unitScope(m, id);
      assertWriteIn(ctx.user, jurisdictionId, `unit ${before.code}`);
      await unitsRepo.remove(m, id);
      await auditRepo.record(m, ctx.user, { action: 'delete', entity: 'unit', entityId: id, before });
    }),
};
