import { HEAD_WORDS, PROJECT_CSV_COLUMNS, ROLE_WORDS, STAGE_WORDS } from '../schemas/project-csv';
import type { Project } from '../types/project';

export interface ExportLookups {
  industries: ReadonlyArray<{ id: number; name: string }>;
  links: ReadonlyArray<{ id: number; name: string }>;
  jurisdictions: ReadonlyArray<{ id: number; name: string }>;
}

/** The first Chinese word the CSV importer maps to a value, so an exported sheet re-imports as is. */
const wordFor = (words: Record<string, string>, v: string) => Object.keys(words).find((k) => words[k] === v) ?? v;

const NUMERIC = new Set([
  'investmentWan',
  'landNeedMu',
  'floorNeedM2',
  'outputWan',
  'taxWan',
  'vatShare',
  'rampUpYears',
  'jobs',
]);

/**
 * The rows of the Excel export: the CSV's Chinese headers, numbers kept as numbers (so Excel sums
 * them), names instead of ids and Chinese words for stages, head flags and leader roles.
 */
export function projectExportRows(
  projects: readonly Project[],
  l: ExportLookups,
): { headers: string[]; numeric: boolean[]; rows: Array<Array<string | number | null>> } {
  const industry = new Map(l.industries.map((i) => [i.id, i.name]));
  const link = new Map(l.links.map((i) => [i.id, i.name]));
  const county = new Map(l.jurisdictions.map((i) => [i.id, i.name]));
  const rows = projects.map((p) =>
    PROJECT_CSV_COLUMNS.map((c): string | number | null => {
      switch (c.key) {
        case 'industry':
          return industry.get(p.industryId) ?? '';
        case 'chainLink':
          return p.chainLinkId ? (link.get(p.chainLinkId) ?? '') : '';
        case 'jurisdiction':
          return county.get(p.jurisdictionId) ?? '';
        case 'stage':
          return wordFor(STAGE_WORDS, p.stage);
        case 'head':
          return wordFor(HEAD_WORDS, p.head);
        case 'leaderRole':
          return wordFor(ROLE_WORDS, p.leaderRole);
        default: {
          const v = (p as unknown as Record<string, unknown>)[c.key];
          return v == null ? null : NUMERIC.has(c.key) ? Number(v) : String(v);
        }
      }
    }),
  );
  return {
    headers: PROJECT_CSV_COLUMNS.map((c) => c.zh),
    numeric: PROJECT_CSV_COLUMNS.map((c) => NUMERIC.has(c.key)),
    rows,
  };
}
