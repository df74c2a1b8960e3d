import type { Ctx } from './context';
import type { Db } from '../db/db';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { statsRepo } from '../repositories/stats.repo';
import { ReadCache } from './read-cache';
import type { EntityManager } from 'typeorm';
import {
  entriesFromEnterprises,
  gradeEntries,
  siteFar,
  tenantLandMu,
  type EvaluationEntry,
  type GradeResult,
} from '../../shared/efficiency';

const caches = new WeakMap<Db, ReadCache<Map<number, GradeResult>>>();

/**
 * Every occupant's 亩均 grade from its latest year of figures and the land it holds (plots, or
 * the land share of its factory floor space), graded
 * against the others of its county (the benchmark population of the evaluation).
 */
/** Reads only: needs the database, not a user (the map's background warm-up calls it too). */
export async function gradesByEnterprise(ctx: Pick<Ctx, 'db'>): Promise<Map<number, GradeResult>> {
  let cache = caches.get(ctx.db);
  if (!cache) caches.set(ctx.db, (cache = new ReadCache(ctx.db)));
  const c = await cache.get(
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
  // Factory tenants are charged the land under their floor space: floor area ÷ the site's FAR.
  for (const t of tenants) add(t.enterpriseId, tenantLandMu(t.areaM2, siteFar([t.plotFloorM2], t.plotMu)));
  return entriesFromEnterprises(enterprises, land, year);
}
