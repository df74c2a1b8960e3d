import { describe, expect, it } from 'vitest';
import {
  financeSettings,
  packageCostForAllocation,
  packageFlows,
  packageMetrics,
  underDelivery,
  type IncentiveComponents,
} from '../../../shared/incentives';

// Hand-worked case used throughout (3-year horizon, 3%):
// project: tax 1000 万元/yr at full production, 60% VAT, ramp over 2 years, 100 jobs, 5000 invested.
// County keeps 50% of local VAT and 60% of local CIT → retained tax 246/yr at full: 0, 123, 246, 246.
// Land: 50 亩 sold at 8 (listed 20, preparation 10) → gov year 0: 50 × (8 − 10) = −100; incentive 600.
// Gov flows: −100, 123, 246, 246. PV of tax = 123/1.03 + 246/1.03² + 246/1.03³ = 576.4209.
const settings = financeSettings({ retainedShareVat: 0.5, retainedShareCit: 0.6 }, { horizonYears: 3 });
const project = { investmentWan: 5000, taxWan: 1000, vatShare: 0.6, rampUpYears: 2, jobs: 100, landNeedMu: 50 };
const land: IncentiveComponents['land'] = {
  areaMu: 50,
  priceWanPerMu: 8,
  preparationCostWanPerMu: 10,
  listedPriceWanPerMu: 20,
  priorityProject: false,
};
const commitments: IncentiveComponents['commitments'] = {
  investmentWan: 5000,
  taxPerYearWan: 1000,
  jobs: 100,
  byYear: 2,
  clawbackProRata: true,
  clawbackYear: 3,
};

describe('package metrics (hand-worked land package)', () => {
  const m = packageMetrics({ land }, project, settings);

  it('gross NPV counts all retained tax; but-for counts 13% of it', () => {
    expect(packageFlows({ land }, project, settings).gov).toEqual([-100, 123, 246, 246]);
    expect(m.retainedTaxPvWan).toBeCloseTo(576.4209, 4);
    expect(m.govNpvWan).toBeCloseTo(-100 + 576.4209, 4);
    // −100 + 0.13 × 576.4209 = −25.0653: most of the tax would have come anyway.
    expect(m.govNpvButForWan).toBeCloseTo(-25.0653, 4);
  });

  it('incentive PV, cost per job, share of investment, investor saving and upfront capital', () => {
    expect(m.incentivePvWan).toBeCloseTo(600, 9); // 50 × (20 − 8), in year 0
    expect(m.costPerJobWan).toBeCloseTo(6, 9); // 600 / 100 jobs
    expect(m.incentiveShareOfInvestment).toBeCloseTo(0.12, 9); // 600 / 5000
    expect(m.investorPvSavingWan).toBeCloseTo(600, 9);
    expect(m.investorUpfrontWan).toBeCloseTo(4400, 9); // 5000 − 600 land discount
  });

  it('payback and IRR of the government flows', () => {
    // Cumulative −100, 23, … → year 1; discounted −100 + 119.42 ≥ 0 → also year 1.
    expect(m.govPaybackYear).toBe(1);
    expect(m.govDiscountedPaybackYear).toBe(1);
    // −100 + 123x + 246x² + 246x³ = 0 (x = 1/(1+r)) has one positive root: r = 156.378%.
    expect(m.govIrr).toBeCloseTo(1.563780519522, 9);
  });

  it('no jobs or no investment → cost per job and share are null, not infinite', () => {
    const m0 = packageMetrics({ land }, { ...project, jobs: 0, investmentWan: 0 }, settings);
    expect(m0.costPerJobWan).toBeNull();
    expect(m0.incentiveShareOfInvestment).toBeNull();
  });
});

describe('packageCostForAllocation', () => {
  it('land only: cash cost 100 (sold 2 below preparation cost), incentive 600, no equity', () => {
    const c = packageCostForAllocation({ land }, project, settings);
    expect(c.pvCostWan).toBeCloseTo(100, 9);
    expect(c.equityWan).toBe(0);
    expect(c.incentivePvWan).toBeCloseTo(600, 9);
  });

  it('adding an interest-free stake of 1000 repaid after the horizon (year 5)', () => {
    // Cash: 100 + 1000 out, nothing back within 3 years. Incentive: 600 + 1000 − 0.9 × 1000/1.05⁵
    // = 894.8265 (fund rate 5%, buy-back default 10%: the settings' defaults).
    const c = packageCostForAllocation(
      {
        land,
        equity: {
          amountWan: 1000,
          share: 0.2,
          exitYear: 5,
          buybackRate: 0,
          dividendRate: 0,
          largestShareholder: false,
          guaranteedReturn: false,
          newAttractionFund: false,
        },
      },
      project,
      settings,
    );
    expect(c.pvCostWan).toBeCloseTo(1100, 9);
    expect(c.equityWan).toBe(1000);
    expect(c.incentivePvWan).toBeCloseTo(894.8265, 4);
  });

  it('does not count the retained tax, but does count a tax refund as a cost', () => {
    // Refund 50% for 2 years: 61.5/1.03 + 123/1.03² = 59.7087 + 115.9393 = 175.6480.
    const c = packageCostForAllocation({ taxRefund: { share: 0.5, years: 2, legalBasis: null } }, project, settings);
    expect(c.pvCostWan).toBeCloseTo(175.648, 3);
    expect(c.incentivePvWan).toBeCloseTo(175.648, 3);
  });
});

