import { describe, expect, it } from 'vitest';
import {
  financeSettingsSchema,
  incentiveComponentsSchema,
  incentivePackageCreateSchema,
  incentivePackageUpdateSchema,
} from '../../../shared/schemas/incentive-package';
import type { IncentiveComponents } from '../../../shared/incentives';

const valid = {
  name: '土地价格优惠',
  nameEn: 'Land discount',
  kind: 'land_discount',
  components: {
    land: {
      areaMu: 50,
      priceWanPerMu: 14,
      preparationCostWanPerMu: 12,
      listedPriceWanPerMu: 20,
      priorityProject: false,
    },
    commitments: {
      investmentWan: 5000,
      taxPerYearWan: 1000,
      jobs: 100,
      byYear: 3,
      clawbackProRata: true,
      clawbackYear: 4,
    },
  },
};
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('incentive package schemas', () => {
  it('accepts a valid package and fills defaults', () => {
    const p = incentivePackageCreateSchema.parse(valid);
    // Compile-time: the parsed components are the domain type the finance code takes.
    const components: IncentiveComponents = p.components;
    expect(components.land?.priceWanPerMu).toBe(14);
    expect(p.projectId).toBeNull();
    expect(p.isTemplate).toBe(false);
  });

  it('names the field in every range message', () => {
    const bad = {
      ...valid,
      components: { ...valid.components, land: { ...valid.components.land, priceWanPerMu: -1 } },
    };
    expect(messages(incentivePackageCreateSchema.safeParse(bad))).toEqual(['land.priceWanPerMu must be at least 0']);
    const stake = incentiveComponentsSchema.safeParse({
      equity: {
        amountWan: 1,
        share: 1.5,
        exitYear: 2.5,
        buybackRate: 0.05,
        dividendRate: 0,
        largestShareholder: false,
        guaranteedReturn: false,
        newAttractionFund: false,
      },
    });
    expect(messages(stake)).toEqual(['equity.share must be at most 1', 'equity.exitYear must be a whole number']);
    expect(
      messages(incentiveComponentsSchema.safeParse({ taxRefund: { share: 'half', years: 3, legalBasis: null } })),
    ).toEqual(['taxRefund.share must be a number']);
  });

  it('checks the lease terms fit the lease and the clawback follows the commitment', () => {
    const lease = {
      areaM2: 1000,
      marketRentYuanPerM2Month: 8,
      rentYuanPerM2Month: 8,
      freeMonths: 48,
      halfRentMonths: 0,
      leaseYears: 3,
      transferYear: 5,
      transferPriceWan: 100,
      buildingCostWan: 150,
    };
    expect(messages(incentiveComponentsSchema.safeParse({ lease }))).toEqual([
      'lease.freeMonths + lease.halfRentMonths must not exceed the lease',
      'lease.transferYear must fall within the lease',
    ]);
    const commitments = { ...valid.components.commitments, byYear: 5, clawbackYear: 4 };
    expect(messages(incentiveComponentsSchema.safeParse({ commitments }))).toEqual([
      'commitments.clawbackYear must not be before commitments.byYear',
    ]);
  });

  it('rejects unknown fields and requires a version on update', () => {
    expect(incentiveComponentsSchema.safeParse({ land: valid.components.land, bonus: 1 }).success).toBe(false);
    expect(incentivePackageUpdateSchema.safeParse({ name: 'x' }).success).toBe(false);
    expect(incentivePackageUpdateSchema.safeParse({ name: 'x', version: 2 }).success).toBe(true);
  });

  it('bounds the finance settings', () => {
    expect(financeSettingsSchema.safeParse({ discountRate: 0.03, butForShare: 0.13 }).success).toBe(true);
    expect(messages(financeSettingsSchema.safeParse({ butForShare: 2 }))).toEqual(['butForShare must be at most 1']);
  });
});
