import type { EntityManager } from 'typeorm';
import { EfficiencyReviewEntity, PolicyTiersEntity } from '../db/entities';
import type { EfficiencyReview, EfficiencyReviewSummary } from '../../shared/types/efficiency-review';
import type { PolicyTier } from '../../shared/efficiency/tiers';
import { AppError } from '../../shared/errors';

const toReview = (e: EfficiencyReviewEntity): EfficiencyReview => ({
  id: e.id,
  jurisdictionId: e.jurisdictionId,
  year: e.year,
  runAt: e.runAt,
  runBy: e.runBy,
  settings: e.settings,
  tiers: e.tiers,
  benchmarks: e.benchmarks,
  distribution: e.distribution,
  rows: e.rows,
});

export const efficiencyRepo = {
  /** The county's latest kept review of that year, or null. */
  async latest(m: EntityManager, jurisdictionId: number, year: number): Promise<EfficiencyReview | null> {
    const e = await m.findOne(EfficiencyReviewEntity, { where: { jurisdictionId, year }, order: { id: 'DESC' } });
    return e ? toReview(e) : null;
  },
  async get(m: EntityManager, id: number): Promise<EfficiencyReview | null> {
    const e = await m.findOneBy(EfficiencyReviewEntity, { id });
    return e ? toReview(e) : null;
  },
  /** Every kept review of a county (or all), newest year first, without their rows. */
  async summaries(m: EntityManager, jurisdictionId?: number): Promise<EfficiencyReviewSummary[]> {
    const rows = await m.find(EfficiencyReviewEntity, {
      select: { id: true, jurisdictionId: true, year: true, runAt: true, distribution: true },
      where: jurisdictionId ? { jurisdictionId } : {},
      order: { year: 'DESC', id: 'DESC' },
    });
    return rows.map((r) => ({
      id: r.id,
      jurisdictionId: r.jurisdictionId,
      year: r.year,
      runAt: r.runAt,
      distribution: r.distribution,
    }));
  },
  async save(m: EntityManager, r: Omit<EfficiencyReview, 'id'>): Promise<EfficiencyReview> {
    const e = await m.save(EfficiencyReviewEntity, m.create(EfficiencyReviewEntity, r));
    return toReview(e);
  },
  async tiers(m: EntityManager, jurisdictionId: number): Promise<{ tiers: PolicyTier[]; version: number } | null> {
    const e = await m.findOneBy(PolicyTiersEntity, { jurisdictionId });
    return e ? { tiers: e.tiers, version: e.version } : null;
  },
  /** Writes the county's tiers; `version` is the one read (0 when none existed), a stale one gets 409. */
  async saveTiers(m: EntityManager, jurisdictionId: number, tiers: PolicyTier[], version: number): Promise<number> {
    const cur = await m.findOneBy(PolicyTiersEntity, { jurisdictionId });
    if ((cur?.version ?? 0) !== version)
      throw new AppError('VERSION_CONFLICT', 'policy tiers were changed by someone else; reload and try again', 409);
    await m.save(PolicyTiersEntity, { jurisdictionId, tiers, version: version + 1 });
    return version + 1;
  },
};
