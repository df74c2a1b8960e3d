import type { Ctx } from './context';
import type { Db } from '../db/db';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { statsRepo } from '../repositories/stats.repo';
import { ReadCache } from './read-cache';
import { gradeEnterprises, type GradeResult } from '../../shared/efficiency';

const caches = new WeakMap<Db, ReadCache<Map<number, GradeResult>>>();

/**
 * Every occupant's 亩均 grade from its latest year of figures and the land it holds, graded
 * against the others of its county (the benchmark population of the evaluation).
 */
export async function gradesByEnterprise(ctx: Ctx): Promise<Map<number, GradeResult>> {
  let cache = caches.get(ctx.db);
  if (!cache) caches.set(ctx.db, (cache = new ReadCache(ctx.db)));
  const c = await cache.get('grades', async () => {
    const [enterprises, occupants] = await Promise.all([enterprisesRepo.all(ctx.db.read), statsRepo.occupants(ctx.db.read)]);
    const land = new Map<number, number>();
    for (const o of occupants) land.set(o.enterpriseId, (land.get(o.enterpriseId) ?? 0) + o.areaMu);
    return gradeEnterprises(enterprises, land);
  }, (m) => JSON.stringify([...m.entries()]));
  return c.value;
}
