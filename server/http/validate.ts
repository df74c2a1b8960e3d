import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { DECIMAL_ID } from '../../shared/schemas/common';

/** Parses with a shared schema; the message names the first bad field so a user can fix it. */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where = 'body'): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.join('.') || where, message: i.message, code: i.code }));
  const first = issues[0];
  throw new AppError('VALIDATION', `${first.path}: ${first.message}`, 400, { issues });
}

export function idParam(value: unknown, name = 'id'): number {
  // Number('0x2') and Number('2e0') are 2: only plain decimal digits name a row.
  if (typeof value !== 'string' || !DECIMAL_ID.test(value))
    throw new AppError('VALIDATION', `${name}: must be a positive integer id in plain decimal digits`, 400);
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('VALIDATION', `${name}: must be a positive integer id`, 400);
  return n;
}
