import type { Request, Response, Router } from 'express';
import { AppError } from '../../shared/errors';
import type { Ctx } from '../services/context';

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** Every API route, with whether it needs a session: the access test table is checked against it. */
export interface RouteDef {
  method: Method;
  path: string;
  auth: 'public' | 'user';
}

export const registry: RouteDef[] = [];

type Handler = (req: Request, res: Response, ctx: Ctx) => Promise<unknown> | unknown;

/**
 * Declares a route. The handler gets the request context (database and signed-in user) and
 * returns the JSON to send; returning undefined means it answered itself (files, 204, streams).
 */
export function route(r: Router, method: Method, path: string, auth: RouteDef['auth'], handler: Handler): void {
  const full = `/api${path}`;
  if (!registry.some((d) => d.method === method && d.path === full)) registry.push({ method, path: full, auth });
  r[method](path, async (req, res) => {
    const ctx = res.locals.ctx as Ctx | undefined;
    if (auth === 'user' && !ctx?.user) throw new AppError('UNAUTHENTICATED', 'sign in first', 401);
    const out = await handler(req, res, ctx as Ctx);
    if (out !== undefined && !res.headersSent) res.json(out);
  });
}
