import type { FactRule, SettingRule } from './types';

const DOC_53 = '闲置土地处置办法（国土资源部令第53号）';

/**
 * Idle and inefficient land: when a plot is flagged and what its recovery costs. The idle-land
 * thresholds are the 53号令's; inefficiency and the recovery terms are the county's settings.
 */
export const LAND_RECOVERY_RULES = [
  {
    id: 'idle.years',
    kind: 'fact',
    titleZh: '超过约定动工开发日期满一年未动工开发的，为闲置土地',
    titleEn: 'Idle land: construction not started one year after the agreed start date',
    unit: '年',
    value: 1,
    source: { document: DOC_53, article: '第二条' },
    verified: false,
  },
  {
    id: 'idle.fee',
    kind: 'fact',
    titleZh: '未动工开发满一年的，按土地出让或者划拨价款的百分之二十征缴土地闲置费',
    titleEn: 'Idle one year: idle-land fee of 20% of the land price',
    unit: '比例',
    value: 0.2,
    source: { document: DOC_53, article: '第十四条第（一）项' },
    verified: false,
  },
  {
    id: 'idle.recoveryYears',
    kind: 'fact',
    titleZh: '未动工开发满两年的，无偿收回国有建设用地使用权',
    titleEn: 'Idle two years: the land-use right is recovered without compensation',
    unit: '年',
    value: 2,
    source: { document: DOC_53, article: '第十四条第（二）项' },
    verified: false,
  },
  {
    id: 'inefficient.dYears',
    kind: 'setting',
    titleZh: '亩均评价连续D类年数（低效用地认定）',
    titleEn: 'Years in a row graded D that make a plot inefficient land',
    unit: '年',
    default: 2,
    why: '各地低效用地认定办法多以“连续两年D类”为准；无全国统一数值，县区可改',
    verified: true,
  },
  {
    id: 'recovery.idleCostWanPerMu',
    kind: 'setting',
    titleZh: '闲置土地收回成本（万元/亩）',
    titleEn: 'Cost of recovering idle land (万元 per 亩)',
    unit: '万元/亩',
    default: 0,
    why: '满两年无偿收回（53号令第十四条），成本仅为程序费用，默认0；县区可按实际填写',
    verified: true,
  },
  {
    id: 'recovery.inefficientCostShare',
    kind: 'setting',
    titleZh: '低效用地协商收回补偿（占园区挂牌地价的比例）',
    titleEn: 'Compensation for recovering inefficient land, as a share of the park’s listed land price',
    unit: '比例',
    default: 1,
    why: '低效用地须协商收回并补偿，默认按园区挂牌地价全额补偿（地上建筑另计）；县区可改',
    verified: true,
  },
  {
    id: 'recovery.delayYears',
    kind: 'setting',
    titleZh: '收回到可供地的年数',
    titleEn: 'Years from the flag to land ready to supply again',
    unit: '年',
    default: 1,
    why: '收回须经告知、听证、决定和清场，通常一年左右；县区可改',
    verified: true,
  },
] as const satisfies readonly (FactRule | SettingRule)[];
