import type { Building, Park, Plot, PlotStatus, Readiness, Unit } from '../../../shared/types/park';
import type { ChainLink, Industry, IndustryChain } from '../../../shared/types/industry';
import type { Enterprise } from '../../../shared/types/enterprise';
import type { Jurisdiction } from '../../../shared/types/jurisdiction';
import type { Project } from '../../../shared/types/project';
import type { LandUse } from '../../../shared/types/common';
import { polygonAreaMu } from '../../../shared/geo';
import { tenantFootprintLandMu } from '../../../shared/efficiency';
import {
  CHAIN_SPECS,
  INDUSTRY_SPECS,
  JURISDICTION_SPECS,
  PARK_SPECS,
  minFarForGroup,
  type IndustrySpec,
  type JurisdictionSpec,
  type ParkSpec,
} from './catalog';
import { layoutPark, placeBuildings, planarArea } from './layout';
import { SMALL_REVENUE_WAN, companyName, enterpriseFigures, figureYears, landFits } from './occupants';
import { generateProjects, linkProjectsToSpace } from './pipeline';
import { seedIndicators } from './indicators';
import { seedElectricity } from './electricity';
import { Rng, round } from './prng';
import { landFloorWanPerMu } from '../../../shared/incentives/land-rules';

/** A park's land grade and listed price consistent with the floor rules. */
function lawfulLandPrice(kind: string, drawnGrade: number, drawnPrice: number) {
  const landGrade = kind === 'district' ? 9 : Math.min(12, Math.max(10, drawnGrade));
  const floor = landFloorWanPerMu(landGrade) ?? 0;
  // Round up to 0.1 万元/亩 so rounding never takes the price under the floor.
  const listedLandPriceWanPerMu = Math.ceil(Math.max(drawnPrice, floor * 1.05) * 10 - 1e-9) / 10;
  return { landGrade, listedLandPriceWanPerMu };
}

/** Shown wherever demo data is: the names, companies and figures are invented. */
export const DEMO_NOTICE = {
  zh: '演示数据：本数据为虚构的“类商丘”示例，企业、投资方、项目名称及全部数字均为编造，地块形状与规模仅求逼真，不代表任何真实单位或规划。',
  en:
    'Demo data: a made-up Shangqiu-like prefecture. Enterprises, investors, projects and all figures are invented; ' +
    'plot shapes and sizes are only meant to look realistic and represent no real body or plan.',
} as const;

export interface DemoCity {
  jurisdictions: Jurisdiction[];
  chains: IndustryChain[];
  industries: Industry[];
  parks: Park[];
  plots: Plot[];
  buildings: Building[];
  units: Unit[];
  enterprises: Enterprise[];
  projects: Project[];
}

/** Share of each plot status in every park (demo assumption: 35/10/8/40/7). */
const STATUS_MIX: [PlotStatus, number][] = [
  ['occupied', 0.35],
  ['under_construction', 0.1],
  ['reserved', 0.08],
  ['unavailable', 0.07],
];
const KM_PER_DEG_LAT = 111.32;

function statusDeck(rng: Rng, n: number): PlotStatus[] {
  const deck: PlotStatus[] = [];
  for (const [s, share] of STATUS_MIX) for (let i = 0; i < Math.round(n * share); i++) deck.push(s);
  while (deck.length < n) deck.push('vacant');
  return rng.shuffle(deck.slice(0, n));
}

function readinessFor(rng: Rng, status: PlotStatus): Readiness {
  if (status === 'occupied' || status === 'under_construction') return 'ready';
  if (status === 'unavailable') return rng.chance(0.7) ? 'raw' : 'partial';
  return rng.weighted<Readiness>([
    ['ready', 0.6],
    ['partial', 0.25],
    ['raw', 0.15],
  ]);
}

function otherLandUse(rng: Rng, base: LandUse): LandUse {
  if (base === 'M2') return rng.chance(0.7) ? 'M1' : 'M3';
  return 'M2';
}

/**
 * Where a copy of the demo city goes, for a generated province (seed/province.ts): the prefecture's
 * name, its geography moved by `shift` degrees with the counties at `spread` times their distance
 * from the city seat (the layout is drawn there, so areas are measured where the plots lie), parks
 * `areaScale` times as large, and the names already taken by the cities before it (companies and
 * investors stay unique across the province).
 */
