import { Router } from 'express';
import { z } from 'zod';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import type { Config } from '../config';
import { enterpriseGrade, mapConfig, searchMap } from '../services/map-panel.service';

const searchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** Small reads the map screen needs beside the GeoJSON: basemap settings, a grade in full, search. */
export function mapRoutes(config: Config): Router {
  const r = Router();
  route(r, 'get', '/config/map', 'user', () => mapConfig(config));
  route(r, 'get', '/map/grades/:id', 'user', (req, _res, ctx) => enterpriseGrade(ctx, idParam(req.params.id)));
  route(r, 'get', '/map/search', 'user', (req, _res, ctx) => {
    const q = parse(searchQuery, req.query, 'query');
    return searchMap(ctx, q.q, q.limit);
  });
  return r;
}
