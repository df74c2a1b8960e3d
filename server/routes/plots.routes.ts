import { Router } from 'express';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import { plotCreateSchema, plotListQuerySchema, plotUpdateSchema } from '../../shared/schemas/plot';
import { plotsService } from '../services/plots.service';
import { landUseService } from '../services/land-use.service';
import { plotExportQuerySchema } from '../../shared/schemas/plot-import';
import { exportPlots } from '../services/plot-export.service';
import { sendFile } from './parks.routes';

export function plotsRoutes(): Router {
  const r = Router();
  route(r, 'get', '/plots', 'user', (req, _res, ctx) =>
    plotsService.list(ctx, parse(plotListQuerySchema, req.query, 'query')),
  );
  route(r, 'post', '/plots', 'user', async (req, res, ctx) => {
    const p = await plotsService.create(ctx, parse(plotCreateSchema, req.body));
    res.status(201);
    return p;
  });
  // Every park's plots in one file; before /plots/:id so "export" is not taken for an id.
  route(r, 'get', '/plots/export', 'user', async (req, res, ctx) => {
    const q = parse(plotExportQuerySchema, req.query, 'query');
    sendFile(res, await exportPlots(ctx, null, q.format, q.srs));
  });
  route(r, 'get', '/plots/:id', 'user', (req, _res, ctx) => plotsService.get(ctx, idParam(req.params.id)));
  route(r, 'get', '/plots/:id/land-use', 'user', (req, _res, ctx) => landUseService.get(ctx, idParam(req.params.id)));
  route(r, 'get', '/plots/:id/history', 'user', (req, _res, ctx) => plotsService.history(ctx, idParam(req.params.id)));
  route(r, 'patch', '/plots/:id', 'user', (req, _res, ctx) =>
    plotsService.update(ctx, idParam(req.params.id), parse(plotUpdateSchema, req.body)),
  );
  route(r, 'delete', '/plots/:id', 'user', async (req, res, ctx) => {
    await plotsService.remove(ctx, idParam(req.params.id));
    res.status(204).end();
  });
  return r;
}
