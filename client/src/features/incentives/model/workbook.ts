import type ExcelJS from 'exceljs';
import type { PackageComparison } from '@shared/incentives';
import type { FinanceSettings } from '@shared/incentives';
import { METRIC_ROWS } from './metric-rows';

/** Chinese row labels of the sheet 指标对比 (the sheet is always Chinese: it goes into bureau documents). */
const ROW_ZH: Record<string, string> = {
  govNpvWan: '政府净现值（全口径）',
  govNpvButForWan: '政府净现值（“若无”口径）',
  incentivePvWan: '优惠现值（政府让利）',
  govPaybackYear: '政府回收期',
  govIrr: '政府内部收益率',
  costPerJobWan: '每个就业岗位成本',
  incentiveShareOfInvestment: '优惠占投资比例',
  investorPvSavingWan: '投资方收益现值',
  investorUpfrontWan: '投资方首期自有资金',
  npvNoClawback: '未足额交付：政府净现值（不追回）',
  npvClawback: '未足额交付：政府净现值（含追回）',
  butForNoClawback: '未足额交付：“若无”净现值（不追回）',
  butForClawback: '未足额交付：“若无”净现值（含追回）',
  recovered: '未足额交付：追回金额',
  clawbackYear: '未足额交付：追回年份',
};
const SEVERITY_ZH = { error: '禁止', warning: '需论证', info: '提示' } as const;

export interface WorkbookInput {
  projectName: string;
  investor: string;
  parkName: string;
  comparisons: readonly PackageComparison[];
  settings: FinanceSettings;
  deliveredShare: number;
  plannedFar: number | null;
  /** When the file was made, as the user reads it. */
  preparedAt: string;
}

const MONEY = '#,##0.00';
const PCT = '0.0%';

function header(ws: ExcelJS.Worksheet, cols: Array<{ header: string; width: number }>): void {
  ws.columns = cols.map((c) => ({ header: c.header, width: c.width }));
  const r = ws.getRow(1);
  r.font = { bold: true };
  r.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
}

/**
 * Fills a workbook with the comparison: 指标对比 (metrics), 现金流 (yearly flows), 合规提示
 * (warnings) and 测算参数 (assumptions). Numbers stay numbers (formatted by the cell's number
 * format, never as text) so the bureau can re-calculate in Excel; a missing value is an empty cell.
 */
export function fillWorkbook(wb: ExcelJS.Workbook, input: WorkbookInput): void {
  const { comparisons: cs } = input;
  wb.creator = 'ParkPlan';

  const m = wb.addWorksheet('指标对比');
  header(m, [
    { header: '指标', width: 34 },
    { header: '单位', width: 10 },
    ...cs.map((c) => ({ header: c.name, width: 18 })),
  ]);
  for (const r of METRIC_ROWS) {
    const row = m.addRow([ROW_ZH[r.key] ?? r.key, r.unitZh, ...cs.map((c) => r.get(c) ?? null)]);
    for (let i = 0; i < cs.length; i++) {
      row.getCell(3 + i).numFmt = r.kind === 'share' || r.kind === 'irr' ? PCT : r.kind === 'year' ? '0' : MONEY;
    }
  }

  const f = wb.addWorksheet('现金流');
  const parts = [
    ['gov', '政府现金流'],
    ['govCumulativePv', '政府累计现值'],
    ['investor', '投资方收益'],
    ['investorCumulativePv', '投资方累计现值'],
  ] as const;
  header(f, [
    { header: '年份', width: 8 },
    ...cs.flatMap((c) => parts.map(([, zh]) => ({ header: `${c.name}·${zh}（万元）`, width: 20 }))),
  ]);
  const years = cs[0]?.series.gov.length ?? 0;
  for (let t = 0; t < years; t++) {
    const row = f.addRow([t, ...cs.flatMap((c) => parts.map(([k]) => c.series[k][t]))]);
    for (let i = 2; i <= 1 + cs.length * parts.length; i++) row.getCell(i).numFmt = MONEY;
  }

  const w = wb.addWorksheet('合规提示');
  header(w, [
    { header: '方案', width: 22 },
    { header: '级别', width: 8 },
    { header: '依据', width: 40 },
    { header: '说明', width: 80 },
  ]);
  for (const c of cs) for (const x of c.warnings) w.addRow([c.name, SEVERITY_ZH[x.severity], x.rule, x.messageZh]);

  const p = wb.addWorksheet('测算参数');
  header(p, [
    { header: '参数', width: 24 },
    { header: '值', width: 40 },
  ]);
  const s = input.settings;
  const rows: Array<[string, string | number, string?]> = [
    ['项目', input.projectName],
    ['投资方', input.investor],
    ['测算园区', input.parkName],
    ['编制时间', input.preparedAt],
    ['测算期（年）', s.horizonYears],
    ['贴现率', s.discountRate, PCT],
    ['“若无”口径占比', s.butForShare, PCT],
    ['实际交付比例', input.deliveredShare, PCT],
    ['县级留成比例（增值税地方部分）', s.retainedShareVat, PCT],
    ['县级留成比例（所得税地方部分）', s.retainedShareCit, PCT],
    ['规划容积率', input.plannedFar ?? '未填'],
    ['说明', '演示数据，数字均为虚构'],
  ];
  for (const [k, v, fmt] of rows) {
    const row = p.addRow([k, v]);
    if (fmt) row.getCell(2).numFmt = fmt;
  }
}

/** File name like 优惠方案比较_某项目_2026-11-26.xlsx, without characters Windows refuses. */
export const workbookFileName = (projectName: string, date: string) =>
  `优惠方案比较_${projectName.replace(/[\\/:*?"<>|]/g, '_')}_${date}.xlsx`;
