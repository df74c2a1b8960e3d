import { Router } from 'express';
import { z } from 'zod';
import { route } from '../http/route';
import { parse } from '../http/validate';
import { idSchema } from '../../shared/schemas/common';
import { landFlagsQuerySchema, leasesExpiringQuerySchema } from '../../shared/schemas/after-deal';
import { agreementsService } from '../services/agreements.service';
import { leasesService } from '../services/leases.service';
import { landFlagsService } from '../services/land-flags.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const listQuery = z.object({ jurisdictionId: idSchema.optional() });

export function agreementsRoutes(): Router {
  const r = Router();
  route(r, 'get', '/agreements', 'user', (req, _res, ctx) =>
    agreementsService.list(ctx, parse(listQuery, req.query, 'query')),
  );
  route(r, 'get', '/agreements/export.xlsx', 'user', async (req, res, ctx) => {
    const f = parse(listQuery, req.query, 'query');
    const buf = await agreementsService.workbook(ctx, f);
    res
      .type(XLSX)
      .attachment(`agreements${f.jurisdictionId ? `-${f.jurisdictionId}` : ''}.xlsx`)
      .send(buf);
  });
  route(r, 'get', '/leases/expiring', 'user', (req, _res, ctx) =>
    leasesService.expiring(ctx, parse(leasesExpiringQuerySchema, req.query, 'query')),
  );
  route(r, 'get', '/land-flags', 'user', (req, _res, ctx) =>
    landFlagsService.list(ctx, parse(landFlagsQuerySchema, req.query, 'query')),
  );
  return r;
}
