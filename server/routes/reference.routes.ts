import { Router } from 'express';
import { route } from '../http/route';
import { referenceRepo } from '../repositories/reference.repo';
import { auditRepo } from '../repositories/audit.repo';
import { parse } from '../http/validate';
import { z } from 'zod';
import { assertAdmin } from '../services/access';
import { eventLoopDelay } from '../http/event-loop';

// Reference data is read whole and rarely changes: the routes read the repositories directly
// rather than through a pass-through service.
export function referenceRoutes(): Router {
  const r = Router();
  route(r, 'get', '/health', 'public', async (_req, res) => {
    const ctx = res.locals.ctx;
    await ctx.db.read.query('SELECT 1');
    return { status: 'ok', time: new Date().toISOString(), eventLoop: eventLoopDelay() };
  });
  route(r, 'get', '/jurisdictions', 'user', (_req, _res, ctx) => referenceRepo.jurisdictions(ctx.db.read));
  route(r, 'get', '/industries', 'user', (_req, _res, ctx) => referenceRepo.industries(ctx.db.read));
  route(r, 'get', '/chains', 'user', (_req, _res, ctx) => referenceRepo.chains(ctx.db.read));
  route(r, 'get', '/audit', 'user', (req, _res, ctx) => {
    assertAdmin(ctx.user);
    const q = parse(z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }), req.query, 'query');
    return auditRepo.recent(ctx.db.read, q.limit);
  });
  return r;
}
