/**
 * Yearly cash flows of each package component, years 0..H (year 0 = signing; production starts
 * in year 1). Three views per component, all in 万元:
 * - gov: the government's cash in (+) and out (−);
 * - investor: the investor's gain (+) or payment (−) relative to paying market terms;
 * - incentive: the value the government gives away beyond market terms (≥ 0); its present
 *   value is the package's incentive cost. Concessional finance (equity, build-to-suit) counts
 *   its subsidy element — outlay minus the present value of what comes back — in year 0.
 * Flows after the horizon are cut off; subsidy elements are valued over the full terms.
 */
import type {
  BuildToSuitComponent,
  EquipmentSubsidyComponent,
  EquityComponent,
  LandComponent,
  LeaseComponent,
  TaxRefundComponent,
} from './types';

export interface ComponentFlows {
  gov: number[];
  investor: number[];
  incentive: number[];
}

export function emptyFlows(horizonYears: number): ComponentFlows {
  const z = () => new Array<number>(horizonYears + 1).fill(0);
  return { gov: z(), investor: z(), incentive: z() };
}

/** Adds `amount` to `arr[year]` when the year falls inside the horizon. */
function put(arr: number[], year: number, amount: number): void {
  if (year >= 0 && year < arr.length) arr[year] += amount;
}

/** Land sold in year 0: price in, preparation cost out; the discount off the listed price is the incentive. */
export function landFlows(land: LandComponent, h: number): ComponentFlows {
  const out = emptyFlows(h);
  const listed = land.listedPriceWanPerMu ?? land.priceWanPerMu;
  put(out.gov, 0, land.areaMu * (land.priceWanPerMu - land.preparationCostWanPerMu));
  put(out.investor, 0, land.areaMu * (listed - land.priceWanPerMu));
  put(out.incentive, 0, land.areaMu * Math.max(0, listed - land.priceWanPerMu));
  return out;
}

/**
 * Government stake: amount out in year 0, dividends in years 1..exit, buy-back at principal ×
 * (1+rate)^exit. Its incentive (the value given away) is the amount less what comes back valued
 * as the fund would: dividends and the buy-back discounted at the fund's opportunity rate, the
 * buy-back only with the probability it is honoured. A fixed-rate buy-back below the fund's rate
 * costs the fund money even when every payment arrives.
 */
export function equityFlows(
  e: EquityComponent,
  h: number,
  fund: { equityFundRate: number; buybackDefaultRate: number },
): ComponentFlows {
  const out = emptyFlows(h);
  const dividend = e.amountWan * e.dividendRate;
  const buyback = e.amountWan * Math.pow(1 + e.buybackRate, e.exitYear);
  const r = fund.equityFundRate;
  put(out.gov, 0, -e.amountWan);
  put(out.investor, 0, e.amountWan);
  let pvBack = 0;
  for (let t = 1; t <= e.exitYear; t++) {
    put(out.gov, t, dividend);
    put(out.investor, t, -dividend);
    pvBack += dividend / Math.pow(1 + r, t);
  }
  put(out.gov, e.exitYear, buyback);
  put(out.investor, e.exitYear, -buyback);
  pvBack += ((1 - fund.buybackDefaultRate) * buyback) / Math.pow(1 + r, e.exitYear);
  put(out.incentive, 0, Math.max(0, e.amountWan - pvBack));
  return out;
}

/**
 * Factory lease, month by month: free months first, then half-rent months, then the agreed rent,
 * until the lease ends or the building is transferred (先租后让). The government's cash is the
 * rent received; rent forgone against the market rent is the incentive. At transfer the
 * government receives the price and gives up a building carried at its cost: the book gain or
 * loss (price − cost) is its flow, a price below cost is an incentive.
 */
export function leaseFlows(l: LeaseComponent, h: number): ComponentFlows {
  const out = emptyFlows(h);
  const endYear = l.transferYear == null ? l.leaseYears : Math.min(l.leaseYears, l.transferYear);
  const months = Math.round(endYear * 12);
  const market = (l.areaM2 * l.marketRentYuanPerM2Month) / 10_000; // 元 → 万元 per month
  const agreed = (l.areaM2 * l.rentYuanPerM2Month) / 10_000;
  for (let m = 1; m <= months; m++) {
    const year = Math.ceil(m / 12);
    if (year > h) break;
    const paid = m <= l.freeMonths ? 0 : m <= l.freeMonths + l.halfRentMonths ? agreed / 2 : agreed;
    out.gov[year] += paid;
    out.investor[year] += market - paid;
    out.incentive[year] += Math.max(0, market - paid);
  }
  if (l.transferYear != null) {
    put(out.gov, l.transferYear, l.transferPriceWan - l.buildingCostWan);
    put(out.investor, l.transferYear, l.buildingCostWan - l.transferPriceWan);
    put(out.incentive, l.transferYear, Math.max(0, l.buildingCostWan - l.transferPriceWan));
  }
  return out;
}

/** Build-to-suit: the government builds in year 0; the investor buys it back in equal yearly instalments. */
export function buildToSuitFlows(b: BuildToSuitComponent, h: number, rate: number): ComponentFlows {
  const out = emptyFlows(h);
  put(out.gov, 0, -b.costWan);
  put(out.investor, 0, b.costWan);
  const n = Math.max(1, Math.round(b.buybackYears));
  const instalment = b.buybackTotalWan / n;
  let pvBack = 0;
  for (let k = 0; k < n; k++) {
    const t = b.buybackStartYear + k;
    put(out.gov, t, instalment);
    put(out.investor, t, -instalment);
    pvBack += instalment / Math.pow(1 + rate, t);
  }
  put(out.incentive, 0, Math.max(0, b.costWan - pvBack));
  return out;
}

export function equipmentSubsidyFlows(s: EquipmentSubsidyComponent, h: number): ComponentFlows {
  const out = emptyFlows(h);
  put(out.gov, s.year, -s.amountWan);
  put(out.investor, s.year, s.amountWan);
  put(out.incentive, s.year, Math.max(0, s.amountWan));
  return out;
}

/** Refund of `share` of the local retained tax in years 1..years (retainedTax already ramped). */
export function taxRefundFlows(r: TaxRefundComponent, retainedTax: readonly number[]): ComponentFlows {
  const h = retainedTax.length - 1;
  const out = emptyFlows(h);
  for (let t = 1; t <= Math.min(r.years, h); t++) {
    const refund = r.share * retainedTax[t];
    out.gov[t] -= refund;
    out.investor[t] += refund;
    out.incentive[t] += Math.max(0, refund);
  }
  return out;
}
