import type { RequestHandler, Response } from 'express';
import { AppError } from '../../shared/errors';
import type { AuthService } from '../services/auth.service';
import type { Ctx } from '../services/context';

export const SESSION_COOKIE = 'pp_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== name) continue;
    // A hand-made or truncated cookie (`%E0%A4%A`) makes decodeURIComponent throw; that is the client's fault.
    try {
      return decodeURIComponent(v.join('='));
    } catch {
      throw new AppError('BAD_COOKIE', `cookie ${name}: not a valid percent-encoded value`, 400);
    }
  }
  return null;
}

export function setSessionCookie(res: Response, token: string, expiresAt: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

/**
 * Resolves the session cookie into the request context, and for every write demands the
 * session's CSRF token in the X-CSRF-Token header (a cross-site form cannot read or send it).
 */
export function sessionMiddleware(base: Omit<Ctx, 'user'>, auth: AuthService): RequestHandler {
  return async (req, res, next) => {
    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const session = token ? await auth.resolve(token) : null;
    res.locals.ctx = { ...base, user: session?.user ?? null };
    res.locals.sessionToken = session ? token : null;
    if (session && !SAFE_METHODS.has(req.method) && req.path !== '/auth/login') {
      if (req.get('x-csrf-token') !== session.csrfToken)
        return next(new AppError('CSRF', 'missing or wrong X-CSRF-Token header', 403));
    }
    res.locals.csrfToken = session?.csrfToken ?? null;
    next();
  };
}
