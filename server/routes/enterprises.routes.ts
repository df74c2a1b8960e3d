import { Router } from 'express';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import {
  enterpriseCreateSchema,
  enterpriseListQuerySchema,
  enterpriseUpdateSchema,
} from '../../shared/schemas/enterprise';
import { enterprisesService } from '../services/enterprises.service';

export function enterprisesRoutes(): Router {
  const r = Router();
  route(r, 'get', '/enterprises', 'user', (req, _res, ctx) =>
    enterprisesService.list(ctx, parse(enterpriseListQuerySchema, req.query, 'query')),
  );
  route(r, 'post', '/enterprises', 'user', async (req, res, ctx) => {
    const e = await enterprisesService.create(ctx, parse(enterpriseCreateSchema, req.body));
    res.status(201);
    return e;
  });
  route(r, 'get', '/enterprises/:id', 'user', (req, _res, ctx) => enterprisesService.get(ctx, idParam(req.params.id)));
  route(r, 'patch', '/enterprises/:id', 'user', (req, _res, ctx) =>
    enterprisesService.update(ctx, idParam(req.params.id), parse(enterpriseUpdateSchema, req.body)),
  );
  route(r, 'delete', '/enterprises/:id', 'user', async (req, res, ctx) => {
    await enterprisesService.remove(ctx, idParam(req.params.id));
    res.status(204).end();
  });
  return r;
}
