import type { Ctx } from './context';
import type { QuotasPut } from '../../shared/schemas/quota';
import { referenceRepo } from '../repositories/reference.repo';
import { projectsRepo } from '../repositories/projects.repo';
import { parksRepo } from '../repositories/parks.repo';
import { auditRepo } from '../repositories/audit.repo';
import { assertAdmin, assertNotViewer, seesFinancials } from './access';
import { found } from './not-found';
import {
  chainOf,
  dominantChainsByJurisdiction,
  pipelineFunnel,
  suppressFunnel,
  projectExportRows,
  quotaBoard,
  type QuotaBoard,
  type QuotaProject,
} from '../../shared/pipeline';
import type { Project } from '../../shared/types/project';
import type { EntityManager } from 'typeorm';

/** Each project's chain and whether it is in a dominant chain of its county's parks. */
export async function chainFacts(m: EntityManager, projects: Project[]) {
  const [industries, chains, parks] = await Promise.all([
    referenceRepo.industries(m),
    referenceRepo.chains(m),
    parksRepo.list(m),
  ]);
  const industryChain = new Map(industries.map((i) => [i.id, i.chainId]));
  const linkChain = new Map(chains.flatMap((c) => c.links.map((l) => [l.id, c.id] as const)));
  const dominant = dominantChainsByJurisdiction(parks);
  const facts = new Map(
    projects.map((p) => {
      const chainId = chainOf(p, industryChain, linkChain);
      return [p.id, { chainId, dominant: chainId != null && (dominant.get(p.jurisdictionId)?.has(chainId) ?? false) }];
    }),
  );
  return { facts, parks, industries };
}

/** Viewers see counts and names on the board, not the investors' figures. */
function redactBoard(board: QuotaBoard): QuotaBoard {
  const strip = <T extends { investmentWan: number | null }>(x: T): T => ({ ...x, investmentWan: null });
  const j = (p: QuotaBoard['counties'][number]) => ({
    ...p,
    rows: p.rows.map((r) => ({ ...r, counted: r.counted.map(strip), pipeline: r.pipeline.map(strip) })),
  });
  return {
    ...board,
    city: board.city && j(board.city),
    counties: board.counties.map(j),
    countyTotal: { ...board.countyTotal, pipelineWan: null },
  };
}

export const quotaService = {
  async board(ctx: Ctx, year: number): Promise<QuotaBoard> {
    const m = ctx.db.read;
    const [jurisdictions, projects] = await Promise.all([referenceRepo.jurisdictions(m), projectsRepo.all(m)]);
    const { facts } = await chainFacts(m, projects);
    const pool: QuotaProject[] = projects.map((p) => ({
      id: p.id,
      name: p.name,
      investmentWan: p.investmentWan,
      stage: p.stage,
      jurisdictionId: p.jurisdictionId,
      leaderRole: p.leaderRole,
      dominant: facts.get(p.id)!.dominant,
    }));
    const board = quotaBoard(year, jurisdictions, pool);
    return seesFinancials(ctx.user) ? board : redactBoard(board);
  },

  /** The city administrator sets a jurisdiction's quotas for a year (replacing that year's set). */
  put: (ctx: Ctx, jurisdictionId: number, body: QuotasPut) =>
    ctx.db.write(async (m) => {
      assertAdmin(ctx.user);
      const before = found(await referenceRepo.jurisdiction(m, jurisdictionId), 'jurisdiction', jurisdictionId);
      const quotas = body.quotas.map((q) => ({ ...q, year: body.year }));
      await referenceRepo.replaceQuotas(m, jurisdictionId, body.year, quotas);
      const after = (await referenceRepo.jurisdiction(m, jurisdictionId))!;
      await auditRepo.record(m, ctx.user, {
        action: 'update',
        entity: 'jurisdiction',
        entityId: jurisdictionId,
        before: before.quotas,
        after: after.quotas,
      });
      return after;
    }),

  async funnel(ctx: Ctx) {
    const m = ctx.db.read;
    const [jurisdictions, projects] = await Promise.all([referenceRepo.jurisdictions(m), projectsRepo.all(m)]);
    const { facts, parks } = await chainFacts(m, projects);
    const funnel = pipelineFunnel(
      projects.map((p) => ({
        stage: p.stage,
        jurisdictionId: p.jurisdictionId,
        investmentWan: p.investmentWan,
        chainId: facts.get(p.id)!.chainId,
      })),
      parks,
      jurisdictions.filter((j) => j.kind !== 'city').map((j) => j.id),
    );
    return seesFinancials(ctx.user) ? funnel : suppressFunnel(funnel);
  },

  /** The Excel export's rows (viewers do not get investors' figures, as with the CSV). */
  async exportRows(ctx: Ctx) {
    assertNotViewer(ctx.user, 'investors’ figures');
    const m = ctx.db.read;
    const [projects, industries, chains, jurisdictions] = await Promise.all([
      projectsRepo.all(m),
      referenceRepo.industries(m),
      referenceRepo.chains(m),
      referenceRepo.jurisdictions(m),
    ]);
    return projectExportRows(projects, { industries, links: chains.flatMap((c) => c.links), jurisdictions });
  },
};
