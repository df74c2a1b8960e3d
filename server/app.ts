import express, { Router } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db/db';
import type { Config } from './config';
import { errorHandler } from './http/errors';
import { sessionMiddleware } from './http/session';
import { authService } from './services/auth.service';
import { AppError } from '../shared/errors';
import { authRoutes } from './routes/auth.routes';
import { referenceRoutes } from './routes/reference.routes';
import { parksRoutes } from './routes/parks.routes';
import { mapWarmer } from './services/map-warmer';
import { plotsRoutes } from './routes/plots.routes';
import { buildingsRoutes } from './routes/buildings.routes';
import { enterprisesRoutes } from './routes/enterprises.routes';
import { projectsRoutes } from './routes/projects.routes';
import { mapRoutes } from './routes/map.routes';
import { pipelineRoutes } from './routes/pipeline.routes';
import { quotasRoutes } from './routes/quotas.routes';
import { packagesRoutes } from './routes/packages.routes';
import { scenariosRoutes } from './routes/scenarios.routes';
import { solveJobs } from './services/solve-jobs.service';
import { agreementsRoutes } from './routes/agreements.routes';
import { filingsRoutes } from './routes/filings.routes';
import { efficiencyRoutes } from './routes/efficiency.routes';
import { createSolverPool, type SolverPool } from './workers/solver-pool';
import { createReadCaches } from './services/caches';

export interface AppDeps {
  db: Db;
  config: Config;
  /** The solver pool; made on first use from the config when not given. */
  pool?: SolverPool;
  /** Folder of the built client; served when present. */
  clientDir?: string;
  log?: (msg: string, err?: unknown) => void;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IMPORT_PATH = /^\/api\/parks\/[^/]+\/plots\/import$/;

/** Builds the express app: middleware, routers, one error handler. Never listens (tests use port 0). */
export function createApp({ db, config, clientDir, pool, log = defaultLog }: AppDeps) {
  const app = express();
  const auth = authService(db, { sessionHours: config.sessionHours, scryptLogN: config.scryptLogN });
  // Worker threads start only when the first solve asks for one.
  let solverPool = pool ?? null;
  const getPool = () =>
    (solverPool ??= createSolverPool({
      size: config.solver.workers,
      maxQueue: config.solver.queue,
      timeLimitMs: config.solver.timeLimitMs,
    }));
  const jobs = solveJobs(db, getPool, { focusPointMs: config.solver.focusPointMs });
  // State with an owner: the caches and the warm-up belong to this app, not to the module.
  const caches = createReadCaches(db);
  const warmer = config.mapWarmup ? mapWarmer({ db, caches }, { log }) : null;
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.set('etag', false);
  const tiles = config.tileHosts.map((h) => `https://${h}`);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:', ...tiles],
          connectSrc: ["'self'"],
          // Leaflet and ECharts position elements with inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );

  // Plot imports are files (GeoJSON, zipped shapefile, KML, DXF) read by the import itself, and may be large.
  app.use((req, res, next) =>
    IMPORT_PATH.test(req.path) ? express.raw({ limit: '25mb', type: () => true })(req, res, next) : next(),
  );
  app.use(express.json({ limit: '1mb' }));
  app.use(express.text({ type: ['text/csv', 'text/plain'], limit: '5mb' }));
  // Spreadsheets (the yearly filings) arrive as the .xlsx bytes.
  app.use(express.raw({ type: XLSX_TYPE, limit: '10mb' }));

  const api = Router();
  api.use(sessionMiddleware({ db, caches }, auth));
  api.use(referenceRoutes());
  api.use(authRoutes(auth, { cookieSecure: config.cookieSecure }));
  api.use(parksRoutes(warmer));
  api.use(plotsRoutes());
  api.use(buildingsRoutes());
  api.use(enterprisesRoutes());
  api.use(pipelineRoutes());
  api.use(quotasRoutes());
  api.use(projectsRoutes());
  api.use(mapRoutes(config));
  api.use(packagesRoutes());
  api.use(scenariosRoutes(jobs));
  api.use(agreementsRoutes());
  api.use(filingsRoutes());
  api.use(efficiencyRoutes());
  api.use((req) => {
    throw new AppError('NOT_FOUND', `no API route ${req.method} ${req.baseUrl}${req.path}`, 404);
  });
  app.use('/api', api);

  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    app.get('/{*splat}', (_req, res) => res.sendFile(join(clientDir, 'index.html')));
  }
  app.use(errorHandler(log));
  const close = async () => {
    await warmer?.close();
    if (solverPool) await solverPool.close();
  };
  return { app, auth, jobs, caches, close };
}

function defaultLog(msg: string, err?: unknown): void {
  console.error(`[parkplan] ${msg}`, err instanceof Error ? err.message : (err ?? ''));
}
