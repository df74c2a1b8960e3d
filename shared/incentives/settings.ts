import { CIT_LOCAL_SHARE, VAT_LOCAL_SHARE } from '../finance';
import type { Jurisdiction } from '../types/jurisdiction';

/** Everything the incentive maths needs besides the package and the project. */
export interface FinanceSettings {
  /** Years after signing (year 0) that the cash flows run for. */
  horizonYears: number;
  /** The government's discount rate: a setting, default 3%, about the yield of local government bonds. */
  discountRate: number;
  /** Rate the investor's saving is discounted at; defaults to the government's so both views agree. */
  investorDiscountRate: number;
  /** Share of the project's tax the incentive truly caused ("but-for"); a setting, default 13%, the median share found
   * in studies of local incentives. */
  butForShare: number;
  /** Local (non-central) part of VAT: VAT_LOCAL_SHARE in shared/finance/tax.ts, which cites its rule. */
  localShareVat: number;
  /** Local part of corporate income tax: CIT_LOCAL_SHARE in shared/finance/tax.ts, which cites its rule. */
  localShareCit: number;
  /** The county's retained share of the local part of VAT (Jurisdiction.retainedShareVat). */
  retainedShareVat: number;
  /** The county's retained share of the local part of CIT (Jurisdiction.retainedShareCit). */
  retainedShareCit: number;
  /**
   * Return the government's equity fund could earn elsewhere (its opportunity cost): a stake's
   * dividends and buy-back are discounted at this rate, so equity is never free. A setting:
   * default 5%, about the yield a guidance fund asks of its sub-funds; set it per city.
   */
  equityFundRate: number;
  /**
   * Probability that an agreed buy-back is not honoured (the firm fails or defaults): its expected
   * loss is part of a stake's cost. A setting: default 10%; the under-delivery slider of the
   * comparison models partial delivery of the project itself, this the buy-back's own risk.
   */
  buybackDefaultRate: number;
  /** Largest acceptable government stake in the enterprise (typical local practice, see compliance.ts). */
  equityStakeCap: number;
}

export const DEFAULT_FINANCE_SETTINGS: FinanceSettings = {
  horizonYears: 15,
  discountRate: 0.03,
  investorDiscountRate: 0.03,
  butForShare: 0.13,
  localShareVat: VAT_LOCAL_SHARE,
  localShareCit: CIT_LOCAL_SHARE,
  // Without a jurisdiction we assume the county keeps the whole local part; pass the real
  // shares with financeSettings(jurisdiction) — an overstatement otherwise.
  retainedShareVat: 1,
  retainedShareCit: 1,
  equityStakeCap: 0.3,
  equityFundRate: 0.05,
  buybackDefaultRate: 0.1,
};

/** Defaults, then the jurisdiction's retained tax shares, then explicit overrides. */
export function financeSettings(
  jurisdiction?: Pick<Jurisdiction, 'retainedShareVat' | 'retainedShareCit'> | null,
  overrides: Partial<FinanceSettings> = {},
): FinanceSettings {
  const fromJurisdiction = jurisdiction
    ? { retainedShareVat: jurisdiction.retainedShareVat, retainedShareCit: jurisdiction.retainedShareCit }
    : {};
  const merged = { ...DEFAULT_FINANCE_SETTINGS, ...fromJurisdiction, ...dropUndefined(overrides) };
  // The investor rate follows the government's unless set on its own.
  if (overrides.investorDiscountRate === undefined && overrides.discountRate !== undefined) {
    merged.investorDiscountRate = overrides.discountRate;
  }
  return merged;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
