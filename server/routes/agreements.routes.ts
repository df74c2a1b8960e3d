import { Router } from 'express';
import { z } from 'zod';
import { route } from '../http/route';
import { parse } from '../http/validate';
import { idSchema } from '../../shared/schemas/common';
import { landFlagsQuerySchema, leasesExpiringQuerySchema } from '../../shared/schemas/after-deal';
import { agreementsService } from '../services/agreements.service';
import { leasesService } from '../services/leases.service';
import { landFlagsService } from '../services/land-flags.service';

const listQuery = z.object({ jurisdictionId: idSchema.optional() });

export function agreementsRoutes(): Router {
  const r = Router();
  route(r, 'get', '/agreements', 'user', (req, _res, ctx) =>
    agreementsService.list(ctx, parse(listQuery, req.query, 'query')),
  );
  route(r, 'get', '/leases/expiring', 'user', (req, _res, ctx) =>
    leasesService.expiring(ctx, parse(leasesExpiringQuerySchema, req.query, 'query')),
  );
  route(r, 'get', '/land-flags', 'user', (req, _res, ctx) =>
    landFlagsService.list(ctx, parse(landFlagsQuerySchema, req.query, 'query')),
  );
  return r;
}
