import { z } from 'zod';

/**
 * The yearly filing columns (the tax and statistics offices' spreadsheets): key, Chinese header,
 * English header. Either header is accepted; the template export writes the Chinese one.
 */
export const FILING_COLUMNS = [
  { key: 'enterpriseId', zh: '企业编号', en: 'enterpriseId', required: false },
  { key: 'enterprise', zh: '企业名称', en: 'enterprise', required: false },
  { key: 'year', zh: '年度', en: 'year', required: true },
  { key: 'taxWan', zh: '税收(万元)', en: 'taxWan', required: true },
  { key: 'valueAddedWan', zh: '增加值(万元)', en: 'valueAddedWan', required: true },
  { key: 'revenueWan', zh: '营业收入(万元)', en: 'revenueWan', required: true },
  { key: 'electricityKwh', zh: '用电量(千瓦时)', en: 'electricityKwh', required: false },
  { key: 'energyTce', zh: '综合能耗(吨标准煤)', en: 'energyTce', required: true },
  { key: 'emissionsT', zh: '主要污染物排放(吨)', en: 'emissionsT', required: true },
  { key: 'rdSpendWan', zh: '研发经费(万元)', en: 'rdSpendWan', required: true },
  { key: 'employees', zh: '从业人员(人)', en: 'employees', required: true },
  { key: 'investmentWan', zh: '累计固定资产投资(万元)', en: 'investmentWan', required: false },
] as const;
export type FilingKey = (typeof FILING_COLUMNS)[number]['key'];

const strip = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s（）()]/g, '');

/** Header → key: Chinese with or without its unit, or English, case and spaces ignored. */
export function filingHeaderKey(header: string): FilingKey | null {
  const h = strip(header);
  for (const c of FILING_COLUMNS)
    if (h === c.en.toLowerCase() || h === strip(c.zh) || h === strip(c.zh.replace(/\(.*\)$/, ''))) return c.key;
  return null;
}

const amount = (max: number) =>
  z.number({ error: 'must be a number' }).finite().min(0, 'must not be negative').max(max);

/** One filed year, as stored (enterprise_year). Value added may be negative (a loss-making year). */
export const filingRowSchema = z.strictObject({
  enterpriseId: z.number().int().positive(),
  year: z.number({ error: 'must be a year' }).int('must be a whole year').min(1990).max(2100),
  taxWan: amount(1e9),
  valueAddedWan: z.number({ error: 'must be a number' }).finite().min(-1e9).max(1e9),
  revenueWan: amount(1e9),
  electricityKwh: amount(1e13).nullable(),
  energyTce: amount(1e9),
  emissionsT: amount(1e9),
  rdSpendWan: amount(1e9),
  employees: z.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(1_000_000),
  investmentWan: amount(1e10).nullable(),
});
export type FilingRow = z.infer<typeof filingRowSchema>;

export interface FilingProblem {
  /** Row in the sheet, the header being row 1. */
  row: number;
  /** The column's header as in the file (or its key when the column is missing). */
  column: string;
  reason: string;
}

export interface FilingImportReport {
  imported: number;
  created: number;
  updated: number;
  years: number[];
  rows: Array<{ row: number; enterpriseId: number; year: number; action: 'created' | 'updated' }>;
}
