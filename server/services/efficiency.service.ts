import type { Ctx } from './context';
import type { EfficiencyReview, EfficiencyReviewSummary } from '../../shared/types/efficiency-review';
import { efficiencyRepo } from '../repositories/efficiency.repo';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { occupantEntries } from './grades.service';
import { assertWriteIn, seesFinancials } from './access';
import { found } from './not-found';
import { AppError } from '../../shared/errors';
import { reviewWorkbook } from './efficiency-export';
import { buildReview, DEFAULT_POLICY_TIERS, resolveSettings, type PolicyTier } from '../../shared/efficiency';

const hide = (r: EfficiencyReview, financial: boolean): EfficiencyReview =>
  financial ? r : { ...r, rows: r.rows.map((x) => ({ ...x, figures: null })) };

async function county(ctx: Ctx, id: number) {
  const j = await referenceRepo.jurisdiction(ctx.db.read, id);
  if (!j) throw new AppError('NOT_FOUND', `jurisdictionId: no jurisdiction ${id}`, 404);
  return j;
}

export const efficiencyService = {
  /**
   * Runs the county's 亩均 review for `year` on that year's filings and the land each firm holds,
   * and keeps it (with the settings, benchmarks and policy tiers used): later filings never change it.
   */
  async run(ctx: Ctx, jurisdictionId: number, year: number): Promise<EfficiencyReview> {
    await county(ctx, jurisdictionId);
    assertWriteIn(ctx.user, jurisdictionId, 'this county’s review');
    const m = ctx.db.read;
    const [entries, enterprises, previous, tiers] = await Promise.all([
      occupantEntries(m, year),
      enterprisesRepo.all(m),
      efficiencyRepo.latest(m, jurisdictionId, year - 1),
      efficiencyService.tiers(ctx, jurisdictionId),
    ]);
    const own = entries.filter((e) => e.jurisdictionId === jurisdictionId);
    if (!own.length)
      throw new AppError('NO_FILINGS', `year: no enterprise of this county has filed figures for ${year}`, 422);
    const names = new Map(enterprises.map((e) => [e.id, e.name]));
    const settings = resolveSettings();
    const body = buildReview(own, names, previous?.rows ?? null, settings);
    const saved = await ctx.db.write(
      (w) =>
        efficiencyRepo.save(w, {
          jurisdictionId,
          year,
          runAt: new Date().toISOString(),
          runBy: ctx.user.username,
          settings,
          tiers: tiers.tiers,
          ...body,
        }),
      { invalidatesReads: false },
    );
    return hide(saved, seesFinancials(ctx.user));
  },

  async get(ctx: Ctx, jurisdictionId: number, year: number): Promise<EfficiencyReview> {
    const r = await efficiencyRepo.latest(ctx.db.read, jurisdictionId, year);
    if (!r)
      throw new AppError('NOT_FOUND', `no review of ${year} kept for jurisdiction ${jurisdictionId}: run one`, 404);
    return hide(r, seesFinancials(ctx.user));
  },

  async byId(ctx: Ctx, id: number): Promise<EfficiencyReview> {
    const r = found(await efficiencyRepo.get(ctx.db.read, id), 'review', id);
    return hide(r, seesFinancials(ctx.user));
  },

  /** The review's report as .xlsx (figures left out for viewers, as in the JSON). */
  async workbook(ctx: Ctx, id: number): Promise<{ year: number; buf: Buffer }> {
    const review = await efficiencyService.byId(ctx, id);
    const j = await referenceRepo.jurisdiction(ctx.db.read, review.jurisdictionId);
    return { year: review.year, buf: await reviewWorkbook(review, j?.name ?? '') };
  },

  list: (ctx: Ctx, jurisdictionId?: number): Promise<EfficiencyReviewSummary[]> =>
    efficiencyRepo.summaries(ctx.db.read, jurisdictionId),

  /** The county's own tiers, or the defaults (version 0) until it sets them. */
  async tiers(ctx: Ctx, jurisdictionId: number): Promise<{ tiers: PolicyTier[]; version: number; isDefault: boolean }> {
    const t = await efficiencyRepo.tiers(ctx.db.read, jurisdictionId);
    return t ? { ...t, isDefault: false } : { tiers: [...DEFAULT_POLICY_TIERS], version: 0, isDefault: true };
  },

  async setTiers(ctx: Ctx, jurisdictionId: number, tiers: PolicyTier[], version: number) {
    await county(ctx, jurisdictionId);
    assertWriteIn(ctx.user, jurisdictionId, 'this county’s policy tiers');
    const v = await ctx.db.write((m) => efficiencyRepo.saveTiers(m, jurisdictionId, tiers, version), {
      invalidatesReads: false,
    });
    return { tiers, version: v, isDefault: false };
  },
};
