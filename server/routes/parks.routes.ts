import { Router } from 'express';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import { parkCreateSchema, parkUpdateSchema } from '../../shared/schemas/park';
import { plotExportQuerySchema, plotImportQuerySchema } from '../../shared/schemas/plot-import';
import { exportPlots, type ExportFile } from '../services/plot-export.service';
import { parksService } from '../services/parks.service';
import { parkChainMap, parkSummaries } from '../services/park-summary.service';
import { parkBuildingsGeoJson, parkPlotsGeoJson, parkPlotsPacked, type PreparedBody } from '../services/map.service';
import { importPlots } from '../services/plot-import.service';
import type { MapWarmer } from '../services/map-warmer';
import type { Request, Response } from 'express';

const GEOJSON = 'application/geo+json';

/** Sends a prebuilt body with an ETag, answering 304 when the client already has it. */
function sendPrepared(req: Request, res: Response, g: PreparedBody, type: string, download?: string): void {
  res.set('ETag', g.etag);
  res.set('Cache-Control', 'private, no-cache');
  if (!download && req.get('if-none-match') === g.etag) {
    res.status(304).end();
    return;
  }
  res.type(type);
  res.set('Vary', 'Accept-Encoding');
  if (download) res.attachment(download);
  // The gzipped copy was made once when the data last changed; most requests just send bytes.
  if (/\bgzip\b/.test(req.get('accept-encoding') ?? '')) {
    res.set('Content-Encoding', 'gzip');
    res.send(g.gzipped);
  } else res.send(g.body);
}

export function sendFile(res: Response, f: ExportFile): void {
  res.type(f.type);
  res.attachment(f.filename);
  res.send(f.body);
}

export function parksRoutes(warmer: MapWarmer | null = null): Router {
  const r = Router();
  route(r, 'get', '/parks', 'user', (_req, _res, ctx) => parkSummaries(ctx));
  route(r, 'post', '/parks', 'user', async (req, res, ctx) => {
    const p = await parksService.create(ctx, parse(parkCreateSchema, req.body));
    res.status(201);
    return p;
  });
  route(r, 'get', '/parks/:id', 'user', (req, _res, ctx) => parksService.get(ctx, idParam(req.params.id)));
  route(r, 'patch', '/parks/:id', 'user', (req, _res, ctx) =>
    parksService.update(ctx, idParam(req.params.id), parse(parkUpdateSchema, req.body)),
  );
  route(r, 'delete', '/parks/:id', 'user', async (req, res, ctx) => {
    await parksService.remove(ctx, idParam(req.params.id));
    res.status(204).end();
  });
  route(r, 'get', '/parks/:id/plots', 'user', async (req, res, ctx) => {
    sendPrepared(req, res, await parkPlotsGeoJson(ctx, idParam(req.params.id)), GEOJSON);
  });
  // The map's form of the same plots (shared/geo/packed): a sixth of the bytes, unpacked to the same GeoJSON.
  route(r, 'get', '/parks/:id/plots/packed', 'user', async (req, res, ctx) => {
    const id = idParam(req.params.id);
    const body = await parkPlotsPacked(ctx, id);
    warmer?.opened(id);
    sendPrepared(req, res, body, 'application/json');
  });
  route(r, 'get', '/parks/:id/plots/export', 'user', async (req, res, ctx) => {
    const id = idParam(req.params.id);
    // Without a format: the map's own GeoJSON (cached); with one, the export formats of plot-export.
    if (req.query.format === undefined)
      return sendPrepared(req, res, await parkPlotsGeoJson(ctx, id), GEOJSON, `park-${id}-plots.geojson`);
    const q = parse(plotExportQuerySchema, req.query, 'query');
    sendFile(res, await exportPlots(ctx, id, q.format, q.srs));
  });
  route(r, 'get', '/parks/:id/buildings', 'user', async (req, res, ctx) => {
    sendPrepared(req, res, await parkBuildingsGeoJson(ctx, idParam(req.params.id)), GEOJSON);
  });
  route(r, 'get', '/parks/:id/chain-map', 'user', (req, _res, ctx) => parkChainMap(ctx, idParam(req.params.id)));
  route(r, 'post', '/parks/:id/plots/import', 'user', async (req, res, ctx) => {
    const q = parse(plotImportQuerySchema, req.query, 'query');
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const report = await importPlots(ctx, idParam(req.params.id), body, req.get('content-type') ?? '', {
      ...q,
      strict: q.strict === 'true',
      dryRun: q.dryRun === 'true',
    });
    res.status(report.dryRun ? 200 : 201);
    return report;
  });
  return r;
}
