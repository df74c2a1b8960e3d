import {
  FILING_COLUMNS,
  filingHeaderKey,
  filingRowSchema,
  type FilingKey,
  type FilingProblem,
  type FilingRow,
} from '../schemas/filing';

/** A cell as a spreadsheet reader gives it: text, number, or empty. */
export type Cell = string | number | null;

export interface FilingLookup {
  id: number;
  name: string;
  nameEn: string;
}

export interface FilingRowsCheck {
  accepted: Array<{ row: number; filing: FilingRow }>;
  problems: FilingProblem[];
}

const norm = (s: string) => s.trim().toLowerCase();

/** A number from a cell: numbers as they are; text with thousands separators or spaces; '' → null. */
function numberOf(c: Cell): number | null | 'bad' {
  if (c == null) return null;
  if (typeof c === 'number') return c;
  const t = c.replace(/[,，\s]/g, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : 'bad';
}

/**
 * Checks a sheet of yearly filings (first row: headers, Chinese or English). Each data row names
 * its enterprise by 企业编号 or 企业名称 and carries one year's figures; every problem is reported
 * with the row and the column header as written in the file, so the office can fix its sheet.
 * `defaultYear` fills rows when the sheet has no 年度 column.
 */
export function checkFilingRows(rows: Cell[][], enterprises: FilingLookup[], defaultYear?: number): FilingRowsCheck {
  const problems: FilingProblem[] = [];
  if (!rows.length) return { accepted: [], problems: [{ row: 1, column: 'header', reason: 'the sheet is empty' }] };
  const headers = rows[0].map((h) => String(h ?? ''));
  const keys = headers.map(filingHeaderKey);
  const col = new Map<FilingKey, number>();
  keys.forEach((k, i) => {
    if (k && !col.has(k)) col.set(k, i);
  });
  const label = (k: FilingKey) => (col.has(k) ? headers[col.get(k)!] : FILING_COLUMNS.find((c) => c.key === k)!.zh);
  const missing: string[] = FILING_COLUMNS.filter(
    (c) => c.required && !col.has(c.key) && !(c.key === 'year' && defaultYear !== undefined),
  ).map((c) => c.zh);
  if (!col.has('enterprise') && !col.has('enterpriseId')) missing.unshift('企业名称 / 企业编号');
  if (missing.length)
    return {
      accepted: [],
      problems: [{ row: 1, column: 'header', reason: `missing column(s): ${missing.join(', ')}` }],
    };

  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const byName = new Map<string, FilingLookup[]>();
  for (const e of enterprises)
    for (const n of new Set([norm(e.name), norm(e.nameEn)].filter(Boolean)))
      byName.set(n, [...(byName.get(n) ?? []), e]);

  const accepted: FilingRowsCheck['accepted'] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    const row = i + 1;
    if (r.every((c) => c == null || String(c).trim() === '')) continue;
    const cell = (k: FilingKey): Cell => (col.has(k) ? (r[col.get(k)!] ?? null) : null);
    const bad = (k: FilingKey | 'enterprise', reason: string) => problems.push({ row, column: label(k), reason });

    let enterpriseId: number | null = null;
    const idCell = numberOf(cell('enterpriseId'));
    const nameCell = String(cell('enterprise') ?? '').trim();
    if (typeof idCell === 'number') {
      if (!byId.has(idCell)) {
        bad('enterpriseId', `no enterprise has id ${idCell}`);
        continue;
      }
      enterpriseId = idCell;
    } else if (idCell === 'bad') {
      bad('enterpriseId', 'must be an enterprise id (a whole number)');
      continue;
    } else {
      const hits = byName.get(norm(nameCell)) ?? [];
      if (!nameCell) bad('enterprise', 'the enterprise is not named');
      else if (!hits.length) bad('enterprise', `unknown enterprise "${nameCell}"`);
      else if (hits.length > 1) bad('enterprise', `"${nameCell}" names ${hits.length} enterprises: give 企业编号`);
      if (hits.length !== 1) continue;
      enterpriseId = hits[0].id;
    }

    const body: Record<string, unknown> = { enterpriseId };
    let rowOk = true;
    for (const c of FILING_COLUMNS) {
      if (c.key === 'enterprise' || c.key === 'enterpriseId') continue;
      const v = c.key === 'year' && !col.has('year') ? (defaultYear ?? null) : numberOf(cell(c.key));
      if (v === 'bad') {
        bad(c.key, `"${String(cell(c.key))}" is not a number`);
        rowOk = false;
        break;
      }
      if (v === null && c.required) {
        bad(c.key, 'is empty');
        rowOk = false;
        break;
      }
      body[c.key] = v;
    }
    if (!rowOk) continue;
    const parsed = filingRowSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      bad(String(issue.path[0]) as FilingKey, issue.message);
      continue;
    }
    const key = `${parsed.data.enterpriseId}|${parsed.data.year}`;
    if (seen.has(key)) {
      bad('year', `the same enterprise and year as row ${seen.get(key)}`);
      continue;
    }
    seen.set(key, row);
    accepted.push({ row, filing: parsed.data });
  }
  if (!accepted.length && !problems.length) problems.push({ row: 2, column: 'header', reason: 'no data rows' });
  return { accepted, problems };
}
