import type { FactRule } from './types';

const DOC_307 = '全国工业用地出让最低价标准（国土资发〔2006〕307号，2007-01-01施行）';
const DOC_56 = '关于调整工业用地出让最低价标准实施政策的通知（国土资发〔2009〕56号）';

/** 元/m² by land grade 1..15, as printed in the 307号 table. */
export const LAND_FLOOR_YUAN_PER_M2: Readonly<Record<string, number>> = {
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

export const LAND_RULES = [
  {
    id: 'land.floor',
    kind: 'fact',
    titleZh: '工业用地出让最低价（按土地等别）',
    titleEn: 'Minimum price of industrial land by land grade',
    unit: '元/m²（÷15 = 万元/亩）',
    value: LAND_FLOOR_YUAN_PER_M2,
    source: { document: DOC_307, article: '附表《全国工业用地出让最低价标准》一等至十五等' },
    verified: false,
  },
  {
    id: 'land.floor.listed',
    kind: 'fact',
    titleZh: '工业用地出让底价不得低于所在地土地等别对应的最低价',
    titleEn: 'The reserve (and so the listed) price may not be below the grade floor',
    unit: '—',
    value: 1,
    source: { document: DOC_307, article: '第二条（工业用地出让最低价标准不得低于…）' },
    verified: false,
  },
  {
    id: 'land.floor.priority70',
    kind: 'fact',
    titleZh: '省级优先发展产业且用地集约的工业项目，底价可按不低于最低价的70%执行',
    titleEn: 'Provincially prioritised, land-intensive projects: reserve price ≥ 70% of the floor',
    unit: '× 最低价',
    value: 0.7,
    source: { document: DOC_56, article: '第二条' },
    verified: false,
  },
  {
    id: 'land.cost',
    kind: 'fact',
    titleZh: '工业用地出让价不得低于土地取得成本、土地前期开发成本和按规定收取的相关费用之和',
    titleEn: 'Land may not be sold below its acquisition and preparation cost plus statutory fees',
    unit: '万元/亩',
    value: 1,
    source: { document: '国务院关于加强土地调控有关问题的通知（国发〔2006〕31号）', article: '第五条' },
    verified: false,
  },
] as const satisfies readonly FactRule[];
