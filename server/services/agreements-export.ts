import ExcelJS from 'exceljs';
import type { AgreementView, CommitmentStatus } from '../../shared/types/agreement';
import { byAmountAtRisk } from '../../shared/agreements';

const STATUS: Record<CommitmentStatus, string> = {
  on_track: '正常履约',
  behind: '进度滞后',
  breached: '违约',
  not_due: '未到期',
};
const num = (v: number | null, d = 2) => (v == null || !Number.isFinite(v) ? null : Number(v.toFixed(d)));

export const AGREEMENT_SHEET = '协议履约';

/**
 * The county view of agreements as a workbook, largest amount at risk first (the order the screen shows).
 * Hidden figures (a viewer's export) stay empty cells, never zeros, so the sheet cannot be read as "nothing due".
 */
export async function agreementsWorkbook(rows: readonly AgreementView[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(AGREEMENT_SHEET);
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([]);
  ws.addRow([
    '项目',
    '企业',
    '优惠方案',
    '签约日期',
    '约定开工',
    '约定竣工',
    '履约状态',
    '完成比例',
    '应追回(万元)',
    '逐年履约',
  ]).font = { bold: true };
  for (const a of byAmountAtRisk(rows))
    ws.addRow([
      a.projectName,
      a.enterpriseName ?? '',
      a.packageName ?? '',
      a.signedOn,
      a.constructionStartBy,
      a.completionBy,
      STATUS[a.status],
      num(a.deliveredShare, 4),
      num(a.clawbackDueWan),
      a.yearly.map((y) => `${y.year} ${STATUS[y.status]}`).join('；'),
    ]);
  ws.getColumn(8).numFmt = '0.0%';
  ws.getColumn(9).numFmt = '#,##0.00';
  ws.columns.forEach((c, i) => (c.width = [0, 1, 2, 9].includes(i) ? 28 : 14));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
