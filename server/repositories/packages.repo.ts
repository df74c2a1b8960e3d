import type { EntityManager } from 'typeorm';
import { IncentivePackageEntity } from '../db/entities';
import type { IncentivePackage } from '../../shared/types/incentive-package';
import { toPackage } from './mappers';
import { updateVersioned } from './versioned';

export type PackageRow = Omit<IncentivePackage, 'id' | 'version'>;

export const packagesRepo = {
  async list(m: EntityManager, f: { projectId?: number; templates?: boolean }): Promise<IncentivePackage[]> {
    const where: Record<string, unknown> = {};
    if (f.projectId) where.projectId = f.projectId;
    if (f.templates !== undefined) where.isTemplate = f.templates ? 1 : 0;
    return (await m.find(IncentivePackageEntity, { where, order: { id: 'ASC' } })).map(toPackage);
  },
  async get(m: EntityManager, id: number): Promise<IncentivePackage | null> {
    const e = await m.findOneBy(IncentivePackageEntity, { id });
    return e ? toPackage(e) : null;
  },
  async create(m: EntityManager, row: PackageRow): Promise<IncentivePackage> {
    const e = m.create(IncentivePackageEntity, { ...row, isTemplate: row.isTemplate ? 1 : 0, version: 1 });
    return toPackage(await m.save(IncentivePackageEntity, e));
  },
  update: (m: EntityManager, id: number, version: number, patch: Partial<PackageRow>) => {
    const { isTemplate, ...rest } = patch;
    const row: Record<string, unknown> = { ...rest };
    if (isTemplate !== undefined) row.isTemplate = isTemplate ? 1 : 0;
    return updateVersioned(m, IncentivePackageEntity, 'incentive package', id, version, row);
  },
  async remove(m: EntityManager, id: number): Promise<void> {
    await m.delete(IncentivePackageEntity, { id });
  },
};
