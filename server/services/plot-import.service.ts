import { createHash } from 'node:crypto';
import type { Ctx } from './context';
import { parksRepo } from '../repositories/parks.repo';
import { plotsRepo } from '../repositories/plots.repo';
import { auditRepo } from '../repositories/audit.repo';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { assertMayWrite, assertWriteIn, canWriteIn } from './access';
import { found } from './not-found';
import { AppError } from '../../shared/errors';
import { checkPlotFeatures, type FeatureOutcome, type SkippedFeature } from '../../shared/import/plot-features';
import { columnNames, guessMapping } from '../../shared/import/plot-fields';
import { generatedPlotCode } from '../../shared/import/field-values';
import type { PlotImportQuery } from '../../shared/schemas/plot-import';
import { readPlotFile } from './plot-files/read';
import type { PlotFileFormat } from './plot-files/types';

export const MAX_IMPORT_FEATURES = 20_000;

export interface PlotImportReport {
  created: number;
  updated: number;
  createdIds: number[];
  updatedIds: number[];
  /** The refused features (kept for callers of the first version of the report). */
  skipped: SkippedFeature[];
  /** Every feature of the file: its index, the code it gets, and what happens to it. */
  features: Array<FeatureOutcome & { note?: string }>;
  dryRun: boolean;
  format: PlotFileFormat;
  srs: string;
  srsFrom: string;
  /** The file's columns and the mapping the usual names suggest, for the mapping step. */
  columns: string[];
  suggested: ReturnType<typeof guessMapping>;
  /** The features in WGS84, returned by a dry run so the preview can draw them. */
  geometries?: unknown[];
}

/**
 * Imports the valid polygons of an uploaded file (GeoJSON, zipped shapefile, KML, DXF) into a park,
 * in one transaction: either every accepted feature is written or none is. A code that is already
 * a plot of the park updates that plot. With `strict`, one refused feature refuses the file; with
 * `dryRun`, nothing is written and the report (with the geometries) says what would happen.
 */
export async function importPlots(
  ctx: Ctx,
  parkId: number,
  body: Buffer,
  contentType: string,
  q: Omit<PlotImportQuery, 'strict' | 'dryRun'> & { strict: boolean; dryRun: boolean },
): Promise<PlotImportReport> {
  // A viewer is refused before the file is read (issue 15): no parsing work for a forbidden request.
  assertMayWrite(ctx.user);
  const file = await readPlotFile(body, contentType, q.srs);
  if (file.features.length > MAX_IMPORT_FEATURES)
    throw new AppError(
      'TOO_MANY_FEATURES',
      `features: at most ${MAX_IMPORT_FEATURES} per import (got ${file.features.length})`,
      413,
    );
  const digest = createHash('sha256').update(body).digest('hex');
  const columns = columnNames(file.features);

  return ctx.db.write(async (m) => {
    const park = found(await parksRepo.get(m, parkId), 'park', parkId);
    assertWriteIn(ctx.user, park.jurisdictionId, `park ${park.name}`);
    const existing = await plotsRepo.byPark(m, parkId);
    const check = checkPlotFeatures(file.features, park, existing, {
      generatedCode: (i) => generatedPlotCode(parkId, digest, i),
      mapping: q,
    });
    if (q.strict && check.skipped.length)
      throw new AppError('IMPORT_REJECTED', `${check.skipped.length} feature(s) refused; nothing was imported`, 422, {
        skipped: check.skipped,
      });

    // Only enterprises the user may write for: a name shared with another county's firm never ties the
    // plot to it (the same rule as assertRefIn on plot writes); the report notes the unmatched name.
    const enterprises = new Map(
      (await enterprisesRepo.all(m))
        .filter((e) => canWriteIn(ctx.user, e.jurisdictionId))
        .map((e) => [e.name.trim(), e.id]),
    );
    const notes = new Map<number, string>();
    const enterpriseOf = (index: number, occupant: string | null): number | null | undefined => {
      if (!occupant) return undefined;
      const id = enterprises.get(occupant);
      if (id === undefined) notes.set(index, `occupant ${occupant} is not a registered enterprise; left unassigned`);
      return id ?? null;
    };
    const creates = check.accepted.filter((a) => a.updateId === null);
    const updates = check.accepted.filter((a) => a.updateId !== null);
    const rows = creates.map(({ index, occupant, updateId: _u, ...p }) => ({
      ...p,
      parkId,
      enterpriseId: enterpriseOf(index, occupant) ?? null,
      projectId: null,
    }));
    for (const u of updates) enterpriseOf(u.index, u.occupant);
    const base = {
      format: file.format,
      srs: file.srs,
      srsFrom: file.srsFrom,
      columns,
      suggested: guessMapping(columns),
      skipped: check.skipped,
      features: check.features.map((f) => (notes.has(f.index) ? { ...f, note: notes.get(f.index) } : f)),
    };
    if (q.dryRun)
      return {
        ...base,
        created: creates.length,
        updated: updates.length,
        createdIds: [],
        updatedIds: [],
        dryRun: true,
        geometries: file.features.map((f) => f?.geometry ?? null),
      };

    const createdIds = await plotsRepo.createMany(m, rows);
    const byId = new Map(existing.map((p) => [p.id, p]));
    for (const { index: _i, occupant, updateId, ...p } of updates) {
      // A file that names no (known) occupant leaves the plot's enterprise as it was.
      const enterpriseId = occupant ? enterprises.get(occupant) : undefined;
      await plotsRepo.update(m, updateId!, byId.get(updateId!)!.version, enterpriseId ? { ...p, enterpriseId } : p);
    }
    const updatedIds = updates.map((u) => u.updateId!);
    await auditRepo.record(m, ctx.user, {
      action: 'import',
      entity: 'park',
      entityId: parkId,
      after: {
        format: file.format,
        srs: file.srs,
        mapping: q,
        created: createdIds,
        updated: updatedIds,
        report: base.features,
      },
    });
    for (const id of [...createdIds, ...updatedIds])
      await auditRepo.record(m, ctx.user, { action: 'import', entity: 'plot', entityId: id });
    return {
      ...base,
      created: createdIds.length,
      updated: updatedIds.length,
      createdIds,
      updatedIds,
      dryRun: false,
    };
  });
}
