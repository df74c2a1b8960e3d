import type { Rule } from './types';

/** 全国工业用地出让最低价标准 表: 元/m² of land by land grade 1..15. */
export const LAND_FLOOR_BY_GRADE: Readonly<Record<number, number>> = {
  1: 840,
  2: 720,
  3: 600,
  4: 480,
  5: 384,
  6: 336,
  7: 288,
  8: 252,
  9: 204,
  10: 168,
  11: 144,
  12: 120,
  13: 96,
  14: 84,
  15: 60,
};

/**
 * 国土资发〔2008〕24号 附表 容积率控制指标, by GB/T 4754-2002 major group. Groups 36–41 follow the
 * 2002 numbering (39 electrical machinery, 40 electronics, 41 instruments); map 2017 codes first.
 */
export const MIN_FAR_BY_GROUP: Readonly<Record<number, number>> = {
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

export const LAND_RULES: readonly Rule[] = [
  {
    id: 'land.floor-by-grade',
    kind: 'fact',
    title: '工业用地出让最低价（按土地等别）',
    value: LAND_FLOOR_BY_GRADE,
    unit: '元/m²',
    source: '国土资发〔2006〕307号《全国工业用地出让最低价标准》表（2007-01-01施行）',
  },
  {
    id: 'land.priority-floor-factor',
    kind: 'fact',
    title: '优先发展产业且用地集约的工业项目出让底价不低于最低价标准的比例',
    value: 0.7,
    unit: '比例',
    source: '国土资发〔2009〕56号《关于调整工业用地出让最低价标准实施政策的通知》第一条',
  },
  {
    id: 'land.building-coefficient-min',
    kind: 'fact',
    title: '建筑系数下限',
    value: 0.3,
    unit: '比例',
    source: '国土资发〔2008〕24号《工业项目建设用地控制指标》第三条（建筑系数应不低于30%）',
  },
  {
    id: 'land.admin-living-share-max',
    kind: 'fact',
    title: '行政办公及生活服务设施用地所占比重上限',
    value: 0.07,
    unit: '比例',
    source: '国土资发〔2008〕24号《工业项目建设用地控制指标》第三条（不得超过工业项目总用地面积的7%）',
  },
  {
    id: 'land.green-share-max',
    kind: 'fact',
    title: '绿地率上限',
    value: 0.2,
    unit: '比例',
    source: '国土资发〔2008〕24号《工业项目建设用地控制指标》第三条（绿地率不得超过20%）',
  },
  {
    id: 'land.min-far-by-group',
    kind: 'fact',
    title: '容积率下限（按国民经济行业分类大类，GB/T 4754-2002）',
    value: MIN_FAR_BY_GROUP,
    unit: '容积率',
    source: '国土资发〔2008〕24号《工业项目建设用地控制指标》附表 容积率控制指标',
  },
];
