import type { Ctx } from './context';
import { projectsRepo } from '../repositories/projects.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertMayWrite, assertNotViewer, assertWriteIn } from './access';
import { AppError } from '../../shared/errors';
import Papa from 'papaparse';
import { sheetRows } from './spreadsheet';
import { checkProjectCsv, projectsToCsv, type Lookups, type RowProblem } from '../../shared/import/project-rows';

export const MAX_CSV_ROWS = 5_000;

async function lookups(ctx: Ctx): Promise<Lookups> {
  const m = ctx.db.read;
  const [industries, chains, jurisdictions] = await Promise.all([
    referenceRepo.industries(m),
    referenceRepo.chains(m),
    referenceRepo.jurisdictions(m),
  ]);
  return { industries, chains, jurisdictions };
}

/**
 * Creates the valid rows of a project sheet (CSV text or an .xlsx workbook's first sheet) in one
 * transaction and reports the others by row. A row for a county the user may not edit refuses the
 * whole file (403): nothing is written.
 */
export async function importProjects(ctx: Ctx, body: unknown, opts: { strict: boolean; dryRun: boolean }) {
  assertMayWrite(ctx.user);
  // A workbook is read into the same rows a CSV gives (row 1 the header), so one check serves both.
  const text = Buffer.isBuffer(body) ? Papa.unparse((await sheetRows(body)).map((r) => r.map((c) => c ?? ''))) : body;
  if (typeof text !== 'string' || text.trim() === '')
    throw new AppError('INVALID_CSV', 'body must be CSV text (Content-Type: text/csv)', 400, { field: 'body' });
  const lines = text.split('\n').length;
  if (lines > MAX_CSV_ROWS + 1) throw new AppError('TOO_MANY_ROWS', `at most ${MAX_CSV_ROWS} rows per import`, 413);
  const check = checkProjectCsv(text, await lookups(ctx));
  for (const a of check.accepted) assertWriteIn(ctx.user, a.project.jurisdictionId, `row ${a.row}'s county`);
  if (opts.strict && check.skipped.length)
    throw new AppError('IMPORT_REJECTED', `${check.skipped.length} row(s) refused; nothing was imported`, 422, {
      skipped: check.skipped,
    });
  if (opts.dryRun)
    return { created: check.accepted.length, createdIds: [] as number[], skipped: check.skipped, dryRun: true };
  return ctx.db.write(async (m) => {
    const createdIds = await projectsRepo.createMany(
      m,
      check.accepted.map((a) => a.project),
    );
    for (const id of createdIds)
      await auditRepo.record(m, ctx.user, { action: 'import', entity: 'project', entityId: id });
    return { created: createdIds.length, createdIds, skipped: check.skipped as RowProblem[], dryRun: false };
  });
}

export async function exportProjectsCsv(ctx: Ctx): Promise<string> {
  assertNotViewer(ctx.user, 'investors’ figures');
  return projectsToCsv(await projectsRepo.all(ctx.db.read), await lookups(ctx));
}
