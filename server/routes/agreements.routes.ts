import { Router } from 'express';
import { z } from 'zod';
import { route } from '../http/route';
import { parse } from '../http/validate';
import { idSchema } from '../../shared/schemas/common';
import { leasesExpiringQuerySchema } from '../../shared/schemas/after-deal';
import { agreementsService } from '../services/agreements.service';
import { leasesService } from '../services/leases.service';

const listQuery = z.object({ jurisdictionId: idSchema.optional() });

export function agreementsRoutes(): Router {
  const r = Router();
  route(r, 'get', '/agreements', 'user', (req, _res, ctx) =>
    agreementsService.list(ctx, parse(listQuery, req.query, 'query')),
  );
  route(r, 'get', '/leases/expiring', 'user', (req, _res, ctx) =>
    leasesService.expiring(ctx, parse(leasesExpiringQuerySchema, req.query, 'query')),
  );
  return r;
}
