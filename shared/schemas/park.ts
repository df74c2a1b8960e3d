import { z } from 'zod';
import { geoPolygonSchema, idSchema, nameSchema, patchSchema } from './common';

export const parkCreateSchema = z.strictObject({
  jurisdictionId: idSchema,
  name: nameSchema,
  nameEn: z.string().max(200).default(''),
  boundary: geoPolygonSchema,
  dominantChainIds: z.array(idSchema).max(10).default([]),
  minDominantShare: z.number().min(0).max(1).default(0.7),
  landGrade: z.number().int().min(1).max(15),
  listedLandPriceWanPerMu: z.number().min(0).max(10000),
  minInvestmentIntensityWanPerMu: z.number().min(0).max(100000),
  minTaxPerMuWan: z.number().min(0).max(10000),
  minFar: z.number().min(0).max(10),
});
export const parkUpdateSchema = patchSchema(parkCreateSchema);
export type ParkCreate = z.infer<typeof parkCreateSchema>;
export type ParkUpdate = z.infer<typeof parkUpdateSchema>;
