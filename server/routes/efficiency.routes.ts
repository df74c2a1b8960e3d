import { Router } from 'express';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import { reviewQuerySchema, reviewRunSchema, tiersUpdateSchema } from '../../shared/schemas/after-deal';
import { efficiencyService } from '../services/efficiency.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function efficiencyRoutes(): Router {
  const r = Router();
  // With jurisdictionId and year: that kept review in full; otherwise the list of kept reviews.
  route(r, 'get', '/efficiency/reviews', 'user', (req, _res, ctx) => {
    const q = parse(reviewQuerySchema, req.query, 'query');
    if (q.jurisdictionId && q.year) return efficiencyService.get(ctx, q.jurisdictionId, q.year);
    return efficiencyService.list(ctx, q.jurisdictionId);
  });
  route(r, 'post', '/efficiency/reviews', 'user', async (req, res, ctx) => {
    const b = parse(reviewRunSchema, req.body);
    res.status(201);
    return efficiencyService.run(ctx, b.jurisdictionId, b.year);
  });
  route(r, 'get', '/efficiency/reviews/:id', 'user', (req, _res, ctx) =>
    efficiencyService.byId(ctx, idParam(req.params.id)),
  );
  route(r, 'get', '/efficiency/reviews/:id/export.xlsx', 'user', async (req, res, ctx) => {
    const { year, buf } = await efficiencyService.workbook(ctx, idParam(req.params.id));
    res.type(XLSX).attachment(`muyun-review-${year}.xlsx`).send(buf);
  });
  route(r, 'get', '/efficiency/tiers/:jurisdictionId', 'user', (req, _res, ctx) =>
    efficiencyService.tiers(ctx, idParam(req.params.jurisdictionId, 'jurisdictionId')),
  );
  route(r, 'put', '/efficiency/tiers/:jurisdictionId', 'user', (req, _res, ctx) => {
    const b = parse(tiersUpdateSchema, req.body);
    return efficiencyService.setTiers(ctx, idParam(req.params.jurisdictionId, 'jurisdictionId'), b.tiers, b.version);
  });
  return r;
}
