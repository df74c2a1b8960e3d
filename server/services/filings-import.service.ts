import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Ctx } from './context';
import { filingsRepo } from '../repositories/filings.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertWriteIn } from './access';
import { AppError } from '../../shared/errors';
import { checkFilingRows, type Cell } from '../../shared/import/filing-rows';
import type { FilingImportReport } from '../../shared/schemas/filing';

export const MAX_FILING_ROWS = 20_000;

/** A cell of exceljs as plain text or number: formulas give their result, rich text its words, dates ISO. */
function plain(v: ExcelJS.CellValue): Cell {
  if (v == null) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return String(v.text);
  return null;
}

async function sheetRows(body: unknown): Promise<Cell[][]> {
  if (typeof body === 'string') {
    // CSV, when the office saved the sheet as text.
    return Papa.parse<string[]>(body.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  }
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw new AppError('INVALID_FILE', 'body must be an .xlsx workbook (or CSV text)', 400, { field: 'body' });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw new AppError('INVALID_FILE', 'body: not a readable .xlsx workbook', 400, { field: 'body' });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('INVALID_FILE', 'body: the workbook has no sheet', 400, { field: 'body' });
  const rows: Cell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(plain(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

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
