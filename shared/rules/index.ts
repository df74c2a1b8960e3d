import { LAND_RULES } from './land';
import type { Rule } from './types';

export * from './types';
export * from './land';
export * from './indicators';

/** Every rule the checks cite, by id. docs/rules.md lists the same ids (tests/shared/rules keeps them in step). */
export const RULES_CATALOGUE: readonly Rule[] = [...LAND_RULES];

export function ruleById(id: string): Rule {
  const rule = RULES_CATALOGUE.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
