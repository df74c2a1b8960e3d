import type { EntityManager } from 'typeorm';
import { ProjectEntity } from '../db/entities';
import type { Project } from '../../shared/types/project';
import type { Page } from '../../shared/types/common';
import type { ProjectCreate } from '../../shared/schemas/project';
import { toProject } from './mappers';
import { updateVersioned } from './versioned';
import { containsPattern } from './like';

type ProjectQuery = {
  offset: number;
  limit: number;
  jurisdictionId?: number;
  industryId?: number;
  stage?: string;
  head?: string;
  q?: string;
};

export const projectsRepo = {
  async list(m: EntityManager, q: ProjectQuery): Promise<Page<Project>> {
    const qb = m.createQueryBuilder(ProjectEntity, 'p');
    if (q.jurisdictionId) qb.andWhere('p.jurisdiction_id = :j', { j: q.jurisdictionId });
    if (q.industryId) qb.andWhere('p.industry_id = :i', { i: q.industryId });
    if (q.stage) qb.andWhere('p.stage = :s', { s: q.stage });
    if (q.head) qb.andWhere('p.head = :h', { h: q.head });
    if (q.q)
      qb.andWhere("(LOWER(p.name) LIKE :q ESCAPE '\\' OR LOWER(p.investor) LIKE :q ESCAPE '\\')", {
        q: containsPattern(q.q.toLowerCase()),
      });
    const [rows, total] = await qb.orderBy('p.id').skip(q.offset).take(q.limit).getManyAndCount();
    return { items: rows.map(toProject), total, offset: q.offset, limit: q.limit };
  },
  async all(m: EntityManager): Promise<Project[]> {
    return (await m.find(ProjectEntity, { order: { id: 'ASC' } })).map(toProject);
  },
  async get(m: EntityManager, id: number): Promise<Project | null> {
    const e = await m.findOneBy(ProjectEntity, { id });
    return e ? toProject(e) : null;
  },
  async create(m: EntityManager, data: ProjectCreate): Promise<Project> {
    return toProject(await m.save(ProjectEntity, m.create(ProjectEntity, { ...data, version: 1 })));
  },
  async createMany(m: EntityManager, rows: ProjectCreate[]): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 100) {
      const res = await m.insert(
        ProjectEntity,
        rows.slice(i, i + 100).map((r) => ({ ...r, version: 1 })),
      );
      ids.push(...res.identifiers.map((x) => x.id as number));
    }
    return ids;
  },
  update: (m: EntityManager, id: number, version: number, patch: Partial<ProjectCreate>) =>
    updateVersioned(m, ProjectEntity, 'project', id, version, patch),
  async remove(m: EntityManager, id: number): Promise<void> {
    await m.delete(ProjectEntity, { id });
  },
};
