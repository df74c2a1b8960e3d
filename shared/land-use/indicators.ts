import type { LandUseIndicators, PlotIndicators } from '../types/park';
import type { ComplianceWarning } from '../incentives/compliance';
import { cite, nationalMinFar, minInvestmentWanPerMu, regionClassOf, ruleValue } from '../rules';

export const EMPTY_INDICATORS: LandUseIndicators = {
  far: null,
  buildingCoefficient: null,
  adminShare: null,
  greenShare: null,
  investmentWanPerMu: null,
};

export const INDICATOR_KEYS = ['far', 'buildingCoefficient', 'adminShare', 'greenShare', 'investmentWanPerMu'] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** What the national minima depend on: the plot's land grade and the user's industry (GB/T 4754-2002 group). */
export interface IndicatorContext {
  landGrade: number;
  /** Industry of the occupant or of the project the plot is promised to; null = nobody yet. */
  gbtGroup: number | null;
}

/** The national limits for a plot, each with its citation (rules catalogue). */
export interface IndicatorLimits {
  minFar: number | null;
  minBuildingCoefficient: number;
  maxAdminShare: number;
  maxGreenShare: number;
  minInvestmentWanPerMu: number | null;
  regionClass: number | null;
}

export function indicatorLimits(ctx: IndicatorContext): IndicatorLimits {
  return {
    minFar: nationalMinFar(ctx.gbtGroup),
    minBuildingCoefficient: ruleValue('landuse.buildingCoefficient.min'),
    maxAdminShare: ruleValue('landuse.adminShare.max'),
    maxGreenShare: ruleValue('landuse.greenShare.max'),
    minInvestmentWanPerMu: minInvestmentWanPerMu(ctx.gbtGroup, ctx.landGrade),
    regionClass: regionClassOf(ctx.landGrade),
  };
}

const f2 = (n: number) => (Math.round(n * 100) / 100).toString();
const pct = (n: number) => `${f2(n * 100)}%`;
const EPS = 1e-9;

/** A finding names the field it is about (`planned.far` …) so a form can show it beside the input. */
export interface IndicatorFinding extends ComplianceWarning {
  field: `${keyof PlotIndicators}.${IndicatorKey}`;
}

/**
 * Checks one set of indicators (planned or actual) against 国土资发〔2008〕24号: building
 * coefficient ≥ 30%, admin ≤ 7%, green ≤ 20% (all industries), FAR and investment intensity ≥ the
 * table minimum of the industry (and, for intensity, of the region class). Unknown values are
 * not checked; a FAR or intensity with no known industry is an info.
 */
export function checkIndicators(
  which: keyof PlotIndicators,
  ind: LandUseIndicators,
  ctx: IndicatorContext,
): IndicatorFinding[] {
  const lim = indicatorLimits(ctx);
  const out: IndicatorFinding[] = [];
  const zh = which === 'planned' ? '规划' : '实际';
  const en = which === 'planned' ? 'Planned' : 'Actual';
  const add = (
    key: IndicatorKey,
    code: string,
    severity: ComplianceWarning['severity'],
    rule: string,
    mz: string,
    me: string,
  ) => out.push({ field: `${which}.${key}`, code, severity, rule, messageZh: `${zh}${mz}`, messageEn: `${en} ${me}` });

  if (ind.buildingCoefficient != null && ind.buildingCoefficient < lim.minBuildingCoefficient - EPS)
    add(
      'buildingCoefficient',
      'building_coefficient_below_min',
      'error',
      cite('landuse.buildingCoefficient.min'),
      `建筑系数 ${pct(ind.buildingCoefficient)} 低于 ${pct(lim.minBuildingCoefficient)}。`,
      `building coefficient ${pct(ind.buildingCoefficient)} is below ${pct(lim.minBuildingCoefficient)}.`,
    );
  if (ind.adminShare != null && ind.adminShare > lim.maxAdminShare + EPS)
    add(
      'adminShare',
      'admin_share_above_max',
      'error',
      cite('landuse.adminShare.max'),
      `行政办公及生活服务设施用地占比 ${pct(ind.adminShare)} 超过 ${pct(lim.maxAdminShare)}。`,
      `administrative and living share ${pct(ind.adminShare)} exceeds ${pct(lim.maxAdminShare)}.`,
    );
  if (ind.greenShare != null && ind.greenShare > lim.maxGreenShare + EPS)
    add(
      'greenShare',
      'green_share_above_max',
      'error',
      cite('landuse.greenShare.max'),
      `绿地率 ${pct(ind.greenShare)} 超过 ${pct(lim.maxGreenShare)}。`,
      `green share ${pct(ind.greenShare)} exceeds ${pct(lim.maxGreenShare)}.`,
    );
  const byIndustry: [IndicatorKey, number | null, number | null, string, string, string, string][] = [
    ['far', ind.far, lim.minFar, cite('landuse.far.min'), '容积率', 'FAR', ''],
    [
      'investmentWanPerMu',
      ind.investmentWanPerMu,
      lim.minInvestmentWanPerMu,
      cite('landuse.investment.min'),
      '投资强度',
      'investment intensity',
      ' 万元/亩',
    ],
  ];
  for (const [key, value, min, rule, nameZh, nameEn, unit] of byIndustry) {
    if (value == null) continue;
    if (ctx.gbtGroup == null) {
      add(
        key,
        `${key === 'far' ? 'far' : 'investment'}_industry_unknown`,
        'info',
        rule,
        `${nameZh}未检查：地块尚无企业或项目，行业未知。`,
        `${nameEn} not checked: no occupant or project on the plot, so the industry is unknown.`,
      );
    } else if (min === null) {
      add(
        key,
        `${key === 'far' ? 'far' : 'investment'}_industry_not_in_table`,
        'info',
        rule,
        `${nameZh}未检查：行业大类 ${ctx.gbtGroup} 不在控制指标表中。`,
        `${nameEn} not checked: GB/T 4754 group ${ctx.gbtGroup} is not in the table.`,
      );
    } else if (value < min - EPS) {
      add(
        key,
        key === 'far' ? 'far_below_national' : 'investment_intensity_below_national',
        'error',
        rule,
        `${nameZh} ${f2(value)}${unit} 低于国家下限 ${f2(min)}${unit}。`,
        `${nameEn} ${f2(value)}${unit} is below the national minimum of ${f2(min)}${unit}.`,
      );
    }
  }
  return out;
}

/** A plot's land-use indicators with the national limits that apply to it and what breaks them (GET
 * /api/plots/:id/land-use). */
export interface PlotLandUse {
  plotId: number;
  indicators: PlotIndicators;
  context: IndicatorContext;
  limits: IndicatorLimits;
  findings: IndicatorFinding[];
}

/** Both sets: planned and actual. */
export function checkPlotIndicators(ind: PlotIndicators, ctx: IndicatorContext): IndicatorFinding[] {
  return [...checkIndicators('planned', ind.planned, ctx), ...checkIndicators('actual', ind.actual, ctx)];
}
