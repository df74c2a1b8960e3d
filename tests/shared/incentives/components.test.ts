import { describe, expect, it } from 'vitest';
import {
  buildToSuitFlows,
  equipmentSubsidyFlows,
  equityFlows,
  landFlows,
  leaseFlows,
  npv,
  rampShare,
  retainedTaxAtFull,
  retainedTaxFlows,
  taxRefundFlows,
  financeSettings,
} from '../../../shared/incentives';

const H = 6;
const close = (actual: number[], expected: number[], digits = 9) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v, `year ${i}`).toBeCloseTo(expected[i], digits));
};

describe('land component', () => {
  it('50 亩 listed at 20, sold at 12, preparation 9 万元/亩', () => {
    // gov year 0: 50 × (12 − 9) = 150 in; investor saves 50 × (20 − 12) = 400; incentive 400.
    const f = landFlows(
      { areaMu: 50, priceWanPerMu: 12, preparationCostWanPerMu: 9, listedPriceWanPerMu: 20, priorityProject: false },
      H,
    );
    close(f.gov, [150, 0, 0, 0, 0, 0, 0]);
    close(f.investor, [400, 0, 0, 0, 0, 0, 0]);
    close(f.incentive, [400, 0, 0, 0, 0, 0, 0]);
  });

  it('below cost: the government loses on the sale; no listed price means no counted discount', () => {
    // 10 亩 at 8 with preparation 10: gov −20; no listed price → investor saving and incentive 0.
    const f = landFlows({ areaMu: 10, priceWanPerMu: 8, preparationCostWanPerMu: 10, priorityProject: false }, H);
    expect(f.gov[0]).toBeCloseTo(-20, 9);
    expect(f.investor[0]).toBe(0);
    expect(f.incentive[0]).toBe(0);
  });
});

describe('equity component', () => {
  const base = { share: 0.2, largestShareholder: false, guaranteedReturn: false, newAttractionFund: false };

  const fund = { equityFundRate: 0.05, buybackDefaultRate: 0.1 };
  it('1000 in, 2% dividends, buy-back at 5% a year after 3 years: equity is not free to the fund', () => {
    // Buy-back = 1000 × 1.05³ = 1157.625. gov: −1000, 20, 20, 20 + 1157.625.
    // Valued as the fund would (5% opportunity rate, buy-back honoured with probability 90%):
    // 20/1.05 + 20/1.05² + 20/1.05³ + 0.9 × 1157.625/1.05³ = 54.4650 + 900 = 954.4650 → 45.5350.
    const f = equityFlows({ ...base, amountWan: 1000, exitYear: 3, buybackRate: 0.05, dividendRate: 0.02 }, H, fund);
    close(f.gov, [-1000, 20, 20, 1177.625, 0, 0, 0]);
    close(f.investor, [1000, -20, -20, -1177.625, 0, 0, 0]);
    expect(f.incentive[0]).toBeCloseTo(45.535, 3);
  });

  it('with a fund rate equal to the buy-back rate and no default risk, the stake costs nothing', () => {
    const f = equityFlows({ ...base, amountWan: 1000, exitYear: 3, buybackRate: 0.05, dividendRate: 0 }, H, {
      equityFundRate: 0.05,
      buybackDefaultRate: 0,
    });
    expect(f.incentive[0]).toBeCloseTo(0, 9);
  });

  it('an interest-free stake repaid at par after 5 years carries a subsidy element', () => {
    // Element = 1000 − 0.9 × 1000/1.05⁵ = 1000 − 705.1735 = 294.8265, booked in year 0.
    const f = equityFlows({ ...base, amountWan: 1000, exitYear: 5, buybackRate: 0, dividendRate: 0 }, H, fund);
    close(f.gov, [-1000, 0, 0, 0, 0, 1000, 0]);
    expect(f.incentive[0]).toBeCloseTo(294.8265, 4);
  });

  it('a buy-back after the horizon is cut from the flows but still valued in the subsidy element', () => {
    const f = equityFlows({ ...base, amountWan: 1000, exitYear: 10, buybackRate: 0, dividendRate: 0 }, H, fund);
    close(f.gov, [-1000, 0, 0, 0, 0, 0, 0]);
    // 1000 − 0.9 × 1000/1.05¹⁰ = 1000 − 552.5219 = 447.4781
    expect(f.incentive[0]).toBeCloseTo(447.4781, 4);
  });
});

