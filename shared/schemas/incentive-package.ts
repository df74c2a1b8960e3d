import { LEGAL_BASIS_KINDS } from '../rules';
import { z } from 'zod';
import { PACKAGE_TEMPLATE_KINDS } from '../types/incentive-package';
import { idSchema, patchSchema } from './common';

/** A number in [min, max] whose messages name the field (the form shows them beside it). */
const num = (field: string, min: number, max: number) =>
  z
    .number({ error: `${field} must be a number` })
    .finite(`${field} must be finite`)
    .min(min, `${field} must be at least ${min}`)
    .max(max, `${field} must be at most ${max}`);
const int = (field: string, min: number, max: number) => num(field, min, max).int(`${field} must be a whole number`);
const share = (field: string) => num(field, 0, 1);
const flag = (field: string) => z.boolean({ error: `${field} must be true or false` });

export const landComponentSchema = z.strictObject({
  areaMu: num('land.areaMu', 0.01, 100_000),
  priceWanPerMu: num('land.priceWanPerMu', 0, 10_000),
  preparationCostWanPerMu: num('land.preparationCostWanPerMu', 0, 10_000),
  listedPriceWanPerMu: num('land.listedPriceWanPerMu', 0, 10_000).optional(),
  priorityProject: flag('land.priorityProject'),
  priorityBasis: z
    .string({ error: 'land.priorityBasis must be text' })
    .trim()
    .max(200, 'land.priorityBasis must be at most 200 characters')
    .nullable()
    .optional(),
});

export const equityComponentSchema = z.strictObject({
  amountWan: num('equity.amountWan', 0, 10_000_000),
  share: share('equity.share'),
  exitYear: int('equity.exitYear', 1, 50),
  buybackRate: num('equity.buybackRate', 0, 0.5),
  dividendRate: num('equity.dividendRate', 0, 0.5),
  largestShareholder: flag('equity.largestShareholder'),
  guaranteedReturn: flag('equity.guaranteedReturn'),
  newAttractionFund: flag('equity.newAttractionFund'),
});

export const leaseComponentSchema = z
  .strictObject({
    areaM2: num('lease.areaM2', 1, 10_000_000),
    marketRentYuanPerM2Month: num('lease.marketRentYuanPerM2Month', 0, 500),
    rentYuanPerM2Month: num('lease.rentYuanPerM2Month', 0, 500),
    freeMonths: int('lease.freeMonths', 0, 600),
    halfRentMonths: int('lease.halfRentMonths', 0, 600),
    leaseYears: int('lease.leaseYears', 1, 50),
    transferYear: int('lease.transferYear', 1, 50).nullable(),
    transferPriceWan: num('lease.transferPriceWan', 0, 10_000_000),
    buildingCostWan: num('lease.buildingCostWan', 0, 10_000_000),
  })
  .refine((l) => l.freeMonths + l.halfRentMonths <= l.leaseYears * 12, {
    message: 'lease.freeMonths + lease.halfRentMonths must not exceed the lease',
    path: ['freeMonths'],
  })
  .refine((l) => l.transferYear == null || l.transferYear <= l.leaseYears, {
    message: 'lease.transferYear must fall within the lease',
    path: ['transferYear'],
  });

export const buildToSuitComponentSchema = z.strictObject({
  costWan: num('buildToSuit.costWan', 0, 10_000_000),
  buybackStartYear: int('buildToSuit.buybackStartYear', 0, 50),
  buybackYears: int('buildToSuit.buybackYears', 1, 50),
  buybackTotalWan: num('buildToSuit.buybackTotalWan', 0, 100_000_000),
});

export const equipmentSubsidyComponentSchema = z.strictObject({
  amountWan: num('equipmentSubsidy.amountWan', 0, 10_000_000),
  year: int('equipmentSubsidy.year', 0, 50),
});

export const taxRefundComponentSchema = z.strictObject({
  share: share('taxRefund.share'),
  years: int('taxRefund.years', 1, 50),
  legalBasis: z.string().trim().max(500, 'taxRefund.legalBasis must be at most 500 characters').nullable(),
  legalBasisKind: z
    .enum(LEGAL_BASIS_KINDS, {
      error: 'taxRefund.legalBasisKind must be law, administrative_regulation or state_council_approval',
    })
    .nullable()
    .optional(),
});

export const commitmentsSchema = z
  .strictObject({
    investmentWan: num('commitments.investmentWan', 0, 100_000_000),
    taxPerYearWan: num('commitments.taxPerYearWan', 0, 10_000_000),
    jobs: int('commitments.jobs', 0, 1_000_000),
    byYear: int('commitments.byYear', 0, 50),
    clawbackProRata: flag('commitments.clawbackProRata'),
    clawbackYear: int('commitments.clawbackYear', 0, 50),
  })
  .refine((c) => c.clawbackYear >= c.byYear, {
    message: 'commitments.clawbackYear must not be before commitments.byYear',
    path: ['clawbackYear'],
  });

export const incentiveComponentsSchema = z.strictObject({
  land: landComponentSchema.optional(),
  equity: equityComponentSchema.optional(),
  lease: leaseComponentSchema.optional(),
  buildToSuit: buildToSuitComponentSchema.optional(),
  equipmentSubsidy: equipmentSubsidyComponentSchema.optional(),
  taxRefund: taxRefundComponentSchema.optional(),
  commitments: commitmentsSchema.optional(),
});

const packageFields = z.strictObject({
  projectId: idSchema.nullable().default(null),
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  nameEn: z.string().trim().max(100, 'nameEn must be at most 100 characters').default(''),
  kind: z.enum(PACKAGE_TEMPLATE_KINDS).default('custom'),
  isTemplate: z.boolean().default(false),
  components: incentiveComponentsSchema,
});

export const incentivePackageCreateSchema = packageFields;
/** projectId and isTemplate are fixed at creation: a package moves by being copied. */
export const incentivePackageUpdateSchema = patchSchema(packageFields.omit({ projectId: true, isTemplate: true }));

/** The settings a comparison request may override (see shared/incentives/settings.ts). */
export const financeSettingsSchema = z.strictObject({
  horizonYears: int('horizonYears', 1, 50).optional(),
  discountRate: num('discountRate', 0, 0.3).optional(),
  investorDiscountRate: num('investorDiscountRate', 0, 0.5).optional(),
  butForShare: share('butForShare').optional(),
  localShareVat: share('localShareVat').optional(),
  localShareCit: share('localShareCit').optional(),
  retainedShareVat: share('retainedShareVat').optional(),
  retainedShareCit: share('retainedShareCit').optional(),
  equityStakeCap: share('equityStakeCap').optional(),
});

export type IncentiveComponentsInput = z.infer<typeof incentiveComponentsSchema>;
export type IncentivePackageCreate = z.infer<typeof incentivePackageCreateSchema>;
export type IncentivePackageUpdate = z.infer<typeof incentivePackageUpdateSchema>;
export type FinanceSettingsInput = z.infer<typeof financeSettingsSchema>;
