import type { Ctx } from './context';
import type { Config } from '../config';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { plotsRepo } from '../repositories/plots.repo';
import { statsRepo } from '../repositories/stats.repo';
import { found } from './not-found';
import { gradesByEnterprise } from './grades.service';
import type { GradeResult } from '../../shared/efficiency';

/** What the map needs to choose a basemap. The Tianditu key is a browser key: it goes into tile URLs. */
export interface MapConfig {
  tileHosts: string[];
  tiandituKey: string | null;
}

export const mapConfig = (config: Config): MapConfig => ({
  tileHosts: config.tileHosts,
  tiandituKey: config.tiandituKey || null,
});

/** An occupant's 亩均 evaluation in full (score, rank in its county, indicators), or null if not graded. */
export async function enterpriseGrade(ctx: Ctx, enterpriseId: number): Promise<{ grade: GradeResult | null }> {
  found(await enterprisesRepo.get(ctx.db.read, enterpriseId), 'enterprise', enterpriseId);
  return { grade: (await gradesByEnterprise(ctx)).get(enterpriseId) ?? null };
}

export interface MapSearchResult {
  plots: Array<{ id: number; parkId: number; code: string; status: string }>;
  enterprises: Array<{ id: number; name: string; nameEn: string; parkIds: number[] }>;
}

/** City-wide search for the map: plots by code, occupants by name with the parks they hold land in. */
export async function searchMap(ctx: Ctx, q: string, limit = 10): Promise<MapSearchResult> {
  const m = ctx.db.read;
  const [plots, enterprises, occupants] = await Promise.all([
    plotsRepo.list(m, { q, offset: 0, limit }),
    enterprisesRepo.list(m, { q, offset: 0, limit }),
    statsRepo.occupants(m),
  ]);
  const parksOf = new Map<number, Set<number>>();
  for (const o of occupants) {
    let s = parksOf.get(o.enterpriseId);
    if (!s) parksOf.set(o.enterpriseId, (s = new Set()));
    s.add(o.parkId);
  }
  return {
    plots: plots.items.map((p) => ({ id: p.id, parkId: p.parkId, code: p.code, status: p.status })),
    enterprises: enterprises.items
      .map((e) => ({ id: e.id, name: e.name, nameEn: e.nameEn, parkIds: [...(parksOf.get(e.id) ?? [])] }))
      .filter((e) => e.parkIds.length > 0),
  };
}
