import type { z } from 'zod';
import { AppError } from '../../shared/errors';

/** Parses with a shared schema; the message names the first bad field so a user can fix it. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where = 'body'): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.join('.') || where, message: i.message, code: i.code }));
  const first = issues[0];
  throw new AppError('VALIDATION', `${first.path}: ${first.message}`, 400, { issues });
}

export function idParam(value: unknown, name = 'id'): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('VALIDATION', `${name}: must be a positive integer id`, 400);
  return n;
}
