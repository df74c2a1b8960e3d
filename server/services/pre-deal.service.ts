import type { EntityManager } from 'typeorm';
import type { Ctx } from './context';
import { isOpenStage, type Project } from '../../shared/types/project';
import type { Park, Plot } from '../../shared/types/park';
import { projectsRepo } from '../repositories/projects.repo';
import { plotsRepo } from '../repositories/plots.repo';
import { parksRepo } from '../repositories/parks.repo';
import { buildingsRepo, unitsRepo } from '../repositories/buildings.repo';
import { occupantEntries } from './grades.service';
import { chainFacts } from './quota.service';
import { seesFinancials } from './access';
import { found } from './not-found';
import { gradeAgainst, prospectEntry, tenantFootprintLandMu, type EvaluationEntry } from '../../shared/efficiency';
import { landFits, plotFitsNeed, type Candidate, type PlotProspect, type PreDealGrade } from '../../shared/pipeline';

const MAX_CANDIDATES = 6;

/**
 * The grade the prospect would get on `areaMu` of land in `jurisdictionId`: it joins the county's
 * occupants as one more entry of the same evaluation, so once landed with the same figures on
 * the same land it gets the same grade (tests/server/pipeline/pre-deal.test.ts checks it).
 */
function preDeal(
  population: EvaluationEntry[],
  p: Project,
  areaMu: number,
  jurisdictionId: number,
  gbtGroup: number | undefined,
  financials: boolean,
): PreDealGrade | null {
  const r = gradeAgainst(population, prospectEntry(p, areaMu, jurisdictionId, gbtGroup));
  if (!r) return null;
  const base: PreDealGrade = {
    grade: r.grade,
    score: r.score,
    rank: r.rank,
    groupSize: r.groupSize,
    small: r.small,
    landMu: areaMu,
  };
  if (!financials) return base;
  return {
    ...base,
    taxPerMuWan: r.indicators.taxPerMu ?? undefined,
    valueAddedPerMuWan: r.indicators.valueAddedPerMu ?? undefined,
    investmentPerMuWan: p.investmentWan / areaMu,
  };
}

function parkChecks(p: Project, park: Park, areaMu: number, financials: boolean) {
  if (!financials) return { meetsIntensity: null, meetsTaxPerMu: null };
  return {
    meetsIntensity: p.investmentWan / areaMu >= park.minInvestmentIntensityWanPerMu,
    meetsTaxPerMu: p.taxWan / areaMu >= park.minTaxPerMuWan,
  };
}

async function context(m: EntityManager, projects: Project[]) {
  const [population, chain, parks] = await Promise.all([
    occupantEntries(m),
    chainFacts(m, projects),
    parksRepo.list(m),
  ]);
  const gbt = new Map(chain.industries.map((i) => [i.id, i.gbtGroup]));
  return { population, facts: chain.facts, parks: new Map(parks.map((x) => [x.id, x])), gbt };
}

