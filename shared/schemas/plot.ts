import { z } from 'zod';
import { PLOT_STATUSES, READINESS } from '../types/park';
import { geoPolygonSchema, idSchema, landUseSchema, pageQuerySchema, patchSchema } from './common';

export const plotStatusSchema = z.enum(PLOT_STATUSES);
export const plotCreateSchema = z.strictObject({
  parkId: idSchema,
  code: z.string().trim().min(1, 'must not be empty').max(60),
  polygon: geoPolygonSchema,
  declaredAreaMu: z.number().positive().max(100000).nullable().default(null),
  landUse: landUseSchema,
  status: plotStatusSchema.default('vacant'),
  readiness: z.enum(READINESS).default('raw'),
  enterpriseId: idSchema.nullable().default(null),
  projectId: idSchema.nullable().default(null),
});
/** parkId cannot change: moving a plot to another park is a delete and a create. */
export const plotUpdateSchema = patchSchema(plotCreateSchema.omit({ parkId: true }));
export type PlotCreate = z.infer<typeof plotCreateSchema>;
export type PlotUpdate = z.infer<typeof plotUpdateSchema>;

export const plotListQuerySchema = pageQuerySchema.extend({
  parkId: idSchema.optional(),
  status: plotStatusSchema.optional(),
  landUse: landUseSchema.optional(),
  q: z.string().max(100).optional(),
  minMu: z.coerce.number().min(0).optional(),
  maxMu: z.coerce.number().min(0).optional(),
});
export type PlotListQuery = z.infer<typeof plotListQuerySchema>;
