import type { EntityManager } from 'typeorm';
import { ParkEntity } from '../db/entities';
import type { Park } from '../../shared/types/park';
import type { ParkCreate } from '../../shared/schemas/park';
import { toPark } from './mappers';
import { updateVersioned } from './versioned';

export const parksRepo = {
  async list(m: EntityManager): Promise<Park[]> {
    return (await m.find(ParkEntity, { order: { id: 'ASC' } })).map(toPark);
  },
  async get(m: EntityManager, id: number): Promise<Park | null> {
    const e = await m.findOneBy(ParkEntity, { id });
    return e ? toPark(e) : null;
  },
  async create(m: EntityManager, data: ParkCreate): Promise<Park> {
    return toPark(await m.save(ParkEntity, m.create(ParkEntity, { ...data, version: 1 })));
  },
  update: (m: EntityManager, id: number, version: number, patch: Partial<ParkCreate>) =>
    updateVersioned(m, ParkEntity, 'park', id, version, patch),
  async remove(m: EntityManager, id: number): Promise<void> {
    await m.delete(ParkEntity, { id });
  },
};
