import { z } from 'zod';
import { MAX_RING_VERTICES } from '../geo/validate';
import { LAND_USES } from '../types/common';

/** Plain decimal digits only: Number() would also take `0x2`, `2e0`, ` 2 ` and `0b10` as 2. */
export const DECIMAL_ID = /^[0-9]{1,15}$/;

/** An id from JSON (a number) or a query string (decimal digits); anything else is left for zod to refuse. */
export const idSchema = z.preprocess(
  (v) => (typeof v === 'string' && DECIMAL_ID.test(v) ? Number(v) : v),
  z.number({ error: 'must be a plain decimal integer id' }).int('must be an integer').positive('must be a positive id'),
);
export const landUseSchema = z.enum(LAND_USES);
export const nameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** A position [lon, lat] in WGS84. Range is checked by shared/geo on import, so messages can name the feature. */
const position = z.array(z.number().finite()).min(2).max(3);
export const geoPolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z
    .array(
      z
        .array(position)
        .min(4, 'a ring needs at least 4 positions')
        .max(MAX_RING_VERTICES, `at most ${MAX_RING_VERTICES} positions per ring`),
    )
    .min(1)
    .max(50),
});

/** Lists: offset/limit pagination, `limit` capped so a client cannot ask for the whole city at once. */
export const pageQuerySchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});

/** Every update names the version it read: a stale version gets 409 (optimistic concurrency). */
export const versionSchema = z.object({ version: z.number({ error: 'version is required' }).int().positive() });

type Unwrapped<T> = T extends z.ZodDefault<infer I> ? I : T;

/**
 * The PATCH form of a create schema: every field optional and *without* its default. zod 4's
 * `.partial()` keeps defaults, which would silently reset fields the client did not send.
 */
export function patchSchema<S extends z.ZodRawShape>(create: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(create.shape)) {
    const field = v as z.ZodType;
    shape[k] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional();
  }
  return z.strictObject(shape as { [K in keyof S]: z.ZodOptional<Unwrapped<S[K]>> }).extend(versionSchema.shape);
}
