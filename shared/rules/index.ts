import { COMPLIANCE_RULES } from './compliance';
import { EFFICIENCY_RULES } from './efficiency';
import { INVESTMENT_RULES, MIN_INVESTMENT_WAN_PER_HA, REGION_CLASS_BY_LAND_GRADE } from './investment';
import { LAND_RULES } from './land';
import { LAND_USE_RULES } from './land-use';
import { LAND_RECOVERY_RULES } from './land-recovery';
import type { Rule } from './types';

export * from './types';
export { LAND_FLOOR_YUAN_PER_M2 } from './land';
export { MIN_FAR_BY_GBT_GROUP, nationalMinFar } from './land-use';
export { MIN_INVESTMENT_WAN_PER_HA, REGION_CLASS_BY_LAND_GRADE } from './investment';
export { LEGAL_BASIS_KINDS, type LegalBasisKind } from './compliance';

/** Every rule, threshold and default the checks use. */
export const RULE_CATALOGUE: readonly Rule[] = [
  ...LAND_RULES,
  ...LAND_USE_RULES,
  ...INVESTMENT_RULES,
  ...COMPLIANCE_RULES,
  ...EFFICIENCY_RULES,
  ...LAND_RECOVERY_RULES,
];

export type RuleId =
  | (typeof LAND_RULES)[number]['id']
  | (typeof LAND_USE_RULES)[number]['id']
  | (typeof INVESTMENT_RULES)[number]['id']
  | (typeof COMPLIANCE_RULES)[number]['id']
  | (typeof EFFICIENCY_RULES)[number]['id']
  | (typeof LAND_RECOVERY_RULES)[number]['id'];

/** The catalogue entry for an id; ids are typed, so a missing one is a compile error. */
export function rule(id: RuleId): Rule {
  const r = RULE_CATALOGUE.find((x) => x.id === id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}

/** "document article" for a check's `rule` field. */
export function cite(id: RuleId): string {
  const r = rule(id);
  if (r.kind === 'setting' && !r.source) return `${r.titleZh}（设置项，默认 ${r.default}）`;
  if (!r.source) return r.titleZh;
  // A setting that names a document but was not checked against it must not read as the document's word.
  const toCheck = r.kind === 'setting' && !r.verified ? '（设置项，数值待核对）' : '';
  return `${r.source.document} ${r.source.article}${toCheck}`;
}

/** A fact's single value (throws on a table: read the exported table instead). */
export function ruleValue(id: RuleId): number {
  const r = rule(id);
  const v = r.kind === 'fact' ? r.value : r.default;
  if (typeof v !== 'number') throw new Error(`rule ${id} is not a single number`);
  return v;
}

/** Rule landuse.regionClass: the investment table's region class (1–7) of a land grade, or null. */
export function regionClassOf(landGrade: number): number | null {
  return REGION_CLASS_BY_LAND_GRADE[landGrade] ?? null;
}

/**
 * Rule landuse.investment.min in 万元/亩 (the table's 万元/公顷 ÷ 15) for a GB/T 4754-2002 group on
 * land of a grade; null when the group or grade is not in the table.
 */
export function minInvestmentWanPerMu(gbtGroup: number | null | undefined, landGrade: number): number | null {
  const cls = regionClassOf(landGrade);
  const row = gbtGroup == null ? undefined : MIN_INVESTMENT_WAN_PER_HA[gbtGroup];
  if (cls === null || !row) return null;
  return row[cls - 1] / 15;
}