describe('underDelivery', () => {
  it('half delivered with pro-rata clawback in year 3 recovers half the incentives given', () => {
    // Tax halves: 0, 61.5, 123, 123 → NPV = −100 + 0.5 × 576.4209 = 188.2105.
    // Incentives given by year 3: 600 → recovered (1 − 0.5) × 600 = 300 in year 3, PV 274.5425.
    const u = underDelivery({ components: { land, commitments } }, project, 0.5, settings);
    expect(u.recoveredWan).toBeCloseTo(300, 9);
    expect(u.clawbackYear).toBe(3);
    expect(u.govNpvWithoutClawbackWan).toBeCloseTo(188.2105, 4);
    expect(u.govNpvWithClawbackWan).toBeCloseTo(462.753, 3);
    // But-for with clawback: −100 + 0.13 × 288.2105 + 274.5425 = 212.0099.
    expect(u.govNpvButForWithClawbackWan).toBeCloseTo(212.0099, 4);
    expect(u.project.jobs).toBe(50);
    expect(u.project.investmentWan).toBe(2500);
  });

  it('no clawback without pro-rata terms, at full delivery, or when the clawback year is past the horizon', () => {
    const none = underDelivery({ land }, project, 0.5, settings);
    expect(none.recoveredWan).toBe(0);
    expect(none.clawbackYear).toBeNull();
    expect(none.govNpvWithClawbackWan).toBe(none.govNpvWithoutClawbackWan);

    const full = underDelivery({ land, commitments }, project, 1, settings);
    expect(full.recoveredWan).toBe(0);
    expect(full.govNpvWithoutClawbackWan).toBeCloseTo(476.4209, 4);

    const late = underDelivery({ land, commitments: { ...commitments!, clawbackYear: 4 } }, project, 0.5, settings);
    expect(late.clawbackYear).toBeNull();
  });

  it('counts incentives given in the clawback year itself, not those after it', () => {
    // Subsidy 100 in year 3 (= clawback year), plus a lease:
    // rent-free 2,000 m² at 5 元 for the whole lease: 1 万元/month forgone = 12/yr in years 1–3.
    // Given by year 3: 100 + 36 = 136 → 30% shortfall recovers 40.8. Year 4 rent is after the horizon.
    const u = underDelivery(
      {
        equipmentSubsidy: { amountWan: 100, year: 3 },
        lease: {
          areaM2: 2000,
          marketRentYuanPerM2Month: 5,
          rentYuanPerM2Month: 5,
          freeMonths: 48,
          halfRentMonths: 0,
          leaseYears: 4,
          transferYear: null,
          transferPriceWan: 0,
          buildingCostWan: 0,
        },
        commitments,
      },
      project,
      0.7,
      settings,
    );
    expect(u.recoveredWan).toBeCloseTo(40.8, 9);
    const early = underDelivery(
      { equipmentSubsidy: { amountWan: 100, year: 3 }, commitments: { ...commitments!, byYear: 1, clawbackYear: 2 } },
      project,
      0.7,
      settings,
    );
    expect(early.recoveredWan).toBe(0); // the subsidy comes after the clawback year
  });

  it('clamps the delivered share to 0..1', () => {
    const u = underDelivery({ land, commitments }, project, -2, settings);
    expect(u.deliveredShare).toBe(0);
    expect(u.recoveredWan).toBeCloseTo(600, 9);
  });
});

describe('financeSettings', () => {
  it('takes defaults, then the jurisdiction retained shares, then overrides', () => {
    const d = financeSettings();
    expect([d.horizonYears, d.discountRate, d.butForShare, d.localShareVat, d.localShareCit]).toEqual([
      15, 0.03, 0.13, 0.5, 0.4,
    ]);
    const j = financeSettings(
      { retainedShareVat: 0.4, retainedShareCit: 0.3 },
      { retainedShareCit: 0.35, horizonYears: undefined },
    );
    expect([j.retainedShareVat, j.retainedShareCit, j.horizonYears]).toEqual([0.4, 0.35, 15]);
    // The investor's rate follows the government's unless set on its own.
    expect(financeSettings(null, { discountRate: 0.05 }).investorDiscountRate).toBe(0.05);
    expect(financeSettings(null, { discountRate: 0.05, investorDiscountRate: 0.08 }).investorDiscountRate).toBe(0.08);
  });
});
