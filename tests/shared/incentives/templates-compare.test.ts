import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import {
  checkCompliance,
  comparePackages,
  financeSettings,
  packageMetrics,
  packageTemplates,
} from '../../../shared/incentives';
import { incentivePackageCreateSchema } from '../../../shared/schemas/incentive-package';

const project = {
  id: 7,
  investmentWan: 5000,
  landNeedMu: 50,
  floorNeedM2: null,
  taxWan: 1000,
  vatShare: 0.6,
  jobs: 100,
  rampUpYears: 2,
};
const park = {
  landGrade: 10,
  listedLandPriceWanPerMu: 20,
  minFar: 1.0,
  minInvestmentIntensityWanPerMu: 80,
  minTaxPerMuWan: 15,
};
const settings = financeSettings({ retainedShareVat: 0.5, retainedShareCit: 0.6 });

describe('packageTemplates', () => {
  const t = packageTemplates(project, park);

  it('returns the four kinds, sized from the project and the park', () => {
    expect(t.map((p) => p.kind)).toEqual([
      'land_discount',
      'equity_buyback',
      'rent_free_lease_to_own',
      'build_to_suit',
    ]);
    // Land: 30% off 20 = 14, above the grade-10 floor 11.2 and the assumed preparation cost 0.6 × 20 = 12.
    expect(t[0].components.land).toMatchObject({
      areaMu: 50,
      priceWanPerMu: 14,
      listedPriceWanPerMu: 20,
      preparationCostWanPerMu: 12,
    });
    // Equity: 10% of the investment for a 20% stake; land still sold at the listed price.
    expect(t[1].components.equity).toMatchObject({ amountWan: 500, share: 0.2, exitYear: 5 });
    expect(t[1].components.land?.priceWanPerMu).toBe(20);
    // Lease: 50 亩 × 666.67 m² × FAR 1 = 33,333 m²; building 33,333 × 1,500 元 = 4,999.95 万元; 36 free months.
    expect(t[2].components.lease).toMatchObject({
      areaM2: 33333,
      freeMonths: 36,
      transferYear: 5,
      buildingCostWan: 4999.95,
      transferPriceWan: 4999.95,
    });
    expect(t[3].components.buildToSuit).toMatchObject({ costWan: 4999.95, buybackStartYear: 3, buybackYears: 5 });
    for (const p of t) {
      expect(p.projectId).toBe(7);
      expect(p.isTemplate).toBe(true);
      expect(p.components.commitments).toMatchObject({ byYear: 3, clawbackYear: 4, clawbackProRata: true, jobs: 100 });
    }
  });

  it('never starts from a forbidden package: valid by the schema, no compliance errors', () => {
    for (const p of t) {
      expect(incentivePackageCreateSchema.safeParse(p).success).toBe(true);
      const errors = checkCompliance({ components: p.components, project, park, gbtGroup: 34, plannedFar: 1.0 }).filter(
        (w) => w.severity === 'error',
      );
      expect(errors, p.kind).toEqual([]);
    }
  });

  it('keeps the land discount at the floor when 30% off would break it', () => {
    // Listed 12 on grade 10: 0.7 × 12 = 8.4 < floor 11.2 → 11.2.
    const cheap = packageTemplates(project, { ...park, listedLandPriceWanPerMu: 12 });
    expect(cheap[0].components.land?.priceWanPerMu).toBeCloseTo(11.2, 9);
  });

  it('sizes land from the floor need for a factory-floor project and leaves land out of the others', () => {
    const floorProject = { ...project, landNeedMu: null, floorNeedM2: 5000 };
    const f = packageTemplates(floorProject, park);
    expect(f[0].components.land?.areaMu).toBeCloseTo(7.5, 9); // 5000 / 666.67
    expect(f[1].components.land).toBeUndefined();
    expect(f[2].components.lease?.areaM2).toBe(5000);
  });
});

describe('comparePackages', () => {
  const t = packageTemplates(project, park);

  it('returns metrics and chart series consistent with packageMetrics', () => {
    const res = comparePackages({ packages: t, project, settings, park, gbtGroup: 34, plannedFar: 1.0 });
    expect(res).toHaveLength(4);
    t.forEach((p, i) => {
      const m = packageMetrics(p.components, project, settings);
      expect(res[i].metrics.govNpvWan).toBeCloseTo(m.govNpvWan, 9);
      expect(res[i].series.gov).toHaveLength(16);
      // The cumulative discounted line ends at the NPV.
      expect(res[i].series.govCumulativePv[15]).toBeCloseTo(m.govNpvWan, 6);
      expect(res[i].series.investorCumulativePv[15]).toBeCloseTo(m.investorPvSavingWan, 6);
      expect(res[i].delivery.metrics.govNpvWan).toBeCloseTo(m.govNpvWan, 9);
    });
  });

  it('under-delivery lowers the NPV and clawback recovers part of it', () => {
    const res = comparePackages({ packages: t, project, settings, deliveredShare: 0.6 });
    // Every template gives something away; the equity one through the fund's opportunity cost and
    // the buy-back's default risk (it is bought back above the discount rate, yet not free).
    expect(res.map((r) => r.metrics.incentivePvWan > 0)).toEqual([true, true, true, true]);
    // Land discount: 40% of 50 × (20 − 14) = 120 recovered in year 4.
    expect(res[0].delivery.recoveredWan).toBeCloseTo(120, 9);
    for (const r of res) {
      expect(r.delivery.govNpvWithoutClawbackWan).toBeLessThan(r.metrics.govNpvWan);
      // Recovery = 40% of the incentives given by year 4.
      if (r.metrics.incentivePvWan > 0)
        expect(r.delivery.govNpvWithClawbackWan).toBeGreaterThan(r.delivery.govNpvWithoutClawbackWan);
      else expect(r.delivery.recoveredWan).toBe(0);
      expect(r.delivery.clawbackYear).toBe(4);
      expect(r.delivery.govCumulativePvWithClawback[15]).toBeCloseTo(r.delivery.govNpvWithClawbackWan, 6);
      expect(r.warnings).toEqual([]); // no park given
    }
  });

  it('shows the warnings of each package', () => {
    const refund = {
      name: '税收返还',
      nameEn: 'Tax refund',
      components: { taxRefund: { share: 0.5, years: 5, legalBasis: null } },
    };
    const res = comparePackages({ packages: [refund], project, settings, park, plannedFar: 1.0 });
    expect(res[0].warnings.map((w) => w.code)).toEqual(['tax_refund_no_legal_basis']);
    expect(res[0].id).toBeNull();
  });

  it('refuses more than five packages with an AppError', () => {
    const six = [...t, ...t.slice(0, 2)];
    expect(() => comparePackages({ packages: six, project, settings })).toThrow(AppError);
  });
});
