import { Router } from 'express';
import { z } from 'zod';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import { idSchema } from '../../shared/schemas/common';
import { incentivePackageCreateSchema, incentivePackageUpdateSchema } from '../../shared/schemas/incentive-package';
import { packagesService } from '../services/packages.service';

const listQuery = z.object({ projectId: idSchema.optional(), templates: z.enum(['true', 'false']).optional() });
const templatesQuery = z.object({ projectId: idSchema, parkId: idSchema.optional() });

export function packagesRoutes(): Router {
  const r = Router();
  route(r, 'get', '/packages', 'user', (req, _res, ctx) => {
    const q = parse(listQuery, req.query, 'query');
    return packagesService.list(ctx, {
      projectId: q.projectId,
      templates: q.templates === undefined ? undefined : q.templates === 'true',
    });
  });
  route(r, 'get', '/packages/templates', 'user', (req, _res, ctx) => {
    const q = parse(templatesQuery, req.query, 'query');
    return packagesService.templatesFor(ctx, q.projectId, q.parkId);
  });
  route(r, 'post', '/packages', 'user', async (req, res, ctx) => {
    const p = await packagesService.create(ctx, parse(incentivePackageCreateSchema, req.body));
    res.status(201);
    return p;
  });
  route(r, 'get', '/packages/:id', 'user', (req, _res, ctx) => packagesService.get(ctx, idParam(req.params.id)));
  route(r, 'patch', '/packages/:id', 'user', (req, _res, ctx) =>
    packagesService.update(ctx, idParam(req.params.id), parse(incentivePackageUpdateSchema, req.body)),
  );
  route(r, 'delete', '/packages/:id', 'user', async (req, res, ctx) => {
    await packagesService.remove(ctx, idParam(req.params.id));
    res.status(204).end();
  });
  return r;
}
