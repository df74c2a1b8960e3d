import type { ErrorRequestHandler } from 'express';
import { AppError, isAppError } from '../../shared/errors';

/** Errors from SQLite constraints, turned into answers a user can act on instead of a 500. */
function fromSqlite(err: { code?: string; message?: string }): AppError | null {
  const msg = err.message ?? '';
  if (err.code !== 'SQLITE_CONSTRAINT' && !msg.includes('SQLITE_CONSTRAINT')) return null;
  if (msg.includes('FOREIGN KEY'))
    return new AppError(
      'REFERENCE',
      'a referenced record does not exist, or other records still refer to this one',
      409,
    );
  const unique = /UNIQUE constraint failed: ([\w.,\s]+)/.exec(msg);
  if (unique) return new AppError('DUPLICATE', `already exists: ${unique[1].trim()} must be unique`, 409);
  return new AppError('CONSTRAINT', 'the change breaks a data rule', 409);
}

/** The same for PostgreSQL, whose errors carry an SQLSTATE code and the offending key in `detail`. */
function fromPostgres(err: { code?: string; detail?: string }): AppError | null {
  if (err.code === '23503')
    return new AppError(
      'REFERENCE',
      'a referenced record does not exist, or other records still refer to this one',
      409,
    );
  if (err.code === '23505') {
    const key = /Key \(([^)]+)\)/.exec(err.detail ?? '')?.[1] ?? 'a key';
    return new AppError('DUPLICATE', `already exists: ${key} must be unique`, 409);
  }
  if (err.code === '23502' || err.code === '23514')
    return new AppError('CONSTRAINT', 'the change breaks a data rule', 409);
  // Still colliding after the retries (see Db.write): the user's next try will most likely pass.
  if (err.code === '40001' || err.code === '40P01')
    return new AppError('CONCURRENT_CHANGE', 'others changed the same records at the same moment; try again', 409);
  return null;
}

/**
 * The one error handler: JSON `{ error: { code, message, details } }`, never a stack trace,
 * whatever NODE_ENV says. Unknown errors are logged here and answered with a plain 500.
 */
export function errorHandler(log: (msg: string, err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    let e: AppError;
    if (isAppError(err)) e = err;
    else if (err?.type === 'entity.parse.failed') e = new AppError('MALFORMED_JSON', 'body: malformed JSON', 400);
    else if (err?.type === 'entity.too.large')
      e = new AppError('BODY_TOO_LARGE', `body: larger than the limit of ${err.limit} bytes`, 413);
    else if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported')
      e = new AppError('UNSUPPORTED_ENCODING', 'body: unsupported encoding or charset', 415);
    else if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500)
      e = new AppError('BAD_REQUEST', String(err.message ?? 'bad request'), err.status);
    else e = fromSqlite(err ?? {}) ?? fromPostgres(err ?? {}) ?? new AppError('INTERNAL', 'internal error', 500);
    if (e.status >= 500) log('request failed', err);
    if (e.status === 429 && (e.details as { retryAfterSeconds?: number })?.retryAfterSeconds)
      res.set('Retry-After', String((e.details as { retryAfterSeconds: number }).retryAfterSeconds));
    res.status(e.status).json({ error: { code: e.code, message: e.message, details: e.details ?? null } });
  };
}
