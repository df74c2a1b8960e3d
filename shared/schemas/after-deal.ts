import { z } from 'zod';
import { idSchema } from './common';

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a real calendar date');

/** GET /api/leases/expiring: leases ending within `months` of `asOf` (default today). */
export const leasesExpiringQuerySchema = z.object({
  months: z.coerce.number().int('must be a whole number of months').min(1).max(120).default(12),
  parkId: idSchema.optional(),
  jurisdictionId: idSchema.optional(),
  asOf: isoDateSchema.optional(),
});
export type LeasesExpiringQuery = z.infer<typeof leasesExpiringQuerySchema>;

export const yearSchema = z.coerce.number().int('must be a whole year').min(2000).max(2100);

/** GET /api/efficiency/reviews: one county's kept review of a year, or (no year) the list of kept reviews. */
export const reviewQuerySchema = z.object({ jurisdictionId: idSchema.optional(), year: yearSchema.optional() });
export const reviewRunSchema = z.strictObject({ jurisdictionId: idSchema, year: z.number().int().min(2000).max(2100) });

const tierSchema = z.strictObject({
  grade: z.enum(['A', 'B', 'C', 'D']),
  electricitySurchargeYuanPerKwh: z.number().finite().min(0).max(10),
  waterSurchargeYuanPerM3: z.number().finite().min(0).max(100),
  landUseTaxReliefShare: z.number().finite().min(0).max(1),
  landPriority: z.enum(['first', 'normal', 'limited', 'none']),
  noteZh: z.string().max(500),
  noteEn: z.string().max(500),
});
/** PUT /api/efficiency/tiers/:jurisdictionId: one tier per grade, A to D. */
export const tiersUpdateSchema = z.strictObject({
  version: z.number().int().min(0),
  tiers: z
    .array(tierSchema)
    .length(4, 'one tier for each grade A, B, C, D')
    .refine((t) => t.map((x) => x.grade).join('') === 'ABCD', 'tiers must be in grade order A, B, C, D'),
});

/** GET /api/land-flags: idle and inefficient plots, per county or park, as of a date (default today). */
export const landFlagsQuerySchema = z.object({
  jurisdictionId: idSchema.optional(),
  parkId: idSchema.optional(),
  asOf: isoDateSchema.optional(),
});
