/**
 * Retained tax and ramp-up: the one definition used by the allocation engine (shared/allocation/value.ts)
 * and the incentive maths (shared/incentives/flows.ts), so a scenario's tax PV and the incentive
 * screen's NPV of the same project agree.
 *
 * Year convention: year 0 is signing (construction, no production); production starts `delayYears`
 * after signing and year u of operation produces min(1, u / rampUpYears) of full output.
 */

/** Local (non-central) part of VAT: 50% (国发〔2016〕26号 全面推开营改增试点后调整中央与地方增值税收入划分过渡方案). */
export const VAT_LOCAL_SHARE = 0.5;
/** Local part of corporate income tax: 40% (国发〔2001〕37号 所得税收入分享改革方案, 60:40 centre/local since 2003). */
export const CIT_LOCAL_SHARE = 0.4;

export interface TaxFacts {
  /** Yearly tax paid at full production, 万元. */
  taxWan: number;
  /** Share of that tax that is VAT (the rest is corporate income tax). */
  vatShare: number;
}

export interface RetainedShares {
  localShareVat: number;
  localShareCit: number;
  /** The county's retained share of the local part of VAT. */
  retainedShareVat: number;
  /** The county's retained share of the local part of CIT. */
  retainedShareCit: number;
}

/** Retained local tax per year at full production: VAT and CIT each × local part × county's retained share. */
export function retainedTaxAtFull(p: TaxFacts, s: RetainedShares): number {
  const vat = p.taxWan * p.vatShare * s.localShareVat * s.retainedShareVat;
  const cit = p.taxWan * (1 - p.vatShare) * s.localShareCit * s.retainedShareCit;
  return vat + cit;
}

/** Production share in year t after signing: nothing before production starts, then linear to full over rampUpYears. */
export function rampShare(year: number, rampUpYears: number, delayYears = 0): number {
  const u = year - delayYears;
  if (u <= 0) return 0;
  if (rampUpYears <= 0) return 1;
  return Math.min(1, u / rampUpYears);
}

/** Retained tax for years 0..horizonYears (year 0 is always 0). */
export function retainedTaxFlows(
  yearlyAtFull: number,
  rampUpYears: number,
  horizonYears: number,
  delayYears = 0,
): number[] {
  const out = new Array<number>(horizonYears + 1);
  for (let t = 0; t <= horizonYears; t++) out[t] = yearlyAtFull * rampShare(t, rampUpYears, delayYears);
  return out;
}

/** Present value of the retained tax over the horizon at `rate` (year t discounted by (1+rate)^t). */
export function retainedTaxPv(
  yearlyAtFull: number,
  rampUpYears: number,
  horizonYears: number,
  rate: number,
  delayYears = 0,
): number {
  let pv = 0;
  let df = 1;
  for (let t = 1; t <= horizonYears; t++) {
    df /= 1 + rate;
    pv += yearlyAtFull * rampShare(t, rampUpYears, delayYears) * df;
  }
  return pv;
}
