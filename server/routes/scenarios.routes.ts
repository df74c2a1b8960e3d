import { Router } from 'express';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import {
  scenarioCommitSchema,
  scenarioCompareQuerySchema,
  scenarioCreateSchema,
  scenarioFocusSchema,
  scenarioUpdateSchema,
} from '../../shared/schemas/scenario';
import { SCENARIO_DEFAULT_LEVERS } from '../../shared/schemas/scenario';
import { scenariosService } from '../services/scenarios.service';
import { commitScenario } from '../services/scenario-commit.service';
import { exportScenarioXlsx } from '../services/scenario-export.service';
import type { SolveJobs } from '../services/solve-jobs.service';
import { AppError } from '../../shared/errors';
import { focusThetas } from '../../shared/scenarios/focus';

const jobIdParam = (v: unknown) => {
  const s = String(v);
  if (!/^[0-9a-f-]{36}$/.test(s)) throw new AppError('VALIDATION', 'jobId: not a job id', 400);
  return s;
};

export function scenariosRoutes(jobs: SolveJobs): Router {
  const r = Router();
  route(r, 'get', '/scenarios', 'user', (_req, _res, ctx) => scenariosService.list(ctx));
  route(r, 'get', '/scenarios/defaults', 'user', () => ({ levers: SCENARIO_DEFAULT_LEVERS }));
  route(r, 'get', '/scenarios/compare', 'user', (req, _res, ctx) => {
    const q = parse(scenarioCompareQuerySchema, req.query, 'query');
    return scenariosService.compare(ctx, q.ids.split(',').map(Number));
  });
  route(r, 'post', '/scenarios', 'user', async (req, res, ctx) => {
    const s = await scenariosService.create(ctx, parse(scenarioCreateSchema, req.body));
    res.status(201);
    return s;
  });
  route(r, 'get', '/scenarios/:id', 'user', (req, _res, ctx) => scenariosService.get(ctx, idParam(req.params.id)));
  route(r, 'patch', '/scenarios/:id', 'user', (req, _res, ctx) =>
    scenariosService.update(ctx, idParam(req.params.id), parse(scenarioUpdateSchema, req.body)),
  );
  route(r, 'delete', '/scenarios/:id', 'user', async (req, res, ctx) => {
    await scenariosService.remove(ctx, idParam(req.params.id));
    res.status(204).end();
  });
  route(r, 'post', '/scenarios/:id/duplicate', 'user', async (req, res, ctx) => {
    const s = await scenariosService.duplicate(ctx, idParam(req.params.id));
    res.status(201);
    return s;
  });
  route(r, 'post', '/scenarios/:id/solve', 'user', async (req, res, ctx) => {
    const job = await jobs.start(ctx, idParam(req.params.id));
    res.status(202);
    return job;
  });
  // The price of focus: one verified solve per θ, as a job polled at /solve-jobs/:jobId.
  route(r, 'post', '/scenarios/:id/focus', 'user', async (req, res, ctx) => {
    const body = parse(scenarioFocusSchema, req.body ?? {});
    const job = await jobs.startFocus(ctx, idParam(req.params.id), focusThetas(body.thetas));
    res.status(202);
    return job;
  });
  route(r, 'post', '/scenarios/:id/commit', 'user', (req, _res, ctx) =>
    commitScenario(ctx, idParam(req.params.id), parse(scenarioCommitSchema, req.body).version),
  );
  route(r, 'get', '/scenarios/:id/export.xlsx', 'user', async (req, res, ctx) => {
    const x = await exportScenarioXlsx(ctx, idParam(req.params.id));
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment(x.name).send(x.buffer);
  });
  route(r, 'get', '/solve-jobs/:jobId', 'user', (req, _res, ctx) => jobs.get(ctx, jobIdParam(req.params.jobId)));
  route(r, 'post', '/solve-jobs/:jobId/cancel', 'user', (req, _res, ctx) =>
    jobs.cancel(ctx, jobIdParam(req.params.jobId)),
  );
  return r;
}
