import { Router } from 'express';
import { z } from 'zod';
import { route } from '../http/route';
import { parse } from '../http/validate';
import { yearSchema } from '../../shared/schemas/after-deal';
import { importFilings } from '../services/filings-import.service';

const importQuery = z.object({ year: yearSchema.optional() });

export function filingsRoutes(): Router {
  const r = Router();
  // Body: the .xlsx bytes (or CSV text); `year` fills rows when the sheet has no 年度 column.
  route(r, 'post', '/filings/import', 'user', (req, _res, ctx) =>
    importFilings(ctx, req.body, parse(importQuery, req.query, 'query')),
  );
  return r;
}
