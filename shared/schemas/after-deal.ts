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
