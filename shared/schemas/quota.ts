import { z } from 'zod';
import { LEADER_ROLES } from '../types/jurisdiction';
import { idSchema, nameSchema } from './common';

export const yearSchema = z.coerce.number().int().min(2000).max(2100);

export const leaderQuotaInputSchema = z.strictObject({
  role: z.enum(LEADER_ROLES),
  leaderName: nameSchema,
  count: z.number().int().min(0).max(1000),
  minInvestmentWan: z.number().min(0).max(1e8),
  dominantOnly: z.boolean().default(false),
});

/** PUT /api/jurisdictions/:id/quotas: the whole set of a jurisdiction's quotas for one year. */
export const quotasPutSchema = z.strictObject({
  year: yearSchema,
  quotas: z.array(leaderQuotaInputSchema).max(20),
});
export const quotaBoardQuerySchema = z.object({ year: yearSchema.optional() });

/** POST /api/projects/:id/land: the plot (else the one reserved for the project) and the year of the figures. */
export const landProjectSchema = z.strictObject({
  plotId: idSchema.optional(),
  year: yearSchema.optional(),
  enterpriseName: z.string().trim().min(1).max(200).optional(),
});
export type QuotasPut = z.infer<typeof quotasPutSchema>;
export type LandProject = z.infer<typeof landProjectSchema>;
