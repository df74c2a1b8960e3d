import { Router } from 'express';
import { route } from '../http/route';
import { idParam, parse } from '../http/validate';
import { landProjectSchema } from '../../shared/schemas/quota';
import { quotaService } from '../services/quota.service';
import { preDealService } from '../services/pre-deal.service';
import { landingService } from '../services/landing.service';
import ExcelJS from 'exceljs';

/** Registered before the projects router: '/projects/export.xlsx' would otherwise match '/projects/:id'. */
export function pipelineRoutes(): Router {
  const r = Router();
  route(r, 'get', '/pipeline/funnel', 'user', (_req, _res, ctx) => quotaService.funnel(ctx));
  route(r, 'get', '/projects/export.xlsx', 'user', async (_req, res, ctx) => {
    const buf = await toXlsx(await quotaService.exportRows(ctx));
    res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment('projects.xlsx').send(buf);
  });
  route(r, 'get', '/projects/:id/candidates', 'user', (req, _res, ctx) =>
    preDealService.candidates(ctx, idParam(req.params.id)),
  );
  route(r, 'get', '/plots/:id/prospects', 'user', (req, _res, ctx) =>
    preDealService.plotProspects(ctx, idParam(req.params.id)),
  );
  route(r, 'post', '/projects/:id/land', 'user', async (req, res, ctx) => {
    const out = await landingService.land(
      ctx,
      idParam(req.params.id),
      parse(landProjectSchema, req.body),
      new Date().getFullYear(),
    );
    res.status(201);
    return out;
  });
  return r;
}

/** One sheet, Chinese headers in bold, numbers as numbers. */
async function toXlsx(t: {
  headers: string[];
  numeric: boolean[];
  rows: Array<Array<string | number | null>>;
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('招商项目');
  ws.addRow(t.headers).font = { bold: true };
  for (const row of t.rows) ws.addRow(row);
  ws.columns.forEach((c, i) => {
    c.width = t.numeric[i] ? 14 : 22;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
