import {
  DEFAULT_LEVERS,
  type ScenarioFile,
  type ScenarioPackage,
  type ScenarioProject,
  type ScenarioSite,
} from '../../../shared/schemas/scenario-file';
import { makeRng } from '../../../shared/allocation/rng';

export interface GenSize {
  parks: number;
  sites: number;
  projects: number;
}
export const SIZES: Record<string, GenSize> = {
  S: { parks: 3, sites: 60, projects: 30 },
  M: { parks: 10, sites: 500, projects: 150 },
  L: { parks: 20, sites: 2000, projects: 500 },
  XL: { parks: 100, sites: 20000, projects: 3000 },
};

/**
 * Deterministic scenario generator with realistic shapes: plots of 10–150 亩 and standard-factory
 * floor of 2,000–20,000 m²; land use M1 > M2 > M3; 2–4 packages per project with a real trade-off
 * between money, equity and incentive budget; budgets that bind; 70% of projects tied to their own
 * county's parks; a few signed projects that must be placed.
 */
export function generateScenario(
  size: GenSize,
  seed = 1,
  opts: { packagesMin?: number; packagesMax?: number; budgetTightness?: number } = {},
): ScenarioFile {
  const r = makeRng(seed * 7919 + size.projects);
  const U = (a: number, b: number) => a + (b - a) * r();
  const I = (a: number, b: number) => Math.floor(U(a, b + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const nChains = 8,
    nLinks = 6;
  const nJur = Math.max(1, Math.ceil(size.parks / 3));
  const jurisdictions = Array.from({ length: nJur }, (_, j) => ({
    id: j + 1,
    name: `County ${j + 1}`,
    retainedShareVat: +U(0.5, 0.8).toFixed(2),
    retainedShareCit: +U(0.5, 0.8).toFixed(2),
    quotas: [
      {
        role: 'head' as const,
        count: Math.max(1, Math.round((size.projects / nJur) * 0.12)),
        minInvestmentWan: 30000,
        dominantOnly: true,
      },
      {
        role: 'deputy' as const,
        count: Math.max(1, Math.round((size.projects / nJur) * 0.08)),
        minInvestmentWan: 10000,
        dominantOnly: false,
      },
    ],
  }));
  const parks = Array.from({ length: size.parks }, (_, i) => {
    const chains = r() < 0.6 ? [I(1, nChains)] : [...new Set([I(1, nChains), I(1, nChains)])];
    const total = U(500, 3000);
    return {
      id: i + 1,
      name: `Park ${i + 1}`,
      jurisdictionId: (i % nJur) + 1,
      dominantChainIds: chains,
      minDominantShare: +U(0.6, 0.75).toFixed(2),
      minInvestmentIntensityWanPerMu: Math.round(U(120, 260)),
      minTaxPerMuWan: Math.round(U(4, 12)),
      existingDominantMu: Math.round(total * U(0.5, 0.9)),
      existingTotalMu: Math.round(total),
      presentLinkIds: chains.flatMap((c) =>
        Array.from({ length: nLinks }, (_, k) => c * 100 + k + 1).filter(() => r() < 0.5),
      ),
    };
  });
  const sites: ScenarioSite[] = Array.from({ length: size.sites }, (_, i) => {
    const park = parks[i % size.parks];
    const plot = r() < 0.85;
    const x = r();
    return {
      id: `${plot ? 'plot' : 'building'}:${i + 1}`,
      kind: plot ? 'plot' : 'building',
      parkId: park.id,
      capacity: plot ? Math.round(U(10, 150) * 10) / 10 : Math.round(U(2000, 20000)),
      landUse: plot ? (x < 0.5 ? 'M1' : x < 0.85 ? 'M2' : 'M3') : x < 0.7 ? 'M1' : 'M2',
      readiness: pick(['ready', 'ready', 'partial', 'raw'] as const),
    };
  });
  const kMin = opts.packagesMin ?? 2,
    kMax = opts.packagesMax ?? 4;
  let pkgId = 1;
  const projects: ScenarioProject[] = Array.from({ length: size.projects }, (_, i) => {
    const jur = I(1, nJur);
    const own = parks.filter((p) => p.jurisdictionId === jur).map((p) => p.id);
    const wantsLand = r() < 0.7;
    const land = wantsLand ? Math.round(U(8, 120)) : null;
    const floor = !wantsLand || r() < 0.1 ? Math.round(U(1000, 12000)) : null;
    const muEq = land ?? floor! / 666.67;
    const homeChains = parks.filter((p) => p.jurisdictionId === jur).flatMap((p) => p.dominantChainIds);
    const chain = r() < 0.55 && homeChains.length ? pick(homeChains) : I(1, nChains);
    const investment = Math.round(muEq * U(100, 700));
    const tax = Math.round(muEq * U(2, 30) * 10) / 10;
    const kinds = [...(land ? ['land'] : []), ...(floor ? ['floor'] : [])];
    const templates = [
      (): Omit<ScenarioPackage, 'id'> => {
        const c = muEq * U(5, 25);
        return { name: 'land discount', pvCostWan: r2(c), equityWan: 0, incentivePvWan: r2(c), appliesTo: 'land' };
      },
      (): Omit<ScenarioPackage, 'id'> => {
        const e = investment * U(0.05, 0.25);
        return {
          name: 'equity stake',
          pvCostWan: r2(e * U(0.02, 0.15)),
          equityWan: r2(e),
          incentivePvWan: 0,
          appliesTo: 'both',
        };
      },
      (): Omit<ScenarioPackage, 'id'> => {
        const c = (floor ?? muEq * 666.67) * U(0.01, 0.05);
        return { name: 'rent-free lease', pvCostWan: r2(c), equityWan: 0, incentivePvWan: r2(c), appliesTo: 'floor' };
      },
      (): Omit<ScenarioPackage, 'id'> => {
        const c = investment * U(0.01, 0.06);
        return { name: 'equipment subsidy', pvCostWan: r2(c), equityWan: 0, incentivePvWan: r2(c), appliesTo: 'both' };
      },
      (): Omit<ScenarioPackage, 'id'> => {
        const c = muEq * U(10, 40);
        return {
          name: 'build to suit',
          pvCostWan: r2(c * 0.4),
          equityWan: r2(c * 0.5),
          incentivePvWan: r2(c * 0.3),
          appliesTo: 'land',
        };
      },
    ];
    const nPk = I(kMin, kMax);
    const chosen: number[] = [];
    // First package usable on the project's own kind of site, the rest any distinct template.
    chosen.push(kinds[0] === 'land' ? pick([0, 1, 3, 4]) : pick([1, 2, 3]));
    while (chosen.length < nPk) {
      const t = I(0, 4);
      if (!chosen.includes(t)) chosen.push(t);
    }
    const x = r();
    return {
      id: i + 1,
      name: `Project ${i + 1}`,
      jurisdictionId: jur,
      leaderRole: r() < 0.4 ? 'head' : 'deputy',
      chainId: chain,
      chainLinkId: chain * 100 + I(1, nLinks),
      investmentWan: investment,
      landNeedMu: land,
      floorNeedM2: floor,
      taxWan: tax,
      vatShare: +U(0.45, 0.7).toFixed(2),
      rampUpYears: I(1, 4),
      jobs: Math.round(muEq * U(1, 6)),
      pollutionClass: x < 0.55 ? 'M1' : x < 0.85 ? 'M2' : 'M3',
      head: r() < 0.05 ? 'global500' : r() < 0.12 ? 'china500' : r() < 0.2 ? 'listed' : 'none',
      stage: r() < 0.03 ? 'signed' : r() < 0.4 ? 'negotiating' : 'lead',
      ...(r() < 0.7 ? { allowedParkIds: own } : {}),
      packages: chosen.map((t) => ({ id: pkgId++, ...templates[t]() })),
    };
  });
  const tight = opts.budgetTightness ?? 0.3;
  const avg = (f: (k: ScenarioPackage) => number) =>
    projects.reduce((a, p) => a + p.packages.reduce((b, k) => b + f(k), 0) / p.packages.length, 0);
  return {
    format: 'parkplan-scenario',
    version: 1,
    name: `generated ${size.parks}×${size.sites}×${size.projects} seed ${seed}`,
    levers: {
      ...DEFAULT_LEVERS,
      equityFundWan: Math.round(avg((k) => k.equityWan) * tight),
      incentiveBudgetWan: Math.round(avg((k) => k.incentivePvWan) * tight),
      minPlacementValueWan: 100,
    },
    jurisdictions,
    parks,
    sites,
    projects,
    pins: [],
    exclusions: [],
  };
}

function r2(v: number): number {
  return Math.round(v * 100) / 100;
}
