import type { Park } from '../types/park';
import type { Project } from '../types/project';
import { LEGAL_BASIS_KINDS } from '../rules';
import { landFloorWanPerMu, PRIORITY_FLOOR_FACTOR } from './land-rules';
import { DEFAULT_FINANCE_SETTINGS, type FinanceSettings } from './settings';
import type { IncentiveComponents } from './types';
import { f2, pct, RULES, w } from './compliance-rules';
import { landIntensityShortfalls, siteChecks } from './site-checks';

export { RULES } from './compliance-rules';

export type Severity = 'info' | 'warning' | 'error';

/** A rule a package may break, with the document it comes from. `error` = forbidden, `warning` = needs justification.
 * */
export interface ComplianceWarning {
  code: string;
  severity: Severity;
  rule: string;
  messageZh: string;
  messageEn: string;
}

export interface ComplianceInput {
  components: IncentiveComponents;
  project: Pick<Project, 'investmentWan' | 'taxWan' | 'landNeedMu'>;
  park: Pick<Park, 'landGrade' | 'minFar' | 'minInvestmentIntensityWanPerMu' | 'minTaxPerMuWan'>;
  /** The industry's GB/T 4754 (2002) major group, for the national FAR minimum. */
  gbtGroup?: number | null;
  /** The project's planned FAR; the FAR check is skipped (info) when unknown. */
  plannedFar?: number | null;
  settings?: Pick<FinanceSettings, 'equityStakeCap' | 'discountRate' | 'horizonYears'>;
}

/**
 * Rule land.floor.priority70: the 70% floor is for a project of an industry the province lists as
 * a priority AND that uses land intensively. The priority must be recorded with its basis (the
 * provincial list), never assumed; a project below the national FAR or intensity is not
 * land-intensive, so the 70% floor is closed to it.
 */
function priorityChecks(input: ComplianceInput, out: ComplianceWarning[]): void {
  const basis = input.components.land?.priorityBasis?.trim();
  const short = landIntensityShortfalls(input);
  if (!basis) {
    out.push(
      w(
        'land_priority_no_basis',
        'error',
        RULES.priorityFloor,
        '按最低价70%出让须记载省级优先发展产业的依据（文件名称及文号），未记载的按最低价执行。',
        'Selling at 70% of the floor needs the basis of the provincial ' +
          'priority recorded (document title and number); without it the full ' +
          'floor applies.',
      ),
    );
  } else if (short.length > 0) {
    out.push(
      w(
        'land_priority_not_intensive',
        'error',
        RULES.priorityFloor,
        '项目容积率或投资强度低于国家控制指标，不属于用地集约项目，不能按最低价70%出让。',
        'The project is below the national FAR or investment-intensity minimum,' +
          ' so it is not land-intensive and may not use the 70% floor.',
      ),
    );
  } else {
    out.push(
      w(
        'land_priority_floor_used',
        'info',
        RULES.priorityFloor,
        `出让价低于最低价但不低于其70%：省级优先发展产业（依据：${basis}），用地集约，按规定报批。`,
        `Price below the floor but at least 70% of it: provincial priority industry (basis: ${basis}` +
          `), land-intensive, to be approved as required.`,
      ),
    );
  }
}

function landChecks(input: ComplianceInput, out: ComplianceWarning[]): void {
  const land = input.components.land;
  if (!land) return;
  const floor = landFloorWanPerMu(input.park.landGrade);
  if (floor === null) {
    out.push(
      w(
        'land_grade_unknown',
        'info',
        RULES.landFloor,
        `园区土地等别 ${input.park.landGrade} 不在 1–15 等之内，未检查最低价。`,
        `Park land grade ${input.park.landGrade} is not 1–15: the floor price was not checked.`,
      ),
    );
  } else if (land.priceWanPerMu < floor - 1e-9) {
    const minPriority = floor * PRIORITY_FLOOR_FACTOR;
    if (!land.priorityProject) {
      out.push(
        w(
          'land_below_floor',
          'error',
          RULES.landFloor,
          `出让价 ${f2(land.priceWanPerMu)} 万元/亩 低于 ${input.park.landGrade} 等工业用地最低价 ${f2(floor)} 万元/亩。`,
          `Land price ${f2(land.priceWanPerMu)} 万元/亩 is below the grade-${input.park.landGrade}` +
            ` national floor of ${f2(floor)} 万元/亩.`,
        ),
      );
    } else if (land.priceWanPerMu < minPriority - 1e-9) {
      out.push(
        w(
          'land_below_priority_floor',
          'error',
          RULES.priorityFloor,
          `优先发展且用地集约的项目最低可按最低价的70%（${f2(minPriority)} 万元/亩）出让，出让价 ${f2(land.priceWanPerMu)} 万元/亩 仍低于此。`,
          `Even a priority land-intensive project may go only down to 70% of the floor (${f2(minPriority)}` +
            ` 万元/亩); ${f2(land.priceWanPerMu)} is below it.`,
        ),
      );
    } else {
      priorityChecks(input, out);
    }
  }
  if (land.priceWanPerMu < land.preparationCostWanPerMu) {
    out.push(
      w(
        'land_below_cost',
        'error',
        RULES.landCost,
        `出让价 ${f2(land.priceWanPerMu)} 万元/亩 低于土地取得及前期开发成本 ${f2(land.preparationCostWanPerMu)} 万元/亩。`,
        `Land price ${f2(land.priceWanPerMu)} 万元/亩 is below the land's acquisition and preparation cost of ` +
          `${f2(land.preparationCostWanPerMu)}` +
          ` 万元/亩.`,
      ),
    );
  }
}

