import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { EnterpriseEntity, EnterpriseYearEntity } from '../db/entities';
import type { Enterprise, EnterpriseYear } from '../../shared/types/enterprise';
import type { Page } from '../../shared/types/common';
import type { EnterpriseCreate } from '../../shared/schemas/enterprise';
import { toEnterprise } from './mappers';
import { updateVersioned } from './versioned';
import { containsPattern } from './like';

type EnterpriseQuery = { offset: number; limit: number; jurisdictionId?: number; industryId?: number; q?: string };

async function withFigures(m: EntityManager, rows: EnterpriseEntity[]): Promise<Enterprise[]> {
  if (rows.length === 0) return [];
  const years = await m.find(EnterpriseYearEntity, { where: { enterpriseId: In(rows.map((r) => r.id)) } });
  const byId = new Map<number, EnterpriseYearEntity[]>();
  for (const y of years) byId.set(y.enterpriseId, [...(byId.get(y.enterpriseId) ?? []), y]);
  return rows.map((r) => toEnterprise(r, byId.get(r.id) ?? []));
}

export const enterprisesRepo = {
  async list(m: EntityManager, q: EnterpriseQuery): Promise<Page<Enterprise>> {
    const qb = m.createQueryBuilder(EnterpriseEntity, 'e');
    if (q.jurisdictionId) qb.andWhere('e.jurisdiction_id = :j', { j: q.jurisdictionId });
    if (q.industryId) qb.andWhere('e.industry_id = :i', { i: q.industryId });
    if (q.q)
      qb.andWhere("(LOWER(e.name) LIKE :q ESCAPE '\\' OR LOWER(e.name_en) LIKE :q ESCAPE '\\')", {
        q: containsPattern(q.q.toLowerCase()),
      });
    const [rows, total] = await qb.orderBy('e.id').skip(q.offset).take(q.limit).getManyAndCount();
    return { items: await withFigures(m, rows), total, offset: q.offset, limit: q.limit };
  },
  async all(m: EntityManager): Promise<Enterprise[]> {
    return withFigures(m, await m.find(EnterpriseEntity, { order: { id: 'ASC' } }));
  },
  async get(m: EntityManager, id: number): Promise<Enterprise | null> {
    const e = await m.findOneBy(EnterpriseEntity, { id });
    return e ? (await withFigures(m, [e]))[0] : null;
  },
  async create(m: EntityManager, data: EnterpriseCreate): Promise<Enterprise> {
    const { figures, ...rest } = data;
    const e = await m.save(
      EnterpriseEntity,
      m.create(EnterpriseEntity, { ...rest, isSmall: rest.isSmall ? 1 : 0, version: 1 }),
    );
    await replaceFigures(m, e.id, figures);
    return (await enterprisesRepo.get(m, e.id))!;
  },
  async update(m: EntityManager, id: number, version: number, patch: Partial<EnterpriseCreate>): Promise<void> {
    const { figures, isSmall, ...rest } = patch;
    await updateVersioned(m, EnterpriseEntity, 'enterprise', id, version, {
      ...rest,
      ...(isSmall === undefined ? {} : { isSmall: isSmall ? 1 : 0 }),
    });
    if (figures) await replaceFigures(m, id, figures);
  },
  async remove(m: EntityManager, id: number): Promise<void> {
    await m.delete(EnterpriseEntity, { id });
  },
};

async function replaceFigures(m: EntityManager, enterpriseId: number, figures: EnterpriseYear[]): Promise<void> {
  await m.delete(EnterpriseYearEntity, { enterpriseId });
  if (figures.length)
    await m.insert(
      EnterpriseYearEntity,
      figures.map((f) => ({ ...f, enterpriseId })),
    );
}