export interface CityPlacement {
  city: Pick<JurisdictionSpec, 'name' | 'nameEn' | 'short' | 'shortEn'>;
  shift: [number, number];
  spread: number;
  areaScale: number;
  names: Set<string>;
}

/**
 * The catalogue as placed: the demo's own when no placement is given; otherwise the city renamed,
 * counties and parks named "…（city）" so that no two cities share a name, seats shifted.
 */
function placedSpecs(place: CityPlacement | undefined): { jur: JurisdictionSpec[]; parks: ParkSpec[] } {
  if (!place) return { jur: JURISDICTION_SPECS, parks: PARK_SPECS };
  const { city, shift, spread, areaScale } = place;
  const home = JURISDICTION_SPECS[0].seat;
  const jur = JURISDICTION_SPECS.map((j): JurisdictionSpec => {
    const seat: [number, number] = [
      home[0] + shift[0] + spread * (j.seat[0] - home[0]),
      home[1] + shift[1] + spread * (j.seat[1] - home[1]),
    ];
    if (j.kind === 'city') return { ...j, ...city, seat };
    return {
      ...j,
      seat,
      name: `${j.name}（${city.short}）`,
      nameEn: `${j.nameEn} (${city.shortEn})`,
      short: `${city.short}${j.short}`,
      shortEn: `${city.shortEn} ${j.shortEn}`,
    };
  });
  const parks = PARK_SPECS.map((p): ParkSpec => ({
    ...p,
    name: `${p.name}（${city.short}）`,
    nameEn: `${p.nameEn} (${city.shortEn})`,
    areaKm2: p.areaKm2 * areaScale,
  }));
  return { jur, parks };
}

/**
 * The demo city for `seed`, as of `year`: leaders' quotas for that year, firms' figures for the three
 * years before. The loader passes the current year so the quota board is never empty; tests pin it.
 * With a placement, the same city drawn elsewhere under another name (see CityPlacement).
 */
