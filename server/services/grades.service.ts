import type { Ctx } from './context';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { statsRepo } from '../repositories/stats.repo';
import type { EntityManager } from 'typeorm';
import {
  entriesFromEnterprises,
  gradeEntries,
  tenantFootprintLandMu,
  type EvaluationEntry,
  type GradeResult,
} from '../../shared/efficiency';

/**
 * Every occupant's 亩均 grade from its latest year of figures and the land it holds (plots, or
 * the land share of its factory floor space), graded
 * against the others of its county (the benchmark population of the evaluation).
 */
/** Reads only: needs the database, not a user (the map's background warm-up calls it too). */
export async function gradesByEnterprise(ctx: Pick<Ctx, 'db' | 'caches'>): Promise<Map<number, GradeResult>> {
  const c = await ctx.caches.grades.get(
    'grades',
    async () => gradeEntries(await occupantEntries(ctx.db.read)),
    (m) => JSON.stringify([...m.entries()]),
  );
  return c.value;
}

/**
 * Every occupant as an evaluation entry: latest year of figures and the land it holds (plots, or
 * the land share of its factory floor space). The pre-deal grade of a prospect joins this population.
 * With `year`, that year's figures (firms that did not file it are left out): the yearly review.
 */
export async function occupantEntries(m: EntityManager, year?: number): Promise<EvaluationEntry[]> {
  const [enterprises, occupants, tenants] = await Promise.all([
    enterprisesRepo.all(m),
    statsRepo.occupants(m),
    statsRepo.tenants(m),
  ]);
  const land = new Map<number, number>();
  const add = (id: number, mu: number) => land.set(id, (land.get(id) ?? 0) + mu);
  for (const o of occupants) add(o.enterpriseId, o.areaMu);
  // Factory tenants are charged their share of the building's footprint (rule efficiency.tenantLand).
  for (const t of tenants)
    add(t.enterpriseId, tenantFootprintLandMu(t.areaM2, { floorAreaM2: t.buildingFloorM2, floors: t.floors }));
  return entriesFromEnterprises(enterprises, land, year);
}
