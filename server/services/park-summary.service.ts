import type { Ctx } from './context';
import type { Park } from '../../shared/types/park';
import { isOpenStage } from '../../shared/types/project';
import type { ChainMap, LinkState, ParkSummary } from '../../shared/types/park-summary';
import { parksRepo } from '../repositories/parks.repo';
import { statsRepo } from '../repositories/stats.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { projectsRepo } from '../repositories/projects.repo';
import { found } from './not-found';

/** Every park with its one-line summary for the city view. */
export async function parkSummaries(ctx: Ctx): Promise<Array<Park & { summary: ParkSummary }>> {
  return (await ctx.caches.summaries.get('all', () => computeSummaries(ctx))).value;
}

async function computeSummaries(ctx: Ctx): Promise<Array<Park & { summary: ParkSummary }>> {
  const m = ctx.db.read;
  const [parks, land, occupants, units, taxes, buildings] = await Promise.all([
    parksRepo.list(m),
    statsRepo.landByStatus(m),
    statsRepo.occupants(m),
    statsRepo.unitsByStatus(m),
    statsRepo.latestTax(m),
    statsRepo.buildingCounts(m),
  ]);
  const taxOf = new Map(taxes.map((t) => [t.enterpriseId, t.taxWan]));
  return parks.map((park) => {
    const byStatus: ParkSummary['byStatus'] = {};
    for (const l of land.filter((x) => x.parkId === park.id)) byStatus[l.status] = { count: l.count, areaMu: l.areaMu };
    const occ = occupants.filter((o) => o.parkId === park.id);
    const occArea = occ.reduce((s, o) => s + o.areaMu, 0);
    const domArea = occ
      .filter((o) => o.chainId != null && park.dominantChainIds.includes(o.chainId))
      .reduce((s, o) => s + o.areaMu, 0);
    const tax = occ.reduce((s, o) => s + (taxOf.get(o.enterpriseId) ?? 0), 0);
    const u = units.filter((x) => x.parkId === park.id);
    const unitArea = (status?: string) =>
      u.filter((x) => !status || x.status === status).reduce((s, x) => s + x.areaM2, 0);
    return {
      ...park,
      summary: {
        landTotalMu: Object.values(byStatus).reduce((s, v) => s + v.areaMu, 0),
        byStatus,
        plotCount: Object.values(byStatus).reduce((s, v) => s + v.count, 0),
        buildingCount: buildings.find((b) => b.parkId === park.id)?.count ?? 0,
        unitAreaM2: unitArea(),
        unitLeasedM2: unitArea('leased'),
        unitReservedM2: unitArea('reserved'),
        dominantShareOccupied: occArea > 0 ? domArea / occArea : null,
        taxPerMuWan: occArea > 0 ? tax / occArea : null,
      },
    };
  });
}

/** 产业链招商图谱: each link of the park's dominant chains, present (occupants), in the pipeline, or missing. */
export async function parkChainMap(ctx: Ctx, parkId: number): Promise<ChainMap[]> {
  const m = ctx.db.read;
  const park = found(await parksRepo.get(m, parkId), 'park', parkId);
  const [chains, present, projects] = await Promise.all([
    referenceRepo.chains(m),
    statsRepo.presentLinks(m, parkId),
    projectsRepo.all(m),
  ]);
  const presentCount = new Map(present.map((p) => [p.chainLinkId, p.n]));
  const pipeline = projects.filter((p) => p.jurisdictionId === park.jurisdictionId && isOpenStage(p.stage));
  return chains
    .filter((c) => park.dominantChainIds.includes(c.id))
    .map((c) => ({
      chainId: c.id,
      name: c.name,
      nameEn: c.nameEn,
      links: c.links.map((l) => {
        const prospects = pipeline
          .filter((p) => p.chainLinkId === l.id)
          .map((p) => ({ id: p.id, name: p.name, stage: p.stage }));
        const occupants = presentCount.get(l.id) ?? 0;
        const state: LinkState = occupants > 0 ? 'present' : prospects.length > 0 ? 'pipeline' : 'missing';
        return { id: l.id, seq: l.seq, name: l.name, nameEn: l.nameEn, state, occupants, prospects };
      }),
    }));
}
