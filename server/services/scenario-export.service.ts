import ExcelJS from 'exceljs';
import type { Ctx } from './context';
import { scenariosService } from './scenarios.service';
import { assertNotViewer } from './access';
import { AppError } from '../../shared/errors';
import { loadCityState } from './city-state.service';
import { scenarioKpis } from '../../shared/scenarios/kpis';
import { parseSiteId } from '../../shared/scenarios/site-id';
import { wordMessage, type EngineMessage, type LeftOutMessage, type Names } from '../../shared/allocation/messages';

const REASON_ZH: Record<string, string> = {
  excluded: '已排除',
  no_compatible_site: '无匹配地块或厂房',
  below_min_value: '价值低于最低门槛',
  capacity: '空间不足',
  dominant_share: '主导产业占比约束',
  equity_budget: '股权基金预算不足',
  incentive_budget: '优惠预算不足',
  not_worth: '落位不划算',
  must_place_impossible: '必须落位但无法落位',
};

/** The scenario as an Excel workbook: one sheet per table, Chinese headers, numbers as numbers. */
export async function exportScenarioXlsx(ctx: Ctx, id: number): Promise<{ name: string; buffer: Buffer }> {
  assertNotViewer(ctx.user, 'scenario figures');
  const s = await scenariosService.row(ctx, id);
  if (!s.result) throw new AppError('NOT_SOLVED', 'solve the scenario before exporting it', 409);
  const r = s.result;
  const city = await loadCityState(ctx.db.read);
  const project = new Map(city.projects.map((p) => [p.id, p]));
  const park = new Map(city.parks.map((p) => [p.id, p]));
  const plot = new Map(city.plots.map((p) => [p.id, p]));
  const building = new Map(city.buildings.map((b) => [b.id, b]));
  const pkg = new Map(city.packages.map((k) => [k.id, k]));
  const siteName = (siteId: string) => {
    const x = parseSiteId(siteId);
    if (!x) return siteId;
    return x.kind === 'plot' ? (plot.get(x.id)?.code ?? siteId) : (building.get(x.id)?.code ?? siteId);
  };
  // The workbook is Chinese: the engine's typed messages are worded in zh with the city's names.
  const names: Names = {
    project: (id) => project.get(id)?.name ?? `#${id}`,
    park: (id) => park.get(id)?.name ?? `#${id}`,
    site: siteName,
  };
  const words = (m: EngineMessage | LeftOutMessage | string | undefined) =>
    m === undefined ? '' : typeof m === 'string' ? m : wordMessage(m, names, 'zh');
  const round = (n: number | null | undefined, d = 2) => (n == null ? null : Math.round(n * 10 ** d) / 10 ** d);

  const wb = new ExcelJS.Workbook();
  wb.creator = 'ParkPlan';
  const sheet = (name: string, headers: string[], rows: Array<Array<string | number | null>>) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(headers).font = { bold: true };
    for (const row of rows) ws.addRow(row);
    ws.columns.forEach((c) => (c.width = 16));
  };
  const k = scenarioKpis(r, new Map(city.projects.map((p) => [p.id, p])));
  sheet(
    '概要',
    ['指标', '数值'],
    [
      ['方案名称', s.name],
      ['目标值(万元)', round(k.objectiveWan)],
      ['最优性差距', round(r.gap, 6)],
      ['落位项目数', k.placements],
      ['未落位项目数', k.leftOut],
      ['地方留成税收现值(万元)', round(k.taxPvWan)],
      ['就业人数', k.jobs],
      ['固定资产投资(万元)', round(k.investmentWan)],
      ['用地(亩)', round(k.landMu)],
      ['厂房面积(平方米)', round(k.floorM2, 0)],
      ['优惠成本现值(万元)', round(k.incentiveCostWan)],
      ['政府股权投入(万元)', round(k.equityWan)],
    ],
  );
  sheet(
    '落位方案',
    [
      '项目',
      '园区',
      '地块/厂房',
      '优惠方案',
      '用地(亩)',
      '厂房(平方米)',
      '价值(万元)',
      '税收现值(万元)',
      '优惠成本(万元)',
      '主导产业',
      '补链',
    ],
    r.allocations.map((a) => [
      project.get(a.projectId)?.name ?? String(a.projectId),
      park.get(a.parkId)?.name ?? String(a.parkId),
      siteName(a.siteId),
      a.packageId ? (pkg.get(a.packageId)?.name ?? String(a.packageId)) : '无',
      round(a.areaMu),
      round(a.floorM2, 0),
      round(a.valueWan),
      round(a.breakdown.taxPvWan),
      round(a.breakdown.packageCostWan),
      a.dominant ? '是' : '否',
      a.fillsChainGap ? '是' : '否',
    ]),
  );
  sheet(
    '未落位项目',
    ['项目', '原因', '说明', '强制落位代价(万元)'],
    r.leftOut.map((l) => [
      project.get(l.projectId)?.name ?? String(l.projectId),
      REASON_ZH[l.reason] ?? l.reason,
      words(l.message ?? l.reasonText),
      round(l.costToPlaceWan),
    ]),
  );
  sheet(
    '园区',
    [
      '园区',
      '主导占比下限',
      '方案前主导占比',
      '方案后主导占比',
      '新增用地(亩)',
      '新增厂房(平方米)',
      '落位项目数',
      '每亩边际价值(万元)',
    ],
    r.parks.map((p) => [
      park.get(p.parkId)?.name ?? String(p.parkId),
      round(p.theta, 4),
      round(p.dominantShareBefore, 4),
      round(p.dominantShareAfter, 4),
      round(p.areaAllocatedMu),
      round(p.floorAllocatedM2, 0),
      p.projects,
      round(p.marginalValueWanPerMu),
    ]),
  );
  sheet(
    '预算',
    ['预算', '已用(万元)', '可用(万元)', '是否约束', '边际价值(万元/万元)'],
    r.budgets.map((b) => [
      b.key === 'equity_fund' ? '股权基金' : '优惠预算',
      round(b.used),
      round(b.available),
      b.binding ? '是' : '否',
      round(b.marginalValueWan, 4),
    ]),
  );
  const jname = new Map(city.jurisdictions.map((j) => [j.id, j.name]));
  sheet(
    '考核任务',
    ['县区', '领导', '目标(个)', '完成(个)', '缺口(个)', '罚分(万元)'],
    r.quotas.map((q) => [
      jname.get(q.jurisdictionId) ?? String(q.jurisdictionId),
      q.role === 'head' ? '主要领导' : '分管领导',
      q.target,
      q.achieved,
      q.shortfall,
      round(q.penaltyWan),
    ]),
  );
  if (r.shortfall?.length)
    sheet(
      '用地缺口',
      ['项目', '说明'],
      r.shortfall.map((x) => [project.get(x.projectId)?.name ?? String(x.projectId), words(x.message)]),
    );
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { name: `scenario-${id}.xlsx`, buffer };
}
