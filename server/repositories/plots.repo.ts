import { sql } from './sql';
import type { EntityManager } from 'typeorm';
import { PlotEntity } from '../db/entities';
import type { Plot } from '../../shared/types/park';
import type { PlotListQuery } from '../../shared/schemas/plot';
import type { Page } from '../../shared/types/common';
import { toPlot } from './mappers';
import { updateVersioned } from './versioned';
import { containsPattern } from './like';

export type PlotRow = Omit<Plot, 'id' | 'version'>;

/** A plot with what the map shows about who is on it, read in one query. */
export interface PlotWithOccupant extends Plot {
  occupantName: string | null;
  industryId: number | null;
  chainId: number | null;
  projectName: string | null;
}

export const plotsRepo = {
  async list(m: EntityManager, q: PlotListQuery): Promise<Page<Plot>> {
    const qb = m.createQueryBuilder(PlotEntity, 'p');
    if (q.parkId) qb.andWhere('p.park_id = :parkId', { parkId: q.parkId });
    if (q.status) qb.andWhere('p.status = :status', { status: q.status });
    if (q.landUse) qb.andWhere('p.land_use = :landUse', { landUse: q.landUse });
    if (q.q) qb.andWhere("LOWER(p.code) LIKE :q ESCAPE '\\'", { q: containsPattern(q.q.toLowerCase()) });
    if (q.minMu != null) qb.andWhere('p.area_mu >= :minMu', { minMu: q.minMu });
    if (q.maxMu != null) qb.andWhere('p.area_mu <= :maxMu', { maxMu: q.maxMu });
    const [rows, total] = await qb.orderBy('p.id').skip(q.offset).take(q.limit).getManyAndCount();
    return { items: rows.map(toPlot), total, offset: q.offset, limit: q.limit };
  },
  async all(m: EntityManager): Promise<Plot[]> {
    return (await m.find(PlotEntity, { order: { id: 'ASC' } })).map(toPlot);
  },
  async byPark(m: EntityManager, parkId: number): Promise<Plot[]> {
    return (await m.find(PlotEntity, { where: { parkId }, order: { id: 'ASC' } })).map(toPlot);
  },
  async byParkWithOccupants(m: EntityManager, parkId: number): Promise<PlotWithOccupant[]> {
    const rows: Array<Record<string, unknown>> = await sql(
      m,
      `SELECT p.id, p.park_id, p.code, p.polygon, p.area_mu, p.declared_area_mu, p.land_use, p.status, p.readiness,
              p.enterprise_id, p.project_id, p.version, e.name AS occupant_name, COALESCE(i.id, pi.id) AS industry_id,
              COALESCE(i.chain_id, pi.chain_id) AS chain_id, pr.name AS project_name
         FROM plot p
         LEFT JOIN enterprise e ON e.id = p.enterprise_id
         LEFT JOIN industry i ON i.id = e.industry_id
         LEFT JOIN project pr ON pr.id = p.project_id
         LEFT JOIN industry pi ON pi.id = pr.industry_id
        WHERE p.park_id = :parkId ORDER BY p.id`,
      { parkId },
    );
    return rows.map((r) => ({
      id: r.id as number,
      parkId: r.park_id as number,
      code: r.code as string,
      polygon: JSON.parse(r.polygon as string),
      areaMu: r.area_mu as number,
      declaredAreaMu: r.declared_area_mu as number | null,
      landUse: r.land_use as Plot['landUse'],
      status: r.status as Plot['status'],
      readiness: r.readiness as Plot['readiness'],
      enterpriseId: r.enterprise_id as number | null,
      projectId: r.project_id as number | null,
      version: r.version as number,
      occupantName: r.occupant_name as string | null,
      industryId: r.industry_id as number | null,
      chainId: r.chain_id as number | null,
      projectName: r.project_name as string | null,
    }));
  },
  async get(m: EntityManager, id: number): Promise<Plot | null> {
    const e = await m.findOneBy(PlotEntity, { id });
    return e ? toPlot(e) : null;
  },
  async getMany(m: EntityManager, ids: number[]): Promise<Plot[]> {
    if (ids.length === 0) return [];
    return (await m.createQueryBuilder(PlotEntity, 'p').whereInIds(ids).getMany()).map(toPlot);
  },
  async create(m: EntityManager, row: PlotRow): Promise<Plot> {
    return toPlot(await m.save(PlotEntity, m.create(PlotEntity, { ...row, version: 1 })));
  },
  async createMany(m: EntityManager, rows: PlotRow[]): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 200) {
      const res = await m.insert(
        PlotEntity,
        rows.slice(i, i + 200).map((r) => ({ ...r, version: 1 })),
      );
      ids.push(...res.identifiers.map((x) => x.id as number));
    }
    return ids;
  },
  update: (m: EntityManager, id: number, version: number, patch: Partial<PlotRow>) =>
    updateVersioned(m, PlotEntity, 'plot', id, version, patch),
  async remove(m: EntityManager, id: number): Promise<void> {
    await m.delete(PlotEntity, { id });
  },
  /**
   * GB/T 4754 group of whoever uses the plot: its occupant's industry, else the industry of the
   * project it is promised to; null when nobody (or the industry has no group).
   */
  async userIndustryGroup(
    m: EntityManager,
    who: { enterpriseId: number | null; projectId: number | null },
  ): Promise<number | null> {
    const rows = await sql<{ g: number | null }>(
      m,
      `SELECT COALESCE(
         (SELECT i.gbt_group FROM enterprise e JOIN industry i ON i.id = e.industry_id WHERE e.id = :enterpriseId),
         (SELECT i.gbt_group FROM project p JOIN industry i ON i.id = p.industry_id WHERE p.id = :projectId)) AS g`,
      { enterpriseId: who.enterpriseId ?? -1, projectId: who.projectId ?? -1 },
    );
    return rows[0]?.g ?? null;
  },
  async codesInPark(m: EntityManager, parkId: number): Promise<Set<string>> {
    const rows: Array<{ code: string }> = await sql<{ code: string }>(
      m,
      'SELECT code FROM plot WHERE park_id = :parkId',
      {
        parkId,
      },
    );
    return new Set(rows.map((r) => r.code));
  },
};
