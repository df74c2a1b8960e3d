import type { HeadKind, Project, ProjectStage } from '../../../shared/types/project';
import type { Industry, IndustryChain } from '../../../shared/types/industry';
import type { Park, Plot, Unit } from '../../../shared/types/park';
import { BRANDS, CHAIN_SPECS, DROP_REASONS, INDUSTRY_SPECS, INVESTOR_ORIGINS } from './catalog';
import { landFits } from './occupants';
import { round, type Rng } from './prng';

export const PROJECT_COUNT = 180;

const SOURCES = ['以商招商', '驻外招商小分队', '展会对接', '产业链招商', '基金招商', '商协会推荐'];
const STAGES: [ProjectStage, number][] = [
  ['lead', 34],
  ['negotiating', 26],
  ['signed', 17],
  ['landed', 15],
  ['dropped', 8],
];

interface Ctx {
  chains: IndustryChain[];
  industries: Industry[];
  parks: Park[];
  names: Set<string>;
}

/**
 * The prospect pipeline: investment log-spread over 5,000–500,000 万元 (most under 5 亿),
 * ~78% in a dominant chain of a park of the jurisdiction. Land need follows an investment
 * intensity of 260–600 万元/亩, raised for large projects so that one plot (≤ 280 亩) can hold
 * them; small projects may ask for standard-factory floor space instead.
 */
export function generateProjects(rng: Rng, ctx: Ctx): Project[] {
  const projects: Project[] = [];
  for (let i = 0; i < PROJECT_COUNT; i++) {
    const park = rng.pick(ctx.parks);
    const dominant = rng.chance(0.78);
    let industry: Industry;
    let linkId: number | null = null;
    let linkName = '';
    if (dominant) {
      const chain = ctx.chains[rng.pick(park.dominantChainIds) - 1];
      const k = rng.int(0, chain.links.length - 1);
      linkId = chain.links[k].id;
      linkName = chain.links[k].name;
      industry = ctx.industries.find((x) => x.code === CHAIN_SPECS[chain.id - 1].links[k].industry)!;
    } else {
      industry = rng.pick(ctx.industries.filter((x) => !park.dominantChainIds.includes(x.chainId ?? -1)));
      linkName = industry.name;
    }
    const spec = INDUSTRY_SPECS[industry.id - 1];
    const investmentWan = Math.round((5000 * 100 ** (rng.next() ** 1.4)) / 100) * 100;
    const big = investmentWan >= 100000;
    const head: HeadKind = rng.weighted<HeadKind>(
      big
        ? [
            ['global500', 10],
            ['china500', 15],
            ['listed', 20],
            ['none', 55],
          ]
        : [
            ['listed', 8],
            ['china500', 2],
            ['none', 90],
          ],
    );
    const wantsFloor = investmentWan <= 30000 && rng.chance(0.45) && industry.pollutionClass !== 'M3';
    const intensity = Math.max(rng.range(260, 600), investmentWan / 280);
    const outputWan = round(investmentWan * rng.range(0.9, 2.0), 0);
    const stage = rng.weighted(STAGES);
    const [brand] = rng.pick(BRANDS);
    const [origin] = rng.pick(INVESTOR_ORIGINS);
    let investor = `${origin}${brand}${spec.noun}集团有限公司`;
    for (let n = 2; ctx.names.has(investor); n++) investor = `${origin}${brand}${spec.noun}集团有限公司（${n}）`;
    ctx.names.add(investor);
    projects.push({
      id: i + 1,
      name: `${brand}${linkName}项目${rng.chance(0.3) ? '（一期）' : ''}`,
      investor,
      industryId: industry.id,
      chainLinkId: linkId,
      investmentWan,
      landNeedMu: wantsFloor ? null : round(Math.min(280, Math.max(10, investmentWan / intensity)), 1),
      floorNeedM2: wantsFloor
        ? Math.min(6000, Math.max(500, Math.round((investmentWan * rng.range(0.2, 0.5)) / 100) * 100))
        : null,
      outputWan,
      taxWan: round(outputWan * spec.taxRate * rng.range(0.85, 1.2), 1),
      vatShare: round(rng.range(0.55, 0.65), 2),
      rampUpYears: rng.int(1, 3),
      jobs: Math.max(20, Math.round((outputWan / spec.revenuePerJob) * rng.range(0.8, 1.2))),
      // Demo investors sign any package that leaves them no worse off than none.
      reservationValueWan: 0,
      pollutionClass: industry.pollutionClass,
      head,
      stage,
      dropReason: stage === 'dropped' ? rng.pick(DROP_REASONS) : null,
      jurisdictionId: park.jurisdictionId,
      leaderRole: investmentWan >= 50000 && dominant ? 'head' : 'deputy',
      notes: `虚构演示项目；来源：${rng.pick(SOURCES)}；意向园区：${park.name}`,
      version: 1,
    });
  }
  return projects;
}

/**
 * Ties the pipeline to space: a reserved plot is promised to a signed project of its county,
 * a plot under construction to a landed one, a reserved unit to a signed floor-space project.
 * The project's need is set to fit the site (it was negotiated for it). Sites with no match
 * stay reserved by the park itself (projectId null).
 */
export function linkProjectsToSpace(
  rng: Rng,
  d: { projects: Project[]; plots: Plot[]; parks: Park[]; units: Unit[] },
): void {
  const used = new Set<number>();
  const jurisdictionOfPark = new Map(d.parks.map((p) => [p.id, p.jurisdictionId]));
  // The closest land need (by ratio) among fitting projects, within a factor of 2 of the plot.
  const match = (plot: Plot, stage: ProjectStage): Project | undefined => {
    let best: Project | undefined;
    let bestGap = Math.log(2);
    for (const p of d.projects) {
      if (used.has(p.id) || p.stage !== stage || p.landNeedMu === null) continue;
      if (p.jurisdictionId !== jurisdictionOfPark.get(plot.parkId) || !landFits(p.pollutionClass, plot.landUse))
        continue;
      const gap = Math.abs(Math.log(p.landNeedMu / plot.areaMu));
      if (gap < bestGap) {
        best = p;
        bestGap = gap;
      }
    }
    return best;
  };
  for (const plot of d.plots) {
    const stage: ProjectStage | null =
      plot.status === 'reserved' ? 'signed' : plot.status === 'under_construction' ? 'landed' : null;
    if (!stage) continue;
    const p = match(plot, stage);
    if (!p) continue;
    used.add(p.id);
    plot.projectId = p.id;
    p.landNeedMu = round(plot.areaMu * rng.range(0.85, 0.98), 1);
  }
  for (const unit of d.units) {
    if (unit.status !== 'reserved') continue;
    const p = d.projects.find((q) => !used.has(q.id) && q.stage === 'signed' && q.floorNeedM2 !== null);
    if (!p) continue;
    used.add(p.id);
    unit.projectId = p.id;
    p.floorNeedM2 = unit.areaM2;
  }
}
