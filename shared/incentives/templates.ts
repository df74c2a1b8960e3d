import { ruleValue } from '../rules';
import type { IncentivePackage } from '../types/incentive-package';
import type { Park } from '../types/park';
import type { Project } from '../types/project';
import { M2_PER_MU } from '../units';
import { landFloorWanPerMu } from './land-rules';
import type { Commitments, IncentiveComponents, LandComponent } from './types';

/** A package not yet saved: what the create body carries. */
export type IncentivePackageDraft = Omit<IncentivePackage, 'id' | 'version'>;

/**
 * Assumptions the templates need that no entity holds. All unsourced defaults, to be edited by
 * the bureau: preparation cost 60% of the listed price; market rent 8 元/m²/月 (a setting: middle of the
 * 5–12 元 asked for county standard factories); building cost 1,500 元/m² for a standard
 * factory; buy-back at the one-year LPR (rule rate.benchmark, a dated setting; the 4.75% benchmark
 * rate was retired by the 2019 LPR reform).
 */
export interface TemplateOptions {
  preparationCostWanPerMu?: number;
  marketRentYuanPerM2Month?: number;
  buildCostYuanPerM2?: number;
  buybackRate?: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The four packages the bureau starts from, sized from the project and the park: land discount;
 * equity + buy-back; three years rent-free then lease-to-own; build-to-suit. Land projects keep
 * the land sale (at the listed price) in the non-land packages so that packages compare on the
 * same footing: leaving the sale out would make a land discount look dearer than no land at all.
 */
export function packageTemplates(
  project: Pick<Project, 'id' | 'investmentWan' | 'landNeedMu' | 'floorNeedM2' | 'taxWan' | 'jobs' | 'rampUpYears'>,
  park: Pick<Park, 'landGrade' | 'listedLandPriceWanPerMu' | 'minFar'>,
  opts: TemplateOptions = {},
): IncentivePackageDraft[] {
  const listed = park.listedLandPriceWanPerMu;
  const prep = opts.preparationCostWanPerMu ?? round2(0.6 * listed);
  const rent = opts.marketRentYuanPerM2Month ?? 8;
  const buildCost = opts.buildCostYuanPerM2 ?? 1500;
  const far = Math.max(park.minFar, 0.5);
  const landMu = round2(project.landNeedMu ?? (project.floorNeedM2 ?? 0) / (M2_PER_MU * far));
  const floorM2 = Math.round(project.floorNeedM2 ?? (project.landNeedMu ?? 0) * M2_PER_MU * far);
  const buildingCostWan = round2((floorM2 * buildCost) / 10_000);
  const byYear = Math.max(3, project.rampUpYears + 1);
  const commitments: Commitments = {
    investmentWan: project.investmentWan,
    taxPerYearWan: project.taxWan,
    jobs: project.jobs,
    byYear,
    clawbackProRata: true,
    clawbackYear: byYear + 1,
  };
  const land = (price: number): LandComponent => ({
    areaMu: landMu,
    priceWanPerMu: round2(price),
    preparationCostWanPerMu: prep,
    listedPriceWanPerMu: listed,
    // Never assumed: the 70% floor needs the priority recorded with its basis (rule land.floor.priority70).
    priorityProject: false,
    priorityBasis: null,
  });
  const landAtListed: Pick<IncentiveComponents, 'land'> = project.landNeedMu ? { land: land(listed) } : {};
  // 30% off the listed price, but never below the national floor or the preparation cost.
  const discounted = Math.max(0.7 * listed, landFloorWanPerMu(park.landGrade) ?? 0, prep);
  const base = { projectId: project.id, isTemplate: true } as const;
  return [
    {
      ...base,
      kind: 'land_discount',
      name: '土地价格优惠',
      nameEn: 'Land price discount',
      components: { land: land(discounted), commitments },
    },
    {
      ...base,
      kind: 'equity_buyback',
      name: '政府入股＋回购',
      nameEn: 'Equity stake with buy-back',
      components: {
        ...landAtListed,
        equity: {
          amountWan: round2(0.1 * project.investmentWan),
          share: 0.2,
          exitYear: 5,
          buybackRate: opts.buybackRate ?? ruleValue('rate.benchmark'),
          dividendRate: 0,
          largestShareholder: false,
          guaranteedReturn: false,
          newAttractionFund: false,
        },
        commitments,
      },
    },
    {
      ...base,
      kind: 'rent_free_lease_to_own',
      name: '免租三年＋先租后让',
      nameEn: 'Three years rent-free, then lease-to-own',
      components: {
        lease: {
          areaM2: floorM2,
          marketRentYuanPerM2Month: rent,
          rentYuanPerM2Month: rent,
          freeMonths: 36,
          halfRentMonths: 0,
          leaseYears: 5,
          transferYear: 5,
          transferPriceWan: buildingCostWan,
          buildingCostWan,
        },
        commitments,
      },
    },
    {
      ...base,
      kind: 'build_to_suit',
      name: '代建回购',
      nameEn: 'Build-to-suit with buy-back',
      components: {
        ...landAtListed,
        // Interest-free buy-back at cost over 5 years from year 3: the time value is the incentive.
        buildToSuit: {
          costWan: buildingCostWan,
          buybackStartYear: 3,
          buybackYears: 5,
          buybackTotalWan: buildingCostWan,
        },
        commitments,
      },
    },
  ];
}
