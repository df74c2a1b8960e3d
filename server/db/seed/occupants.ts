import type { EnterpriseYear } from '../../../shared/types/enterprise';
import type { LandUse } from '../../../shared/types/common';
import { BRANDS, type IndustrySpec } from './catalog';
import { round, type Rng } from './prng';

/** The three full years before `year`: the figures a firm has filed by then. */
export const figureYears = (year: number): number[] => [year - 3, year - 2, year - 1];

const LAND_RANK: Record<LandUse, number> = { M1: 1, M2: 2, M3: 3 };
/** An industry of class `need` may sit on land of class `land` when land is at least as permissive. */
export const landFits = (need: LandUse, land: LandUse): boolean => LAND_RANK[need] <= LAND_RANK[land];

/** Below ¥20m revenue a firm is 规下 (below designated size): scored as a small firm. */
export const SMALL_REVENUE_WAN = 2000;

/**
 * Plausible figures for the given years for a firm on `landMu` of land: revenue from the industry's
 * typical revenue per mu times a firm-specific efficiency (log-normal, so grades spread),
 * the other figures as industry ratios with noise.
 */
export function enterpriseFigures(rng: Rng, spec: IndustrySpec, landMu: number, years: number[]): EnterpriseYear[] {
  const efficiency = Math.exp(rng.normal() * 0.45);
  let revenue = landMu * spec.revenuePerMu * efficiency;
  const taxSkill = Math.exp(rng.normal() * 0.2);
  const energySkill = Math.exp(rng.normal() * 0.3);
  const rdHabit = Math.exp(rng.normal() * 0.4);
  const jobsRatio = Math.exp(rng.normal() * 0.2);
  return years.map((year) => {
    revenue *= rng.range(0.94, 1.12);
    return {
      year,
      revenueWan: round(revenue, 1),
      taxWan: round(revenue * spec.taxRate * taxSkill * rng.range(0.92, 1.08), 1),
      valueAddedWan: round(revenue * spec.vaRate * rng.range(0.92, 1.08), 1),
      energyTce: round(revenue * spec.tcePerWan * energySkill * rng.range(0.95, 1.05), 1),
      emissionsT: round(revenue * spec.emisPerWan * energySkill * rng.range(0.9, 1.1), 2),
      rdSpendWan: round(revenue * spec.rdShare * rdHabit * rng.range(0.9, 1.1), 1),
      employees: Math.max(5, Math.round((revenue / spec.revenuePerJob) * jobsRatio)),
    };
  });
}

const SUFFIXES: [string, string][] = [
  ['有限公司', 'Co., Ltd.'],
  ['科技有限公司', 'Technology Co., Ltd.'],
  ['实业有限公司', 'Industrial Co., Ltd.'],
  ['股份有限公司', 'Holding Co., Ltd.'],
];

/** Fictitious company names: place + made-up brand + trade + suffix, unique within `taken`. */
export function companyName(
  rng: Rng,
  place: [string, string],
  spec: IndustrySpec,
  taken: Set<string>,
  group = false,
): [string, string] {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [brand, brandEn] = rng.pick(BRANDS);
    const [suffix, suffixEn] = group ? ['集团有限公司', 'Group Co., Ltd.'] : rng.pick(SUFFIXES);
    const name = `${place[0]}${brand}${spec.noun}${suffix}`;
    if (taken.has(name)) continue;
    taken.add(name);
    return [name, `${place[1]} ${brandEn} ${spec.nounEn} ${suffixEn}`];
  }
  throw new Error('demo name space exhausted');
}
