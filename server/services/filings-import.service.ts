import type { Ctx } from './context';
import { filingsRepo } from '../repositories/filings.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertWriteIn } from './access';
import { AppError } from '../../shared/errors';
import { checkFilingRows } from '../../shared/import/filing-rows';
import { sheetRows } from './spreadsheet';
import type { FilingImportReport } from '../../shared/schemas/filing';

export const MAX_FILING_ROWS = 20_000;

/**
 * Imports a year (or several) of enterprises' filings, all or nothing: any bad row refuses the
 * file (422, each problem with its row and column) and nothing is written; a row for another
 * county's enterprise refuses it with 403. A filed year replaces the same year already held.
 */
export async function importFilings(ctx: Ctx, body: unknown, opts: { year?: number }): Promise<FilingImportReport> {
  if (ctx.user.role === 'viewer') throw new AppError('FORBIDDEN', 'viewers cannot import filings', 403);
  const rows = await sheetRows(body);
  if (rows.length > MAX_FILING_ROWS + 1)
    throw new AppError('TOO_MANY_ROWS', `at most ${MAX_FILING_ROWS} rows per import`, 413);
  const enterprises = await filingsRepo.lookups(ctx.db.read);
  const check = checkFilingRows(rows, enterprises, opts.year);
  if (check.problems.length) {
    const p = check.problems[0];
    throw new AppError(
      'IMPORT_REJECTED',
      `row ${p.row}, column ${p.column}: ${p.reason}; ${check.problems.length} problem(s), nothing was imported`,
      422,
      { problems: check.problems },
    );
  }
  const county = new Map(enterprises.map((e) => [e.id, e.jurisdictionId]));
  for (const a of check.accepted)
    assertWriteIn(ctx.user, county.get(a.filing.enterpriseId)!, `row ${a.row}'s enterprise`);
  return ctx.db.write(async (m) => {
    const before = await filingsRepo.upsert(
      m,
      check.accepted.map((a) => a.filing),
    );
    const out = check.accepted.map((a) => ({
      row: a.row,
      enterpriseId: a.filing.enterpriseId,
      year: a.filing.year,
      action: before.has(`${a.filing.enterpriseId}|${a.filing.year}`) ? ('updated' as const) : ('created' as const),
    }));
    for (const id of new Set(out.map((r) => r.enterpriseId)))
      await auditRepo.record(m, ctx.user, {
        action: 'import',
        entity: 'enterprise',
        entityId: id,
        after: { filedYears: out.filter((r) => r.enterpriseId === id).map((r) => r.year) },
      });
    const created = out.filter((r) => r.action === 'created').length;
    return {
      imported: out.length,
      created,
      updated: out.length - created,
      years: [...new Set(out.map((r) => r.year))].sort(),
      rows: out,
    };
  });
}
