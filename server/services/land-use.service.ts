import type { EntityManager } from 'typeorm';
import type { Ctx } from './context';
import type { Plot, PlotIndicators } from '../../shared/types/park';
import { plotsRepo } from '../repositories/plots.repo';
import { parksRepo } from '../repositories/parks.repo';
import { found } from './not-found';
import { AppError } from '../../shared/errors';
import {
  checkPlotIndicators,
  EMPTY_INDICATORS,
  indicatorLimits,
  type IndicatorContext,
  type PlotLandUse,
} from '../../shared/land-use';

export type { PlotLandUse };

const EMPTY: PlotIndicators = { planned: EMPTY_INDICATORS, actual: EMPTY_INDICATORS };

async function evaluate(m: EntityManager, plot: Plot): Promise<PlotLandUse> {
  const park = found(await parksRepo.get(m, plot.parkId), 'park', plot.parkId);
  const context: IndicatorContext = {
    landGrade: park.landGrade,
    gbtGroup: await plotsRepo.userIndustryGroup(m, plot),
  };
  const indicators = plot.indicators ?? EMPTY;
  return {
    plotId: plot.id,
    indicators,
    context,
    limits: indicatorLimits(context),
    findings: checkPlotIndicators(indicators, context),
  };
}

/**
 * Planned indicators are conditions the bureau sets (规划条件 / the project's site plan): one that
 * breaks a national limit is refused, naming the field and the rule. Actual figures are facts
 * and are stored whatever they are; their breaches show as findings.
 */
export async function assertPlannedLawful(m: EntityManager, plot: Plot): Promise<void> {
  const bad = (await evaluate(m, plot)).findings.filter(
    (f) => f.severity === 'error' && f.field.startsWith('planned.'),
  );
  if (bad.length === 0) return;
  const first = bad[0];
  throw new AppError('LAND_USE_RULE', `indicators.${first.field}: ${first.messageEn} (${first.rule})`, 422, {
    field: `indicators.${first.field}`,
    findings: bad,
  });
}

export const landUseService = {
  get: async (ctx: Ctx, plotId: number): Promise<PlotLandUse> => {
    const plot = found(await plotsRepo.get(ctx.db.read, plotId), 'plot', plotId);
    return evaluate(ctx.db.read, plot);
  },
};