function equityChecks(
  input: ComplianceInput,
  s: NonNullable<ComplianceInput['settings']>,
  out: ComplianceWarning[],
): void {
  const e = input.components.equity;
  if (!e) return;
  if (e.share > s.equityStakeCap) {
    out.push(
      w(
        'equity_above_cap',
        'warning',
        RULES.stakeCap,
        `政府持股 ${pct(e.share)} 超过通常上限 ${pct(s.equityStakeCap)}。`,
        `Government stake of ${pct(e.share)} exceeds the usual cap of ${pct(s.equityStakeCap)}.`,
      ),
    );
  }
  if (e.largestShareholder || e.share >= 0.5) {
    out.push(
      w(
        'equity_largest_shareholder',
        'warning',
        RULES.stakeCap,
        '政府不宜成为企业第一大股东。',
        'The government should not be the largest shareholder.',
      ),
    );
  }
  if (e.guaranteedReturn) {
    out.push(
      w(
        'equity_guaranteed_return',
        'error',
        RULES.guaranteedReturn,
        '政府出资不得向其他出资人承诺本金不受损失或承诺最低收益。',
        'Government money may not guarantee other investors their principal or a minimum return.',
      ),
    );
  }
  if (e.exitYear > 0 && e.buybackRate > 0) {
    // Rule fund.debtLikeEquity: a buy-back at principal × (1 + fixed rate)^years is a loan in
    // substance, whatever the "guaranteed return" box says.
    out.push(
      w(
        'equity_debt_like',
        'warning',
        RULES.debtLike,
        `约定按固定年利率 ${pct(e.buybackRate)} 回购：属明股实债，应按债务审查和记账。`,
        `Buy-back at a fixed ${pct(e.buybackRate)} a year: debt in substance (明股实债); review and book it as debt.`,
      ),
    );
  }
  if (e.newAttractionFund) {
    out.push(
      w(
        'equity_new_attraction_fund',
        'error',
        RULES.newFund,
        '不得新设以招商引资为目的的政府投资基金。',
        'A new government fund may not be set up for investment attraction.',
      ),
    );
  }
  if (e.buybackRate < s.discountRate) {
    out.push(
      w(
        'equity_buyback_below_rate',
        'warning',
        RULES.stakeCap,
        `回购年利率 ${pct(e.buybackRate)} 低于贴现率 ${pct(s.discountRate)}：回购价应不低于本金加基准利息。`,
        `Buy-back rate ${pct(e.buybackRate)} is below the discount rate ${pct(s.discountRate)}` +
          `: buy back at principal plus benchmark interest at least.`,
      ),
    );
  }
  if (e.exitYear > s.horizonYears) {
    out.push(
      w(
        'equity_exit_after_horizon',
        'info',
        RULES.stakeCap,
        `退出年份 ${e.exitYear} 超出测算期，回购款未计入净现值。`,
        `Exit year ${e.exitYear} is after the horizon: the buy-back is not in the NPV.`,
      ),
    );
  }
}

function subsidyChecks(input: ComplianceInput, out: ComplianceWarning[]): void {
  const r = input.components.taxRefund;
  if (r) {
    // Rule fcr.taxConcession: only a law, an administrative regulation or State Council approval
    // counts as a basis; free text (a county document, a meeting minute) does not.
    const typed = r.legalBasisKind != null && (LEGAL_BASIS_KINDS as readonly string[]).includes(r.legalBasisKind);
    out.push(
      w(
        typed ? 'tax_refund_selective' : 'tax_refund_no_legal_basis',
        typed ? 'warning' : 'error',
        RULES.fairCompetition,
        typed
          ? `税收返还须经公平竞争审查，依据（${r.legalBasisKind}）：${r.legalBasis ?? ''}。`
          : '没有法律、行政法规依据或者未经国务院批准，不得对特定经营者给予税收返还等选择性优惠。',
        typed
          ? `A tax refund must pass fair-competition review; basis (${r.legalBasisKind}): ${r.legalBasis ?? ''}.`
          : 'Without a law, an administrative regulation or State Council approval,' +
              ' a selective tax refund to one firm is not allowed.',
      ),
    );
  }
  const land = input.components.land;
  const landDiscount = land && land.listedPriceWanPerMu != null && land.priceWanPerMu < land.listedPriceWanPerMu - 1e-9;
  const lease = input.components.lease;
  const rentConcession =
    lease &&
    (lease.freeMonths > 0 || lease.halfRentMonths > 0 || lease.rentYuanPerM2Month < lease.marketRentYuanPerM2Month);
  if (landDiscount || rentConcession) {
    // Rule fcr.factorConcession: land or premises below the listed price / market rent for one firm.
    out.push(
      w(
        'factor_concession_review',
        'warning',
        RULES.factorConcession,
        '土地或厂房租金优惠属于要素获取方面的优惠：须依据公开、普惠的政策并经公平竞争审查。',
        'A land or rent concession is preferential access to factors: it must ' +
          'follow a published, general policy and pass fair-competition review.',
      ),
    );
  }
  if (input.components.equipmentSubsidy) {
    out.push(
      w(
        'subsidy_selective',
        'info',
        RULES.fairCompetition,
        '设备补贴应依据公开政策普惠适用，不得选择性给予。',
        'An equipment subsidy must follow a published, general policy, not be given selectively.',
      ),
    );
  }
}

/** Every rule the package breaks or must justify; an empty list means nothing found. */
export function checkCompliance(input: ComplianceInput): ComplianceWarning[] {
  const s = input.settings ?? DEFAULT_FINANCE_SETTINGS;
  const out: ComplianceWarning[] = [];
  landChecks(input, out);
  equityChecks(input, s, out);
  subsidyChecks(input, out);
  siteChecks(input, out);
  return out;
}
