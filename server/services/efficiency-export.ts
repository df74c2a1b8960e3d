import ExcelJS from 'exceljs';
import type { EfficiencyReview } from '../../shared/types/efficiency-review';
import { gradeChange } from '../../shared/efficiency';

const CHANGE = { up: '上升', down: '下降', same: '持平', new: '新参评' } as const;
const PRIORITY = { first: '优先保障', normal: '正常保障', limited: '限制', none: '不予安排' } as const;
const num = (v: number | null | undefined, d = 2) => (v == null || !Number.isFinite(v) ? null : Number(v.toFixed(d)));

/** The county's review report as a workbook: 评价结果, 分档统计 and 差别化政策 sheets, Chinese headers. */
export async function reviewWorkbook(r: EfficiencyReview, countyName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评价结果');
  ws.addRow([`${countyName} ${r.year}年度 亩均效益综合评价`]).font = { bold: true, size: 14 };
  ws.addRow([]);
  const head = ws.addRow([
    '排名',
    '企业名称',
    '规模',
    '用地(亩)',
    '得分',
    '等级',
    '上年等级',
    '变化',
    '亩均税收(万元/亩)',
    '亩均增加值(万元/亩)',
    '全员劳动生产率(万元/人)',
    '单位能耗增加值(万元/吨标煤)',
    '单位排放增加值(万元/吨)',
    '研发经费占比',
  ]);
  head.font = { bold: true };
  for (const x of r.rows)
    ws.addRow([
      x.rank,
      x.name,
      x.small ? '规下' : '规上',
      num(x.landMu),
      num(x.score, 1),
      x.grade,
      x.previous?.grade ?? '',
      CHANGE[gradeChange(x)],
      num(x.indicators.taxPerMu),
      num(x.indicators.valueAddedPerMu),
      num(x.indicators.labourProductivity),
      num(x.indicators.valueAddedPerEnergy),
      num(x.indicators.valueAddedPerEmissions),
      num(x.indicators.rdShare, 4),
    ]);
  const b = r.benchmarks;
  if (b)
    ws.addRow([
      '',
      '全县基准',
      '',
      '',
      100,
      '',
      '',
      '',
      num(b.taxPerMu),
      num(b.valueAddedPerMu),
      num(b.labourProductivity),
      num(b.valueAddedPerEnergy),
      num(b.valueAddedPerEmissions),
      num(b.rdShare, 4),
    ]).font = { italic: true };
  ws.columns.forEach((c, i) => (c.width = i === 1 ? 28 : 14));
  const dist = wb.addWorksheet('分档统计');
  dist.addRow(['等级', '企业数']).font = { bold: true };
  for (const g of ['A', 'B', 'C', 'D'] as const) dist.addRow([g, r.distribution[g]]);
  const tiers = wb.addWorksheet('差别化政策');
  tiers.addRow([
    '等级',
    '电价加价(元/千瓦时)',
    '水价加价(元/立方米)',
    '城镇土地使用税减免比例',
    '新增用地',
    '说明',
  ]).font = { bold: true };
  for (const t of r.tiers)
    tiers.addRow([
      t.grade,
      t.electricitySurchargeYuanPerKwh,
      t.waterSurchargeYuanPerM3,
      t.landUseTaxReliefShare,
      PRIORITY[t.landPriority],
      t.noteZh,
    ]);
  tiers.columns.forEach((c) => (c.width = 20));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
