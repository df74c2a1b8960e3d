import type { EntityManager } from 'typeorm';
import { BuildingEntity, UnitEntity } from '../db/entities';
import type { Building, Unit } from '../../shared/types/park';
import type { BuildingCreate, UnitCreate } from '../../shared/schemas/building';
import { toBuilding, toUnit } from './mappers';
import { updateVersioned } from './versioned';

export const buildingsRepo = {
  async list(m: EntityManager, parkId?: number): Promise<Building[]> {
    return (await m.find(BuildingEntity, { where: parkId ? { parkId } : {}, order: { id: 'ASC' } })).map(toBuilding);
  },
  async get(m: EntityManager, id: number): Promise<Building | null> {
    const e = await m.findOneBy(BuildingEntity, { id });
    return e ? toBuilding(e) : null;
  },
  async create(m: EntityManager, data: BuildingCreate): Promise<Building> {
    return toBuilding(await m.save(BuildingEntity, m.create(BuildingEntity, { ...data, version: 1 })));
  },
  update: (m: EntityManager, id: number, version: number, patch: Partial<BuildingCreate>) =>
    updateVersioned(m, BuildingEntity, 'building', id, version, patch),
  async remove(m: EntityManager, id: number): Promise<void> {
    await m.delete(BuildingEntity, { id });
  },
};

export const unitsRepo = {
  async byBuilding(m: EntityManager, buildingId: number): Promise<Unit[]> {
    return (await m.find(UnitEntity, { where: { buildingId }, order: { floor: 'ASC', code: 'ASC' } })).map(toUnit);
  },
  async byPark(m: EntityManager, parkId: number): Promise<Unit[]> {
    const rows = await m
      .createQueryBuilder(UnitEntity, 'u')
      .innerJoin(BuildingEntity, 'b', 'b.id = u.building_id')
      .where('b.park_id = :parkId', { parkId })
      .orderBy('u.id')
      .getMany();
    return rows.map(toUnit);
  },
  async all(m: EntityManager): Promise<Unit[]> {
    return (await m.find(UnitEntity, { order: { id: 'ASC' } })).map(toUnit);
  },
  async get(m: EntityManager, id: number): Promise<Unit | null> {
    const e = await m.findOneBy(UnitEntity, { id });
    return e ? toUnit(e) : null;
  },
  async create(m: EntityManager, buildingId: number, data: UnitCreate): Promise<Unit> {
    return toUnit(await m.save(UnitEntity, m.create(UnitEntity, { ...data, buildingId, version: 1 })));
  },
  update: (m: EntityManager, id: number, version: number, patch: Partial<UnitCreate>) =>
    updateVersioned(m, UnitEntity, 'unit', id, version, patch),
  async remove(m: EntityManager, id: number): Promise<void> {
    await m.delete(UnitEntity, { id });
  },
};
