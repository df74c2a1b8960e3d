import type { SettingRule } from './types';

/** Settings of the 亩均 (per-mu) evaluation the county chooses; no national document fixes them. */
export const EFFICIENCY_RULES = [
  {
    id: 'efficiency.minGroupForD',
    kind: 'setting',
    titleZh: '亩均评价：分组企业数不少于该值时，排名末位至少评为D类',
    titleEn: 'Per-mu evaluation: a group of at least this many firms has at least one D (its last)',
    unit: '家',
    default: 5,
    why: 'A–D 类比例由县（市、区）评价办法自定（如A类前20%、D类末5%）；按比例取整时，不足20家的组永远没有D类，故设此下限，县可修改或关闭。',
    verified: false,
  },
  {
    id: 'efficiency.tenantLand',
    kind: 'setting',
    titleZh: '亩均评价：租用标准厂房企业的用地按租用建筑面积占厂房总建筑面积的比例分摊该厂房的占地面积',
    titleEn:
      "Per-mu evaluation: a factory tenant's land = its share of the building's floor area × the building's footprint",
    unit: '亩',
    default: 'footprint-share',
    why: '各地评价办法做法不一；按“建筑面积 ÷ 宗地容积率”折算会把低容积率宗地的空地记到租户名下，故默认按厂房占地分摊，县可改为按宗地面积分摊。',
    verified: false,
  },
  {
    id: 'efficiency.electricity',
    kind: 'setting',
    titleZh: '亩均评价：单位电耗税收按企业填报的用电量（kWh）计算；未填报时按综合能耗折算（1 tce = 8130 kWh）',
    titleEn: 'Per-mu evaluation: tax per kWh uses the filed electricity; without it, total energy at 8,130 kWh per tce',
    unit: 'kWh/tce',
    default: 8130,
    why: '电力当量折标系数 0.1229 kgce/kWh（GB/T 2589）约合 8137 kWh/tce；折算仅作无用电数据时的近似。',
    verified: false,
  },
] as const satisfies readonly SettingRule[];
