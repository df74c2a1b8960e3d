import { Router } from 'express';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import {
  buildingCreateSchema,
  buildingListQuerySchema,
  buildingUpdateSchema,
  unitCreateSchema,
  unitUpdateSchema,
} from '../../shared/schemas/building';
import { buildingsService } from '../services/buildings.service';

export function buildingsRoutes(): Router {
  const r = Router();
  route(r, 'get', '/buildings', 'user', (req, _res, ctx) =>
    buildingsService.list(ctx, parse(buildingListQuerySchema, req.query, 'query').parkId),
  );
  route(r, 'post', '/buildings', 'user', async (req, res, ctx) => {
    const b = await buildingsService.create(ctx, parse(buildingCreateSchema, req.body));
    res.status(201);
    return b;
  });
  route(r, 'get', '/buildings/:id', 'user', (req, _res, ctx) => buildingsService.get(ctx, idParam(req.params.id)));
  route(r, 'patch', '/buildings/:id', 'user', (req, _res, ctx) =>
    buildingsService.update(ctx, idParam(req.params.id), parse(buildingUpdateSchema, req.body)),
  );
  route(r, 'delete', '/buildings/:id', 'user', async (req, res, ctx) => {
    await buildingsService.remove(ctx, idParam(req.params.id));
    res.status(204).end();
  });
  route(r, 'get', '/buildings/:id/units', 'user', (req, _res, ctx) =>
    buildingsService.units(ctx, idParam(req.params.id)),
  );
  route(r, 'post', '/buildings/:id/units', 'user', async (req, res, ctx) => {
    const u = await buildingsService.createUnit(ctx, idParam(req.params.id), parse(unitCreateSchema, req.body));
    res.status(201);
    return u;
  });
  route(r, 'patch', '/units/:id', 'user', (req, _res, ctx) =>
    buildingsService.updateUnit(ctx, idParam(req.params.id), parse(unitUpdateSchema, req.body)),
  );
  route(r, 'delete', '/units/:id', 'user', async (req, res, ctx) => {
    await buildingsService.removeUnit(ctx, idParam(req.params.id));
    res.status(204).end();
  });
  return r;
}
