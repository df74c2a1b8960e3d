import { z } from 'zod';
import { exclusionSchema, leversSchema, pinSchema, DEFAULT_LEVERS } from './scenario-file';
import { idSchema, nameSchema } from './common';

/** Levers as a form sends them: any subset, merged over DEFAULT_LEVERS. */
export const leversInputSchema = leversSchema
  .partial()
  .extend({ weights: leversSchema.shape.weights.partial().optional() });

export const scenarioCreateSchema = z.strictObject({
  name: nameSchema,
  /** Counties in scope; empty = whole city (administrators only). */
  jurisdictionIds: z.array(idSchema).max(50).default([]),
  levers: leversInputSchema.optional(),
  pins: z.array(pinSchema).max(1000).default([]),
  exclusions: z.array(exclusionSchema).max(5000).default([]),
});

export const scenarioUpdateSchema = z.strictObject({
  name: nameSchema.optional(),
  jurisdictionIds: z.array(idSchema).max(50).optional(),
  levers: leversInputSchema.optional(),
  pins: z.array(pinSchema).max(1000).optional(),
  exclusions: z.array(exclusionSchema).max(5000).optional(),
  version: z.number({ error: 'version is required' }).int().positive(),
});

export const scenarioCommitSchema = z.strictObject({
  version: z.number({ error: 'version is required' }).int().positive(),
});
/** A price-of-focus request: the θ values to solve at (default FOCUS_DEFAULT_THETAS, 50% to 95%). */
export const scenarioFocusSchema = z.strictObject({
  thetas: z
    .array(z.number().finite().min(0, 'each θ is a share from 0 to 1').max(1, 'each θ is a share from 0 to 1'))
    .min(2, 'give at least two values of θ')
    .max(8, 'at most eight values of θ (each is a full solve)')
    .optional(),
});
export const scenarioCompareQuerySchema = z.object({
  ids: z.string().regex(/^\d+(,\d+){1,2}$/, 'give two or three scenario ids, comma-separated'),
});

export type ScenarioCreate = z.infer<typeof scenarioCreateSchema>;
export type ScenarioUpdate = z.infer<typeof scenarioUpdateSchema>;
export type LeversInput = z.infer<typeof leversInputSchema>;

export function mergeLevers(base: z.infer<typeof leversSchema>, input?: LeversInput): z.infer<typeof leversSchema> {
  if (!input) return base;
  return { ...base, ...input, weights: { ...base.weights, ...(input.weights ?? {}) } } as z.infer<typeof leversSchema>;
}
/**
 * What a new scenario starts from: the engine's defaults with finite budgets. An equity stake bought
 * back above the discount rate costs nothing in present value, so without a fund limit every project
 * would be offered one; and 国办发〔2025〕1号 restricts such funds. 5亿元 of equity and 3亿元 of incentive
 * present value are demo settings the bureau changes per scenario.
 */
export const SCENARIO_DEFAULT_LEVERS: z.infer<typeof leversSchema> = {
  ...DEFAULT_LEVERS,
  equityFundWan: 50_000,
  incentiveBudgetWan: 30_000,
};
export { DEFAULT_LEVERS };
