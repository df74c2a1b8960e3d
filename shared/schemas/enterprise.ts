import { z } from 'zod';
import { idSchema, nameSchema, pageQuerySchema, patchSchema } from './common';

const money = z.number().min(0).max(1e9);
export const enterpriseYearSchema = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  taxWan: money,
  valueAddedWan: z.number().min(-1e9).max(1e9),
  revenueWan: money,
  energyTce: z.number().min(0).max(1e9),
  emissionsT: z.number().min(0).max(1e9),
  rdSpendWan: money,
  employees: z.number().int().min(0).max(1_000_000),
});
export const enterpriseCreateSchema = z.strictObject({
  name: nameSchema,
  nameEn: z.string().max(200).default(''),
  industryId: idSchema,
  chainLinkId: idSchema.nullable().default(null),
  jurisdictionId: idSchema,
  isSmall: z.boolean().default(false),
  figures: z.array(enterpriseYearSchema).max(50).default([]),
});
export const enterpriseUpdateSchema = patchSchema(enterpriseCreateSchema);
export const enterpriseListQuerySchema = pageQuerySchema.extend({
  jurisdictionId: idSchema.optional(),
  industryId: idSchema.optional(),
  q: z.string().max(100).optional(),
});
export type EnterpriseCreate = z.infer<typeof enterpriseCreateSchema>;
export type EnterpriseUpdate = z.infer<typeof enterpriseUpdateSchema>;
