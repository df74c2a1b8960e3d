import { Router } from 'express';
import { route } from '../http/route';
import { parse, idParam } from '../http/validate';
import { loginSchema, userCreateSchema, userUpdateSchema } from '../../shared/schemas/auth';
import { clearSessionCookie, setSessionCookie } from '../http/session';
import type { AuthService } from '../services/auth.service';

export function authRoutes(auth: AuthService, opts: { cookieSecure: boolean }): Router {
  const r = Router();

  route(r, 'post', '/auth/login', 'public', async (req, res) => {
    const body = parse(loginSchema, req.body);
    const s = await auth.login(body.username, body.password, req.ip ?? 'unknown');
    setSessionCookie(res, s.token, s.expiresAt, opts.cookieSecure);
    return { user: s.user, csrfToken: s.csrfToken, expiresAt: s.expiresAt };
  });

  route(r, 'post', '/auth/logout', 'user', async (_req, res, ctx) => {
    await auth.logout(res.locals.sessionToken as string, ctx.user);
    clearSessionCookie(res, opts.cookieSecure);
    res.status(204).end();
  });

  route(r, 'get', '/auth/me', 'user', (_req, res, ctx) => ({ user: ctx.user, csrfToken: res.locals.csrfToken }));

  route(r, 'get', '/users', 'user', (_req, _res, ctx) => auth.listUsers(ctx));
  route(r, 'post', '/users', 'user', async (req, res, ctx) => {
    const u = await auth.createUser(ctx, parse(userCreateSchema, req.body));
    res.status(201);
    return u;
  });
  route(r, 'patch', '/users/:id', 'user', (req, _res, ctx) =>
    auth.updateUser(ctx, idParam(req.params.id), parse(userUpdateSchema, req.body)),
  );
  route(r, 'delete', '/users/:id', 'user', async (req, res, ctx) => {
    await auth.removeUser(ctx, idParam(req.params.id));
    res.status(204).end();
  });
  return r;
}