export function generateDemoCity(seed = 42, year = 2026, place?: CityPlacement): DemoCity {
  const rng = new Rng(seed);
  const specs = placedSpecs(place);

  // Jurisdictions: the city first, then its counties (parent = city).
  const jurisdictions: Jurisdiction[] = specs.jur.map((j, i) => {
    const isCity = j.kind === 'city';
    const share = isCity ? 0.3 : (j.retainedShare ?? round(rng.range(0.6, 0.8) * 20, 0) / 20);
    return {
      id: i + 1,
      name: j.name,
      nameEn: j.nameEn,
      kind: j.kind,
      parentId: isCity ? null : 1,
      retainedShareVat: share,
      retainedShareCit: share,
      quotas: isCity
        ? [
            { role: 'head', leaderName: j.headTitle, year, count: 6, minInvestmentWan: 100000, dominantOnly: true },
            {
              role: 'deputy',
              leaderName: `${j.deputyTitle}（分管工业）`,
              year,
              count: 3,
              minInvestmentWan: 50000,
              dominantOnly: false,
            },
          ]
        : [
            { role: 'head', leaderName: j.headTitle, year, count: 3, minInvestmentWan: 50000, dominantOnly: true },
            {
              role: 'deputy',
              leaderName: `${j.deputyTitle}（分管工业）`,
              year,
              count: 1,
              minInvestmentWan: 10000,
              dominantOnly: false,
            },
            {
              role: 'deputy',
              leaderName: `${j.deputyTitle}（分管招商）`,
              year,
              count: 1,
              minInvestmentWan: 10000,
              dominantOnly: false,
            },
          ],
    };
  });
  const jurisdictionId = (key: string) => specs.jur.findIndex((j) => j.key === key) + 1;

  // Chains and their links (link ids run across chains), then industries.
  let linkId = 0;
  const chains: IndustryChain[] = CHAIN_SPECS.map((c, i) => ({
    id: i + 1,
    name: c.name,
    nameEn: c.nameEn,
    links: c.links.map((l, k): ChainLink => ({
      id: ++linkId,
      chainId: i + 1,
      seq: k + 1,
      name: l.name,
      nameEn: l.nameEn,
    })),
  }));
  const chainId = (key: string) => CHAIN_SPECS.findIndex((c) => c.key === key) + 1;
  const industries: Industry[] = INDUSTRY_SPECS.map((s, i) => ({
    id: i + 1,
    code: s.code,
    name: s.name,
    nameEn: s.nameEn,
    pollutionClass: s.pollutionClass,
    gbtGroup: s.gbtGroup,
    chainId: s.chain ? chainId(s.chain) : null,
  }));
  const industryIdOf = (code: string) => INDUSTRY_SPECS.findIndex((s) => s.code === code) + 1;
  const specOf = (code: string) => INDUSTRY_SPECS[industryIdOf(code) - 1];

  /** (industry, link) choices for an occupant: a dominant-chain link, or another trade. */
  const chooseTrade = (
    chainKeys: string[],
    land: LandUse,
    dominant: boolean,
  ): { spec: IndustrySpec; linkId: number | null } | null => {
    if (dominant) {
      const options = chainKeys
        .flatMap((key) => {
          const ch = chains[chainId(key) - 1];
          return CHAIN_SPECS[chainId(key) - 1].links.map((l, k) => ({
            spec: specOf(l.industry),
            linkId: ch.links[k].id,
          }));
        })
        .filter((o) => landFits(o.spec.pollutionClass, land));
      if (options.length) return rng.pick(options);
    }
    const others = INDUSTRY_SPECS.filter((s) => !chainKeys.includes(s.chain ?? '') && landFits(s.pollutionClass, land));
    if (!others.length) return null;
    const spec = rng.pick(others);
    const chainSpec = spec.chain ? CHAIN_SPECS[chainId(spec.chain) - 1] : null;
    const k = chainSpec ? chainSpec.links.findIndex((l) => l.industry === spec.code) : -1;
    return { spec, linkId: chainSpec && k >= 0 ? chains[chainId(spec.chain!) - 1].links[k].id : null };
  };

  const parks: Park[] = [];
  const plots: Plot[] = [];
  const buildings: Building[] = [];
  const units: Unit[] = [];
  const enterprises: Enterprise[] = [];
  const names = place?.names ?? new Set<string>();

  const addEnterprise = (
    spec: IndustrySpec,
    link: number | null,
    jur: number,
    landMu: number,
    place: [string, string],
  ): number => {
    const figures = enterpriseFigures(rng, spec, landMu, figureYears(year));
    const [name, nameEn] = companyName(rng, place, spec, names);
    const id = enterprises.length + 1;
    enterprises.push({
      id,
      name,
      nameEn,
      industryId: industryIdOf(spec.code),
      chainLinkId: link,
      jurisdictionId: jur,
      isSmall: figures[figures.length - 1].revenueWan < SMALL_REVENUE_WAN,
      figures,
      version: 1,
    });
    return id;
  };

  specs.parks.forEach((ps, pi) => {
    const jur = specs.jur[jurisdictionId(ps.jurisdiction) - 1];
    const latRad = (jur.seat[1] * Math.PI) / 180;
    const centre: [number, number] = [
      jur.seat[0] + ps.offsetKm[0] / (KM_PER_DEG_LAT * Math.cos(latRad)),
      jur.seat[1] + ps.offsetKm[1] / KM_PER_DEG_LAT,
    ];
    const layout = layoutPark(rng, centre, ps.areaKm2, ps.code);
    const mainIndustry = specOf(CHAIN_SPECS[chainId(ps.chains[0]) - 1].links[0].industry);
    const park: Park = {
      id: pi + 1,
      jurisdictionId: jurisdictionId(ps.jurisdiction),
      name: ps.name,
      nameEn: ps.nameEn,
      boundary: layout.boundary,
      dominantChainIds: ps.chains.map(chainId),
      minDominantShare: 0.7,
      // The draws stay (so the rest of the seed is unchanged); grade and price are then made
      // lawful: urban districts grade 9, counties 10–12 (districts never below a county), and the
      // listed price at least the grade's floor (rule land.floor.listed, 国土资发〔2006〕307号).
      ...lawfulLandPrice(jur.kind, rng.int(9, 12), rng.range(9, 20)),
      minInvestmentIntensityWanPerMu: rng.pick([200, 220, 250, 280, 300]),
      minTaxPerMuWan: rng.pick([10, 11, 12, 13, 15]),
      minFar: minFarForGroup(mainIndustry.gbtGroup),
      version: 1,
    };
    parks.push(park);
    const place: [string, string] = [jur.short, jur.shortEn];

    const deck = statusDeck(rng, layout.parcels.length);
    const parkPlots: { plot: Plot; ring: (typeof layout.parcels)[number]['ring'] }[] = [];
    layout.parcels.forEach((parcel, k) => {
      const polygon = layout.toGeo(parcel.ring);
      const areaMu = polygonAreaMu(polygon);
      if (areaMu < 10 || areaMu > 300) return;
      const status = deck[k];
      const landUse = rng.chance(0.15) ? otherLandUse(rng, ps.landUse) : ps.landUse;
      const plot: Plot = {
        id: plots.length + 1,
        parkId: park.id,
        code: parcel.code,
        polygon,
        areaMu,
        declaredAreaMu: rng.chance(0.08) ? round(areaMu * rng.range(0.97, 1.03), 2) : null,
        landUse,
        status,
        readiness: readinessFor(rng, status),
        enterpriseId: null,
        projectId: null,
        version: 1,
      };
      plots.push(plot);
      parkPlots.push({ plot, ring: parcel.ring });
    });

    // Standard factory zones: a few occupied plots of 40–200 亩 carry the park's 标准化厂房.
    const zoneCandidates = rng.shuffle(
      parkPlots.filter((p) => p.plot.status === 'occupied' && p.plot.areaMu >= 40 && p.plot.areaMu <= 200),
    );
    const zoneIds = new Set<number>();
    let parkBuildings = 0;
    for (const cand of zoneCandidates) {
      if (parkBuildings >= 4 && zoneIds.size >= 2) break;
      const rects = placeBuildings(rng, cand.ring, 3);
      if (rects.length < 2) continue;
      zoneIds.add(cand.plot.id);
      const plan = rects.map((rect) => ({
        rect,
        floors: rng.int(2, 4),
        perFloor: rng.int(2, 3),
        footprintM2: planarArea(rect),
      }));
      for (const { rect, floors, perFloor, footprintM2 } of plan) {
        parkBuildings++;
        const building: Building = {
          id: buildings.length + 1,
          parkId: park.id,
          plotId: cand.plot.id,
          code: `${ps.code}-F${String(parkBuildings).padStart(2, '0')}`,
          name: `${ps.name}标准化厂房${parkBuildings}号楼`,
          footprint: layout.toGeo(rect),
          floors,
          floorAreaM2: Math.round(footprintM2 * floors),
          ceilingHeightM: rng.pick([4.5, 5, 6, 7.5, 8]),
          floorLoadKnPerM2: rng.pick([5, 8, 10, 12]),
          rentYuanPerM2Month: round(rng.range(5, 12), 1),
          version: 1,
        };
        buildings.push(building);
        for (let f = 1; f <= floors; f++) {
          for (let u = 1; u <= perFloor; u++) {
            const status = rng.weighted<Unit['status']>([
              ['leased', 0.55],
              ['reserved', 0.1],
              ['vacant', 0.35],
            ]);
            const areaM2 = Math.round(footprintM2 / perFloor);
            let enterpriseId: number | null = null;
            if (status === 'leased') {
              const trade = chooseTrade(ps.chains, 'M1', rng.chance(0.75)) ?? chooseTrade(ps.chains, 'M2', true);
              if (trade)
                enterpriseId = addEnterprise(
                  trade.spec,
                  trade.linkId,
                  park.jurisdictionId,
                  // Sized on the land the evaluation charges it: its share of the building's footprint.
                  tenantFootprintLandMu(areaM2, building),
                  place,
                );
            }
            units.push({
              id: units.length + 1,
              buildingId: building.id,
              code: `${building.code}-${f}${String(u).padStart(2, '0')}`,
              floor: f,
              areaM2,
              status: enterpriseId === null && status === 'leased' ? 'vacant' : status,
              enterpriseId,
              projectId: null,
              version: 1,
            });
          }
        }
      }
    }

    // One occupant per occupied plot outside the factory zones; ~80% in the dominant chain.
    for (const { plot } of parkPlots) {
      if (plot.status !== 'occupied' || zoneIds.has(plot.id)) continue;
      const trade = chooseTrade(ps.chains, plot.landUse, rng.chance(0.8));
      if (trade) plot.enterpriseId = addEnterprise(trade.spec, trade.linkId, park.jurisdictionId, plot.areaMu, place);
    }
  });

  const projects = generateProjects(rng, { chains, industries, parks, names });
  linkProjectsToSpace(rng, { projects, plots, parks, units });
  const city = { jurisdictions, chains, industries, parks, plots, buildings, units, enterprises, projects };
  seedIndicators(city, seed);
  seedElectricity(city, seed);
  return city;
}