describe('lease component', () => {
  it(
    '1000 m², market 10, rent 8 元/m²/月, 6 free + 6 half-rent months, ' +
      'transfer in year 3 at 200 for a 300 building',
    () => {
      // Per month: market 1000×10/10⁴ = 1 万元, agreed 0.8 万元.
      // Year 1: months 1–6 free, 7–12 half (0.4) → paid 2.4, forgone 12 − 2.4 = 9.6.
      // Years 2–3: paid 12 × 0.8 = 9.6, forgone 2.4.
      // Year 3 transfer: gov +200 − 300 = −100 (building given up at cost), investor +100, incentive +100.
      const f = leaseFlows(
        {
          areaM2: 1000,
          marketRentYuanPerM2Month: 10,
          rentYuanPerM2Month: 8,
          freeMonths: 6,
          halfRentMonths: 6,
          leaseYears: 5,
          transferYear: 3,
          transferPriceWan: 200,
          buildingCostWan: 300,
        },
        H,
      );
      close(f.gov, [0, 2.4, 9.6, -90.4, 0, 0, 0]);
      close(f.investor, [0, 9.6, 2.4, 102.4, 0, 0, 0]);
      close(f.incentive, [0, 9.6, 2.4, 102.4, 0, 0, 0]);
    },
  );

  it('without transfer the lease runs its term: 36 free months then market rent to year 5', () => {
    // 2000 m² at 6 元: 1.2 万元/month; years 1–3 free (forgone 14.4 each), years 4–5 paid 14.4.
    const f = leaseFlows(
      {
        areaM2: 2000,
        marketRentYuanPerM2Month: 6,
        rentYuanPerM2Month: 6,
        freeMonths: 36,
        halfRentMonths: 0,
        leaseYears: 5,
        transferYear: null,
        transferPriceWan: 0,
        buildingCostWan: 500,
      },
      H,
    );
    close(f.gov, [0, 0, 0, 0, 14.4, 14.4, 0]);
    close(f.incentive, [0, 14.4, 14.4, 14.4, 0, 0, 0]);
  });
});

describe('build-to-suit component', () => {
  it('1000 built in year 0, bought back interest-free in 4 instalments of 250 from year 2', () => {
    // PV of instalments at 3% = 250 × (1.03⁻² + 1.03⁻³ + 1.03⁻⁴ + 1.03⁻⁵)
    //   = 250 × (0.942596 + 0.915142 + 0.888487 + 0.862609) = 902.2084 → element 97.7916.
    const f = buildToSuitFlows({ costWan: 1000, buybackStartYear: 2, buybackYears: 4, buybackTotalWan: 1000 }, H, 0.03);
    close(f.gov, [-1000, 0, 250, 250, 250, 250, 0]);
    close(f.investor, [1000, 0, -250, -250, -250, -250, 0]);
    expect(f.incentive[0]).toBeCloseTo(97.7916, 4);
  });
});

describe('equipment subsidy and tax refund', () => {
  it('300 paid in year 1 costs 300/1.03 = 291.26 in present value', () => {
    const f = equipmentSubsidyFlows({ amountWan: 300, year: 1 }, H);
    close(f.gov, [0, -300, 0, 0, 0, 0, 0]);
    expect(npv(0.03, f.incentive)).toBeCloseTo(291.2621, 4);
  });

  it('refunds 50% of ramped local retained tax for 3 years', () => {
    // Tax 1000/yr, 60% VAT; county keeps 50% of local VAT and 60% of local CIT:
    // 1000×0.6×0.5×0.5 + 1000×0.4×0.4×0.6 = 150 + 96 = 246 at full production.
    // Ramp over 2 years: 123, 246, 246… Refund 50% in years 1–3: 61.5, 123, 123.
    const s = financeSettings({ retainedShareVat: 0.5, retainedShareCit: 0.6 }, { horizonYears: H });
    const project = { taxWan: 1000, vatShare: 0.6, rampUpYears: 2, investmentWan: 0, jobs: 0, landNeedMu: null };
    expect(retainedTaxAtFull(project, s)).toBeCloseTo(246, 9);
    const tax = retainedTaxFlows(project, s);
    close(tax, [0, 123, 246, 246, 246, 246, 246]);
    const f = taxRefundFlows({ share: 0.5, years: 3, legalBasis: null }, tax);
    close(f.gov, [0, -61.5, -123, -123, 0, 0, 0]);
    close(f.investor, [0, 61.5, 123, 123, 0, 0, 0]);
  });

  it('ramps linearly: nothing in year 0, full from rampUpYears, full at once when 0', () => {
    expect([0, 1, 2, 3, 4].map((y) => rampShare(y, 3))).toEqual([0, 1 / 3, 2 / 3, 1, 1]);
    expect([0, 1, 2].map((y) => rampShare(y, 0))).toEqual([0, 1, 1]);
  });
});
