import type { FactRule } from './types';

const DOC_24 = '工业项目建设用地控制指标（国土资发〔2008〕24号）';

/**
 * Minimum FAR by GB/T 4754-2002 major group, from the 24号 table 《工业项目建设用地容积率控制指标》.
 * The 2008 table uses 2002 codes; GB/T 4754-2017 renumbered groups 36–43, so industries coded
 * to 2017 must be mapped first.
 */
export const MIN_FAR_BY_GBT_GROUP: Readonly<Record<string, number>> = {
  13: 1.0,
  14: 1.0,
  15: 1.0,
  16: 1.0,
  17: 0.8,
  18: 1.0,
  19: 1.0,
  20: 0.8,
  21: 0.8,
  22: 0.8,
  23: 0.8,
  24: 1.0,
  25: 0.5,
  26: 0.6,
  27: 0.7,
  28: 0.8,
  29: 0.8,
  30: 1.0,
  31: 0.7,
  32: 0.6,
  33: 0.6,
  34: 0.7,
  35: 0.7,
  36: 0.7,
  37: 0.7,
  39: 0.7,
  40: 1.0,
  41: 1.0,
  42: 1.0,
  43: 0.7,
};

/** The national minimum FAR of a GB/T 4754-2002 group, or null for none / an unknown group. */
export function nationalMinFar(gbtGroup: number | null | undefined): number | null {
  if (gbtGroup == null) return null;
  return MIN_FAR_BY_GBT_GROUP[String(gbtGroup)] ?? null;
}

/** The 2004 trial text (国土资发〔2004〕232号) prints the same 30% and 7%; the 2008 revision kept them. */
const TRIAL_TEXT =
  '与 xiaomilidoc.com/p-15106114.html 转载的《工业项目建设用地控制指标（试行）》正文第四条一致（该转载为试行版，非2008年公报原文）';

export const LAND_USE_RULES = [
  {
    id: 'landuse.far.min',
    kind: 'fact',
    titleZh: '工业项目容积率下限（按国民经济行业分类大类）',
    titleEn: 'Minimum floor-area ratio by GB/T 4754 major group',
    unit: '—',
    value: MIN_FAR_BY_GBT_GROUP,
    source: { document: DOC_24, article: '第四条第（二）项及表2《工业项目建设用地容积率控制指标》' },
    verified: false,
    // Two public reprints agree with every row; neither is the gazette, so verified stays false.
    check:
      '与两份公开转载逐行一致：lnsss.com/shenghuo/yinshi/718690.html（13–43大类全表）、' +
      'mip.jinchutou.com/p-145838750.html（13–33大类）；二者均非公报原文',
  },
  {
    id: 'landuse.buildingCoefficient.min',
    kind: 'fact',
    titleZh: '建筑系数不应低于30%',
    titleEn: 'Building coefficient (footprint ÷ site area) at least 30%',
    unit: '比例',
    value: 0.3,
    source: { document: DOC_24, article: '第四条第（三）项' },
    verified: false,
    check: TRIAL_TEXT,
  },
  {
    id: 'landuse.adminShare.max',
    kind: 'fact',
    titleZh: '行政办公及生活服务设施用地面积不得超过总用地面积的7%',
    titleEn: 'Administrative and living facilities at most 7% of the site',
    unit: '比例',
    value: 0.07,
    source: { document: DOC_24, article: '第四条第（四）项' },
    verified: false,
    check: TRIAL_TEXT,
  },
  {
    id: 'landuse.greenShare.max',
    kind: 'fact',
    titleZh: '工业企业内部一般不得安排绿地，因生产工艺等特殊要求需要安排的，绿地率不得超过20%',
    titleEn: 'Green space inside an industrial site at most 20%',
    unit: '比例',
    value: 0.2,
    source: { document: DOC_24, article: '第四条第（五）项' },
    verified: false,
  },
] as const satisfies readonly FactRule[];