export const preDealService = {
  /** Best candidate sites of a project in its county: fitting vacant plots (or the one reserved for it), or factory
   * buildings with room. */
  async candidates(ctx: Ctx, projectId: number): Promise<Candidate[]> {
    const m = ctx.db.read;
    const p = found(await projectsRepo.get(m, projectId), 'project', projectId);
    const { population, facts, parks, gbt } = await context(m, [p]);
    const fin = seesFinancials(ctx.user);
    const countyParks = [...parks.values()].filter((x) => x.jurisdictionId === p.jurisdictionId);
    const dominantIn = (park: Park) =>
      facts.get(p.id)!.chainId != null && park.dominantChainIds.includes(facts.get(p.id)!.chainId!);
    const out: Candidate[] = [];
    for (const park of countyParks) {
      if (p.landNeedMu != null) {
        for (const plot of await plotsRepo.byPark(m, park.id)) {
          const mine = plot.projectId === p.id && plot.status === 'reserved';
          if (!mine && (plot.status !== 'vacant' || !plotFitsNeed(p.landNeedMu, plot.areaMu))) continue;
          if (!landFits(p.pollutionClass, plot.landUse)) continue;
          out.push(
            plotCandidate(
              p,
              plot,
              park,
              mine,
              dominantIn(park),
              preDeal(population, p, plot.areaMu, park.jurisdictionId, gbt.get(p.industryId), fin),
              fin,
            ),
          );
        }
      } else if (p.floorNeedM2 != null && p.pollutionClass !== 'M3') {
        const buildings = await buildingsRepo.list(m, park.id);
        const units = await unitsRepo.byPark(m, park.id);
        const plots = new Map((await plotsRepo.byPark(m, park.id)).map((x) => [x.id, x]));
        for (const b of buildings) {
          const us = units.filter((u) => u.buildingId === b.id);
          const vacant = us.filter((u) => u.status === 'vacant').reduce((s, u) => s + u.areaM2, 0);
          const reservedForThis = us.some((u) => u.projectId === p.id);
          const site = b.plotId ? plots.get(b.plotId) : undefined;
          if (!site || (!reservedForThis && vacant < p.floorNeedM2)) continue;
          // The tenant is charged its share of the building's footprint, as occupants are (rule efficiency.tenantLand).
          const landMu = tenantFootprintLandMu(p.floorNeedM2, b);
          out.push({
            kind: 'building',
            id: b.id,
            code: b.code,
            parkId: park.id,
            parkName: park.name,
            parkNameEn: park.nameEn,
            areaMu: landMu,
            vacantM2: vacant,
            reservedForThis,
            dominant: dominantIn(park),
            ...parkChecks(p, park, landMu, fin),
            preDeal: preDeal(population, p, landMu, park.jurisdictionId, gbt.get(p.industryId), fin),
          });
        }
      }
    }
    // The reserved site first, then the best expected grade, then the tightest fit.
    out.sort(
      (a, b) =>
        Number(b.reservedForThis) - Number(a.reservedForThis) ||
        (b.preDeal?.score ?? -1) - (a.preDeal?.score ?? -1) ||
        a.areaMu - b.areaMu,
    );
    return out.slice(0, MAX_CANDIDATES);
  },

  /** Live prospects of the plot's county whose land need and pollution class fit the plot, with their pre-deal grade.
   * */
  async plotProspects(ctx: Ctx, plotId: number): Promise<PlotProspect[]> {
    const m = ctx.db.read;
    const plot = found(await plotsRepo.get(m, plotId), 'plot', plotId);
    const park = (await parksRepo.get(m, plot.parkId))!;
    const projects = (await projectsRepo.all(m)).filter(
      (p) =>
        p.jurisdictionId === park.jurisdictionId &&
        isOpenStage(p.stage) &&
        p.landNeedMu != null &&
        (p.id === plot.projectId || plotFitsNeed(p.landNeedMu, plot.areaMu)) &&
        landFits(p.pollutionClass, plot.landUse),
    );
    const { population, facts, gbt } = await context(m, projects);
    const fin = seesFinancials(ctx.user);
    const out = projects.map((p): PlotProspect => {
      const chainId = facts.get(p.id)!.chainId;
      return {
        projectId: p.id,
        name: p.name,
        investor: p.investor,
        stage: p.stage,
        landNeedMu: p.landNeedMu!,
        dominant: chainId != null && park.dominantChainIds.includes(chainId),
        preDeal: preDeal(population, p, plot.areaMu, park.jurisdictionId, gbt.get(p.industryId), fin),
      };
    });
    return out.sort(
      (a, b) => Number(b.dominant) - Number(a.dominant) || (b.preDeal?.score ?? -1) - (a.preDeal?.score ?? -1),
    );
  },
};

function plotCandidate(
  p: Project,
  plot: Plot,
  park: Park,
  mine: boolean,
  dominant: boolean,
  grade: PreDealGrade | null,
  fin: boolean,
): Candidate {
  return {
    kind: 'plot',
    id: plot.id,
    code: plot.code,
    parkId: park.id,
    parkName: park.name,
    parkNameEn: park.nameEn,
    areaMu: plot.areaMu,
    landUse: plot.landUse,
    status: plot.status,
    reservedForThis: mine,
    dominant,
    ...parkChecks(p, park, plot.areaMu, fin),
    preDeal: grade,
  };
}
