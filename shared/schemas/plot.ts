import { z } from 'zod';
import { PLOT_STATUSES, READINESS } from '../types/park';
import { geoPolygonSchema, idSchema, landUseSchema, pageQuerySchema, patchSchema } from './common';

export const plotStatusSchema = z.enum(PLOT_STATUSES);

/** A value in [min, max] or null (not entered); the message names the field. */
const indicator = (field: string, max: number) =>
  z
    .number({ error: `${field} must be a number or null` })
    .finite(`${field} must be finite`)
    .min(0, `${field} must be at least 0`)
    .max(max, `${field} must be at most ${max}`)
    .nullable()
    .default(null);
const indicatorSet = (prefix: string) =>
  z.strictObject({
    far: indicator(`indicators.${prefix}.far`, 20),
    buildingCoefficient: indicator(`indicators.${prefix}.buildingCoefficient`, 1),
    adminShare: indicator(`indicators.${prefix}.adminShare`, 1),
    greenShare: indicator(`indicators.${prefix}.greenShare`, 1),
    investmentWanPerMu: indicator(`indicators.${prefix}.investmentWanPerMu`, 1_000_000),
  });
const EMPTY = { far: null, buildingCoefficient: null, adminShare: null, greenShare: null, investmentWanPerMu: null };
/** Land-use indicators (国土资发〔2008〕24号): planned and actual; shares 0..1, intensity 万元/亩. */
export const plotIndicatorsSchema = z.strictObject({
  planned: indicatorSet('planned').default(EMPTY),
  actual: indicatorSet('actual').default(EMPTY),
});
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
  indicators: plotIndicatorsSchema.nullable().default(null),
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
