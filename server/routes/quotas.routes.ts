import { Router } from 'express';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import { quotaBoardQuerySchema, quotasPutSchema } from '../../shared/schemas/quota';
import { quotaService } from '../services/quota.service';

export function quotasRoutes(): Router {
  const r = Router();
  route(r, 'get', '/quotas', 'user', (req, _res, ctx) =>
    quotaService.board(ctx, parse(quotaBoardQuerySchema, req.query, 'query').year ?? new Date().getFullYear()),
  );
  route(r, 'put', '/jurisdictions/:id/quotas', 'user', (req, _res, ctx) =>
    quotaService.put(ctx, idParam(req.params.id), parse(quotasPutSchema, req.body)),
  );
  return r;
}
