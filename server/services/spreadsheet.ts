import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../shared/errors';
import type { Cell } from '../../shared/import/filing-rows';

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

/**
 * The first sheet of an .xlsx workbook (or CSV text, when the office saved the sheet as text) as rows
 * of cells; 400 naming the body when it is neither.
 */
export async function sheetRows(body: unknown): Promise<Cell[][]> {
  if (typeof body === 'string') {
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
