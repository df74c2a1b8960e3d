import type { Grade } from './grade';

/** 差别化政策: what a grade gets (electricity, water, land-use tax, priority for new land). */
export interface PolicyTier {
  grade: Grade;
  /** Surcharge on the electricity price (元/kWh); 0 = none. */
  electricitySurchargeYuanPerKwh: number;
  /** Surcharge on the water price (元/m³). */
  waterSurchargeYuanPerM3: number;
  /** Share of the 城镇土地使用税 relieved (0..1). */
  landUseTaxReliefShare: number;
  /** Priority for new land and factory space. */
  landPriority: 'first' | 'normal' | 'limited' | 'none';
  noteZh: string;
  noteEn: string;
}

/**
 * The default table, a setting: each county sets its own tiers (the bureau edits them), so no
 * national figure applies. The defaults follow the shape of published county schemes — A relieved,
 * B and C at list price, D surcharged and barred from new land — with round demo amounts.
 */
export const DEFAULT_POLICY_TIERS: readonly PolicyTier[] = [
  {
    grade: 'A',
    electricitySurchargeYuanPerKwh: 0,
    waterSurchargeYuanPerM3: 0,
    landUseTaxReliefShare: 1,
    landPriority: 'first',
    noteZh: '优先保障用地、用能；城镇土地使用税全额减免',
    noteEn: 'First call on land and energy; land-use tax relieved in full',
  },
  {
    grade: 'B',
    electricitySurchargeYuanPerKwh: 0,
    waterSurchargeYuanPerM3: 0,
    landUseTaxReliefShare: 0.5,
    landPriority: 'normal',
    noteZh: '正常保障；城镇土地使用税减半',
    noteEn: 'Normal supply; land-use tax halved',
  },
  {
    grade: 'C',
    electricitySurchargeYuanPerKwh: 0.05,
    waterSurchargeYuanPerM3: 0.5,
    landUseTaxReliefShare: 0,
    landPriority: 'limited',
    noteZh: '限制新增用地；差别化电价、水价加价',
    noteEn: 'New land limited; electricity and water surcharged',
  },
  {
    grade: 'D',
    electricitySurchargeYuanPerKwh: 0.1,
    waterSurchargeYuanPerM3: 1,
    landUseTaxReliefShare: 0,
    landPriority: 'none',
    noteZh: '不得新增用地；列入腾笼换鸟整治名单',
    noteEn: 'No new land; listed for redevelopment (腾笼换鸟)',
  },
];
