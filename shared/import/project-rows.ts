import Papa from 'papaparse';
import {
  csvHeaderKey,
  HEAD_WORDS,
  PROJECT_CSV_COLUMNS,
  ROLE_WORDS,
  STAGE_WORDS,
  type ProjectCsvKey,
} from '../schemas/project-csv';
import { projectCreateSchema, type ProjectCreate } from '../schemas/project';
import type { Industry, IndustryChain } from '../types/industry';
import type { Jurisdiction } from '../types/jurisdiction';

export interface RowProblem {
  /** Line number in the file, the header being line 1. */
  row: number;
  field: string;
  reason: string;
}

export interface ProjectRowsCheck {
  accepted: Array<{ row: number; project: ProjectCreate }>;
  skipped: RowProblem[];
}

export interface Lookups {
  industries: Industry[];
  chains: IndustryChain[];
  jurisdictions: Jurisdiction[];
}

const norm = (s: string) => s.trim().toLowerCase();
const numberCell = (v: string) => (v.trim() === '' ? null : Number(v.replace(/[,\s]/g, '')));
/** Cells opening with these are run as formulas by spreadsheets; the export prefixes a quote. */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/**
 * Parses a project CSV (UTF-8, BOM or not, Chinese or English headers) into validated project
 * bodies. Names of industries, chain links and counties are resolved against the lookups; every
 * bad row is reported with its line, the field and the reason, so the user can fix the file.
 */
export function checkProjectCsv(text: string, lookups: Lookups): ProjectRowsCheck {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  if (rows.length === 0) return { accepted: [], skipped: [{ row: 1, field: 'header', reason: 'the file is empty' }] };
  const keys = rows[0].map(csvHeaderKey);
  const missing = ['name', 'investor', 'industry', 'investmentWan', 'jurisdiction'].filter(
    (k) => !keys.includes(k as ProjectCsvKey),
  );
  if (missing.length) {
    const names = missing.map((k) => PROJECT_CSV_COLUMNS.find((c) => c.key === k)!.zh);
    return { accepted: [], skipped: [{ row: 1, field: 'header', reason: `missing column(s): ${names.join(', ')}` }] };
  }
  const accepted: ProjectRowsCheck['accepted'] = [];
  const skipped: RowProblem[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = i + 1;
    const cell: Partial<Record<ProjectCsvKey, string>> = {};
    keys.forEach((k, c) => {
      if (k) cell[k] = (rows[i][c] ?? '').trim();
    });
    const problem = (field: string, reason: string) => skipped.push({ row, field, reason });

    const industry = lookups.industries.find((x) =>
      [x.name, x.nameEn, x.code].some((n) => norm(n) === norm(cell.industry ?? '')),
    );
    if (!industry) {
      problem('industry', `unknown industry "${cell.industry ?? ''}"`);
      continue;
    }
    const jurisdiction = lookups.jurisdictions.find((x) =>
      [x.name, x.nameEn].some((n) => norm(n) === norm(cell.jurisdiction ?? '')),
    );
    if (!jurisdiction) {
      problem('jurisdiction', `unknown county "${cell.jurisdiction ?? ''}"`);
      continue;
    }
    let chainLinkId: number | null = null;
    if (cell.chainLink) {
      const links = lookups.chains.find((c) => c.id === industry.chainId)?.links ?? [];
      const link = links.find((l) => [l.name, l.nameEn].some((n) => norm(n) === norm(cell.chainLink!)));
      if (!link) {
        problem('chainLink', `"${cell.chainLink}" is not a link of the ${industry.name} chain`);
        continue;
      }
      chainLinkId = link.id;
    }
    const body: Record<string, unknown> = {
      name: cell.name,
      investor: cell.investor,
      industryId: industry.id,
      chainLinkId,
      jurisdictionId: jurisdiction.id,
      investmentWan: numberCell(cell.investmentWan ?? ''),
      landNeedMu: numberCell(cell.landNeedMu ?? ''),
      floorNeedM2: numberCell(cell.floorNeedM2 ?? ''),
      outputWan: numberCell(cell.outputWan ?? '') ?? 0,
      taxWan: numberCell(cell.taxWan ?? '') ?? 0,
      jobs: numberCell(cell.jobs ?? '') ?? 0,
      pollutionClass: cell.pollutionClass || industry.pollutionClass,
      notes: cell.notes ?? '',
    };
    if (cell.vatShare) body.vatShare = numberCell(cell.vatShare);
    if (cell.rampUpYears) body.rampUpYears = numberCell(cell.rampUpYears);
    if (cell.stage) body.stage = STAGE_WORDS[cell.stage] ?? cell.stage;
    if (cell.head) body.head = HEAD_WORDS[cell.head] ?? cell.head;
    if (cell.leaderRole) body.leaderRole = ROLE_WORDS[cell.leaderRole] ?? cell.leaderRole;
    const result = projectCreateSchema.safeParse(body);
    if (!result.success) {
      const issue = result.error.issues[0];
      problem(String(issue.path[0] ?? 'row'), issue.message);
      continue;
    }
    accepted.push({ row, project: result.data });
  }
  return { accepted, skipped };
}

/** CSV text with a BOM and Chinese headers, so Excel opens it in the right encoding. */
export function projectsToCsv(projects: Array<ProjectCreate & { id: number }>, lookups: Lookups): string {
  const industry = new Map(lookups.industries.map((i) => [i.id, i.name]));
  const link = new Map(lookups.chains.flatMap((c) => c.links).map((l) => [l.id, l.name]));
  const county = new Map(lookups.jurisdictions.map((j) => [j.id, j.name]));
  const data = projects.map((p) =>
    PROJECT_CSV_COLUMNS.map((c) => {
      switch (c.key) {
        case 'industry':
          return industry.get(p.industryId) ?? '';
        case 'chainLink':
          return p.chainLinkId ? (link.get(p.chainLinkId) ?? '') : '';
        case 'jurisdiction':
          return county.get(p.jurisdictionId) ?? '';
        default: {
          const v = (p as Record<string, unknown>)[c.key];
          // Numbers stay numbers so a negative figure is not mistaken for a formula below.
          return v == null ? '' : typeof v === 'number' ? v : String(v);
        }
      }
    }),
  );
  // A text cell opening with = + - @ tab or CR is run as a formula by Excel/WPS (OWASP "CSV injection"):
  // papaparse prefixes it with '. Its own default pattern misses a formula followed by a newline.
  return (
    '\uFEFF' + Papa.unparse({ fields: PROJECT_CSV_COLUMNS.map((c) => c.zh), data }, { escapeFormulae: FORMULA_LEAD })
  );
}
