import { z } from 'zod';
import { UNIT_STATUSES } from '../types/park';
import { geoPolygonSchema, idSchema, nameSchema, pageQuerySchema, patchSchema } from './common';

export const buildingCreateSchema = z.strictObject({
  parkId: idSchema,
  plotId: idSchema.nullable().default(null),
  code: z.string().trim().min(1).max(60),
  name: nameSchema,
  footprint: geoPolygonSchema,
  floors: z.number().int().min(1).max(30),
  floorAreaM2: z.number().positive().max(1_000_000),
  ceilingHeightM: z.number().positive().max(50),
  floorLoadKnPerM2: z.number().positive().max(100),
  rentYuanPerM2Month: z.number().min(0).max(200),
});
export const buildingUpdateSchema = patchSchema(buildingCreateSchema.omit({ parkId: true }));

export const unitCreateSchema = z.strictObject({
  code: z.string().trim().min(1).max(60),
  floor: z.number().int().min(1).max(30),
  areaM2: z.number().positive().max(100_000),
  status: z.enum(UNIT_STATUSES).default('vacant'),
  enterpriseId: idSchema.nullable().default(null),
  projectId: idSchema.nullable().default(null),
});
export const unitUpdateSchema = patchSchema(unitCreateSchema);

export const buildingListQuerySchema = pageQuerySchema.extend({ parkId: idSchema.optional() });
export type BuildingCreate = z.infer<typeof buildingCreateSchema>;
export type BuildingUpdate = z.infer<typeof buildingUpdateSchema>;
export type UnitCreate = z.infer<typeof unitCreateSchema>;
export type UnitUpdate = z.infer<typeof unitUpdateSchema>;
