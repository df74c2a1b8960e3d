import { cite } from '../rules';
import type { ComplianceWarning, Severity } from './compliance';

/** Each check's citation, from the rules catalogue (shared/rules/, docs/rules.md). */
export const RULES = {
  landFloor: cite('land.floor'),
  priorityFloor: cite('land.floor.priority70'),
  landCost: cite('land.cost'),
  stakeCap: cite('fund.stakeCap'),
  guaranteedReturn: cite('fund.noGuaranteedReturn'),
  debtLike: cite('fund.debtLikeEquity'),
  newFund: cite('fund.noNewAttractionFund'),
  fairCompetition: cite('fcr.taxConcession'),
  factorConcession: cite('fcr.factorConcession'),
  far: cite('landuse.far.min'),
  investment: cite('landuse.investment.min'),
  parkMinimum: '园区准入标准（设置项：由园区按省级规定确定）',
} as const;

export const f2 = (n: number) => (Math.round(n * 100) / 100).toString();
export const pct = (n: number) => `${f2(n * 100)}%`;

export function w(
  code: string,
  severity: Severity,
  rule: string,
  messageZh: string,
  messageEn: string,
): ComplianceWarning {
  return { code, severity, rule, messageZh, messageEn };
}
