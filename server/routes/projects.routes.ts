import { Router } from 'express';
import { z } from 'zod';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import { projectCreateSchema, projectListQuerySchema, projectUpdateSchema } from '../../shared/schemas/project';
import { projectsService } from '../services/projects.service';
import { exportProjectsCsv, importProjects } from '../services/project-import.service';

const importQuery = z.object({
  strict: z.enum(['true', 'false']).default('false'),
  dryRun: z.enum(['true', 'false']).default('false'),
});

export function projectsRoutes(): Router {
  const r = Router();
  route(r, 'get', '/projects', 'user', (req, _res, ctx) =>
    projectsService.list(ctx, parse(projectListQuerySchema, req.query, 'query')),
  );
  route(r, 'post', '/projects', 'user', async (req, res, ctx) => {
    const p = await projectsService.create(ctx, parse(projectCreateSchema, req.body));
    res.status(201);
    return p;
  });
  route(r, 'get', '/projects/export', 'user', async (_req, res, ctx) => {
    const csv = await exportProjectsCsv(ctx);
    res.type('text/csv; charset=utf-8').attachment('projects.csv').send(csv);
  });
  route(r, 'post', '/projects/import', 'user', async (req, res, ctx) => {
    const q = parse(importQuery, req.query, 'query');
    const report = await importProjects(ctx, req.body, {
      strict: q.strict === 'true',
      dryRun: q.dryRun === 'true',
    });
    res.status(report.dryRun ? 200 : 201);
    return report;
  });
  route(r, 'get', '/projects/:id', 'user', (req, _res, ctx) => projectsService.get(ctx, idParam(req.params.id)));
  route(r, 'get', '/projects/:id/history', 'user', (req, _res, ctx) =>
    projectsService.history(ctx, idParam(req.params.id)),
  );
  route(r, 'patch', '/projects/:id', 'user', (req, _res, ctx) =>
    projectsService.update(ctx, idParam(req.params.id), parse(projectUpdateSchema, req.body)),
  );
  route(r, 'delete', '/projects/:id', 'user', async (req, res, ctx) => {
    await projectsService.remove(ctx, idParam(req.params.id));
    res.status(204).end();
  });
  return r;
}
