import type { Ctx } from './context';
import { parksRepo } from '../repositories/parks.repo';
import { plotsRepo } from '../repositories/plots.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertMayWrite, assertWriteIn } from './access';
import { found } from './not-found';
import { AppError } from '../../shared/errors';
import { checkPlotFeatures, type SkippedFeature } from '../../shared/import/plot-features';

export const MAX_IMPORT_FEATURES = 20_000;

export interface PlotImportReport {
  created: number;
  createdIds: number[];
  skipped: SkippedFeature[];
  dryRun: boolean;
}

/**
 * Imports the valid polygons of a FeatureCollection into a park, in one transaction: either every
 * accepted feature is written or none is. With `strict`, one refused feature refuses the file;
 * with `dryRun`, nothing is written and the report says what would happen.
 */
export async function importPlots(
  ctx: Ctx,
  parkId: number,
  body: unknown,
  opts: { strict: boolean; dryRun: boolean },
): Promise<PlotImportReport> {
  assertMayWrite(ctx.user);
  const fc = body as { type?: unknown; features?: unknown };
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    throw new AppError('INVALID_GEOJSON', 'body must be a GeoJSON FeatureCollection with a features array', 400, {
      field: 'features',
    });
  if (fc.features.length > MAX_IMPORT_FEATURES)
    throw new AppError(
      'TOO_MANY_FEATURES',
      `features: at most ${MAX_IMPORT_FEATURES} per import (got ${fc.features.length})`,
      413,
    );
  const features = fc.features as unknown[];

  return ctx.db.write(async (m) => {
    const park = found(await parksRepo.get(m, parkId), 'park', parkId);
    assertWriteIn(ctx.user, park.jurisdictionId, `park ${park.name}`);
    const existing = await plotsRepo.byPark(m, parkId);
    const check = checkPlotFeatures(features, park, existing, `IMP${parkId}`);
    if (opts.strict && check.skipped.length)
      throw new AppError('IMPORT_REJECTED', `${check.skipped.length} feature(s) refused; nothing was imported`, 422, {
        skipped: check.skipped,
      });
    if (opts.dryRun) return { created: check.accepted.length, createdIds: [], skipped: check.skipped, dryRun: true };

    const rows = check.accepted.map(({ index: _i, ...p }) => ({ ...p, parkId, enterpriseId: null, projectId: null }));
    const createdIds = await plotsRepo.createMany(m, rows);
    await auditRepo.record(m, ctx.user, {
      action: 'import',
      entity: 'park',
      entityId: parkId,
      after: { created: createdIds.length, skipped: check.skipped.length, plotIds: createdIds },
    });
    for (const id of createdIds)
      await auditRepo.record(m, ctx.user, { action: 'import', entity: 'plot', entityId: id });
    return { created: createdIds.length, createdIds, skipped: check.skipped, dryRun: false };
  });
}
