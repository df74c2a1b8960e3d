import { z } from 'zod';
import { exclusionSchema, leversSchema, pinSchema, DEFAULT_LEVERS } from './scenario-file';
import { idSchema, nameSchema } from './common';

/** Levers as a form sends them: any subset, merged over DEFAULT_LEVERS. */
export const leversInputSchema = leversSchema.partial().extend({ weights: leversSchema.shape.weights.partial().optional() });

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

export const scenarioCommitSchema = z.strictObject({ version: z.number({ error: 'version is required' }).int().positive() });
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
export { DEFAULT_LEVERS };
