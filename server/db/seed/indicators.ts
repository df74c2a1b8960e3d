import type { LandUseIndicators, Plot } from '../../../shared/types/park';
import { indicatorLimits } from '../../../shared/land-use';
import { Rng, round } from './prng';
import type { DemoCity } from './generate';

/**
 * Land-use indicators for the demo plots, lawful by construction (国土资发〔2008〕24号): each value
 * is drawn inside the national limits for the plot's grade and user's industry. Planned for every
 * plot with a user (occupant or promised project), actual also for occupied plots held by one
 * firm. A separate random stream, so adding indicators left every other seeded value unchanged.
 */
export function seedIndicators(city: DemoCity, seed: number): void {
  const rng = new Rng(seed * 7919 + 13);
  const parkOf = new Map(city.parks.map((p) => [p.id, p]));
  const groupOfIndustry = new Map(city.industries.map((i) => [i.id, i.gbtGroup]));
  const enterprise = new Map(city.enterprises.map((e) => [e.id, e]));
  const project = new Map(city.projects.map((p) => [p.id, p]));
  const zonePlots = new Set(city.buildings.map((b) => b.plotId));

  const draw = (plot: Plot, gbtGroup: number | null, investmentWan: number | null): LandUseIndicators => {
    const park = parkOf.get(plot.parkId)!;
    const lim = indicatorLimits({ landGrade: park.landGrade, gbtGroup });
    const minFar = Math.max(lim.minFar ?? 0, park.minFar);
    const minInvest = Math.max(lim.minInvestmentWanPerMu ?? 0, park.minInvestmentIntensityWanPerMu);
    const invest = investmentWan !== null ? investmentWan / plot.areaMu : minInvest * rng.range(1.05, 1.6);
    return {
      far: round(minFar + rng.range(0.05, 0.6), 2),
      buildingCoefficient: round(rng.range(lim.minBuildingCoefficient + 0.02, 0.6), 2),
      adminShare: round(rng.range(0.02, lim.maxAdminShare - 0.005), 3),
      greenShare: round(rng.range(0.05, lim.maxGreenShare - 0.02), 2),
      investmentWanPerMu: round(invest, 1),
    };
  };

  for (const plot of city.plots) {
    const e = plot.enterpriseId === null ? undefined : enterprise.get(plot.enterpriseId);
    const p = plot.projectId === null ? undefined : project.get(plot.projectId);
    if (!e && !p && !zonePlots.has(plot.id)) continue;
    const industryId = e?.industryId ?? p?.industryId;
    const group = industryId === undefined ? null : (groupOfIndustry.get(industryId) ?? null);
    // A promised project's plan carries its own investment; an occupant's is drawn above the minimum.
    const planned = draw(plot, group, p && !e ? p.investmentWan : null);
    const actual =
      e && plot.status === 'occupied' && !zonePlots.has(plot.id)
        ? { ...planned, far: round(planned.far! + rng.range(0, 0.2), 2) }
        : { far: null, buildingCoefficient: null, adminShare: null, greenShare: null, investmentWanPerMu: null };
    plot.indicators = { planned, actual };
  }
}
