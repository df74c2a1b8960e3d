import { COMPLIANCE_RULES } from './compliance';
import { LAND_RULES } from './land';
import { LAND_USE_RULES } from './land-use';
import { LAND_RECOVERY_RULES } from './land-recovery';
import type { Rule } from './types';

export * from './types';
export { LAND_FLOOR_YUAN_PER_M2 } from './land';
export { MIN_FAR_BY_GBT_GROUP } from './land-use';
export { LEGAL_BASIS_KINDS, type LegalBasisKind } from './compliance';

/** Every rule, threshold and default the checks use. */
export const RULE_CATALOGUE: readonly Rule[] = [
  ...LAND_RULES,
  ...LAND_USE_RULES,
  ...COMPLIANCE_RULES,
  ...LAND_RECOVERY_RULES,
];

export type RuleId =
  | (typeof LAND_RULES)[number]['id']
  | (typeof LAND_USE_RULES)[number]['id']
  | (typeof COMPLIANCE_RULES)[number]['id']
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
  return `${r.source.document} ${r.source.article}`;
}

/** A fact's single value (throws on a table: read the exported table instead). */
export function ruleValue(id: RuleId): number {
  const r = rule(id);
  const v = r.kind === 'fact' ? r.value : r.default;
  if (typeof v !== 'number') throw new Error(`rule ${id} is not a single number`);
  return v;
}
