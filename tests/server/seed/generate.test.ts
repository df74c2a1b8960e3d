import { describe, expect, it } from 'vitest';
import { DEMO_NOTICE, generateDemoCity } from '../../../server/db/seed/generate';
import {
  findOverlaps,
  isInside,
  overlapAreaM2,
  polygonAreaM2,
  polygonAreaMu,
  validatePolygon,
  centroid,
} from '../../../shared/geo';
import { JURISDICTION_SPECS } from '../../../server/db/seed/catalog';

const city = generateDemoCity(42);
const byId = <T extends { id: number }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
const RANK = { M1: 1, M2: 2, M3: 3 } as const;

describe('generateDemoCity: determinism', () => {
  it('when called twice with the same seed, then the output is deep-equal; another seed differs', () => {
    expect(generateDemoCity(42)).toEqual(city);
    const other = generateDemoCity(7);
    expect(other.plots.map((p) => p.code)).not.toEqual(city.plots.map((p) => p.code));
  });
  it('ids run 1..n in insertion order for every entity', () => {
    for (const list of [
      city.jurisdictions,
      city.chains,
      city.industries,
      city.parks,
      city.plots,
      city.buildings,
      city.units,
      city.enterprises,
      city.projects,
    ]) {
      expect(list.map((x) => x.id)).toEqual(list.map((_, i) => i + 1));
    }
  });
  it('says it is made up, in both languages', () => {
    expect(DEMO_NOTICE.zh).toContain('虚构');
    expect(DEMO_NOTICE.en).toMatch(/made-up|invented/);
  });
});

describe('generateDemoCity: counts and mixes', () => {
  it('meets the minimum counts of the brief', () => {
    expect(city.parks.length).toBeGreaterThanOrEqual(8);
    expect(new Set(city.parks.map((p) => p.jurisdictionId)).size).toBeGreaterThanOrEqual(8);
    expect(city.plots.length).toBeGreaterThanOrEqual(700);
    expect(city.buildings.length).toBeGreaterThanOrEqual(45);
    expect(city.enterprises.length).toBeGreaterThanOrEqual(160);
    expect(city.projects.length).toBeGreaterThanOrEqual(160);
  });
  it('every building has 4 to 12 units, and unit floors exist in the building', () => {
    const b = byId(city.buildings);
    for (const building of city.buildings) {
      const n = city.units.filter((u) => u.buildingId === building.id).length;
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(12);
    }
    for (const u of city.units) expect(u.floor).toBeLessThanOrEqual(b.get(u.buildingId)!.floors);
  });
  it('plot statuses follow ~35/10/8/40/7 %', () => {
    const share = (s: string) => city.plots.filter((p) => p.status === s).length / city.plots.length;
    expect(share('occupied')).toBeCloseTo(0.35, 1);
    expect(share('under_construction')).toBeCloseTo(0.1, 1);
    expect(share('reserved')).toBeCloseTo(0.08, 1);
    expect(share('vacant')).toBeCloseTo(0.4, 1);
    expect(share('unavailable')).toBeCloseTo(0.07, 1);
  });
  it('has the chains of the brief, in order, and every chain has 3–7 links', () => {
    const links = (en: string) => city.chains.find((c) => c.nameEn === en)!.links.map((l) => l.nameEn);
    expect(links('Textiles & apparel')).toEqual(['Spinning', 'Weaving', 'Printing & dyeing', 'Apparel']);
    expect(links('New-energy vehicles')).toEqual([
      'Battery',
      'Motor & controls',
      'Parts',
      'Vehicle assembly',
      'Distribution centre',
      'Settlement centre',
      'R&D centre',
    ]);
    expect(links('Refrigeration')).toEqual([
      'Compressors',
      'Refrigeration units',
      'Fridges & freezers',
      'Refrigerated trucks',
      'Cold-chain logistics',
    ]);
    for (const c of city.chains) {
      expect(c.links.length).toBeGreaterThanOrEqual(3);
      expect(c.links.map((l) => l.seq)).toEqual(c.links.map((_, i) => i + 1));
    }
  });
  it('the pipeline has every stage, dropped ones with reasons, and sizes 5,000–500,000 万元', () => {
    for (const s of ['lead', 'negotiating', 'signed', 'landed', 'dropped'])
      expect(city.projects.some((p) => p.stage === s)).toBe(true);
    for (const h of ['global500', 'china500', 'listed']) expect(city.projects.some((p) => p.head === h)).toBe(true);
    for (const p of city.projects) {
      expect(p.investmentWan).toBeGreaterThanOrEqual(5000);
      expect(p.investmentWan).toBeLessThanOrEqual(500000);
      expect((p.landNeedMu === null) !== (p.floorNeedM2 === null)).toBe(true);
      expect(p.dropReason !== null).toBe(p.stage === 'dropped');
      expect(p.rampUpYears).toBeGreaterThanOrEqual(1);
      expect(p.rampUpYears).toBeLessThanOrEqual(3);
      expect(p.vatShare).toBeGreaterThan(0.5);
      expect(p.vatShare).toBeLessThan(0.7);
      expect(p.taxWan).toBeLessThan(p.outputWan);
      if (p.landNeedMu !== null) expect(p.landNeedMu).toBeLessThanOrEqual(300);
    }
  });
  it('enterprises have 2023–2025 figures of sane shape and unique names', () => {
    expect(new Set(city.enterprises.map((e) => e.name)).size).toBe(city.enterprises.length);
    for (const e of city.enterprises) {
      expect(e.figures.map((f) => f.year)).toEqual([2023, 2024, 2025]);
      for (const f of e.figures) {
        expect(f.taxWan).toBeGreaterThan(0);
        expect(f.taxWan).toBeLessThan(f.revenueWan);
        expect(f.valueAddedWan).toBeLessThan(f.revenueWan);
        expect(f.employees).toBeGreaterThan(0);
      }
    }
  });
  it('when seeded as of another year, then quotas are for that year and figures for the three before', () => {
    const later = generateDemoCity(42, 2027);
    expect(later.jurisdictions.every((j) => j.quotas.every((q) => q.year === 2027))).toBe(true);
    expect(later.enterprises[0].figures.map((f) => f.year)).toEqual([2024, 2025, 2026]);
  });

  it('jurisdictions carry retained shares and 2026 quotas for the head and deputies', () => {
    for (const j of city.jurisdictions) {
      expect(j.retainedShareVat).toBeGreaterThan(0);
      expect(j.retainedShareVat).toBeLessThanOrEqual(1);
      expect(j.quotas.some((q) => q.role === 'head' && q.year === 2026)).toBe(true);
      expect(j.quotas.some((q) => q.role === 'deputy')).toBe(true);
    }
  });
});

describe('generateDemoCity: geometry', () => {
  it('each park is 2–6 km² and near its county seat', () => {
    for (const park of city.parks) {
      expect(validatePolygon(park.boundary)).toBeNull();
      const km2 = polygonAreaM2(park.boundary) / 1e6;
      expect(km2).toBeGreaterThanOrEqual(2);
      expect(km2).toBeLessThanOrEqual(6);
      const [lon, lat] = centroid(park.boundary);
      const seat = JURISDICTION_SPECS[park.jurisdictionId - 1].seat;
      expect(Math.hypot((lon - seat[0]) * 92, (lat - seat[1]) * 111)).toBeLessThan(8); // km
    }
  });
  it('every plot is valid, inside its park, 10–300 亩, with areaMu computed from the polygon', () => {
    const parks = byId(city.parks);
    for (const plot of city.plots) {
      expect(validatePolygon(plot.polygon)).toBeNull();
      expect(isInside(plot.polygon, parks.get(plot.parkId)!.boundary, 0.01)).toBe(true);
      expect(plot.areaMu).toBe(polygonAreaMu(plot.polygon));
      expect(plot.areaMu).toBeGreaterThanOrEqual(10);
      expect(plot.areaMu).toBeLessThanOrEqual(300);
      if (plot.declaredAreaMu !== null) expect(Math.abs(plot.declaredAreaMu / plot.areaMu - 1)).toBeLessThan(0.05);
      expect(plot.code).toMatch(/^[A-Z]{2}-[A-Z]\d{2}-\d{2}$/);
    }
    expect(new Set(city.plots.map((p) => p.code)).size).toBe(city.plots.length);
    expect(city.plots.some((p) => p.declaredAreaMu !== null)).toBe(true);
  });
  it('no two plots overlap by more than 1 m²', () => {
    expect(
      findOverlaps(
        city.plots.map((p) => ({ id: p.id, polygon: p.polygon })),
        1,
      ),
    ).toEqual([]);
  });
  it('every building footprint is inside its (occupied) plot and touches no other plot', () => {
    const plots = byId(city.plots);
    for (const b of city.buildings) {
      const plot = plots.get(b.plotId!)!;
      expect(plot.status).toBe('occupied');
      expect(plot.parkId).toBe(b.parkId);
      expect(validatePolygon(b.footprint)).toBeNull();
      expect(isInside(b.footprint, plot.polygon, 0.01)).toBe(true);
      const others = city.plots.filter((p) => p.parkId === b.parkId && p.id !== plot.id);
      for (const o of others) expect(overlapAreaM2(b.footprint, o.polygon)).toBeLessThanOrEqual(1);
    }
  });
});

describe('generateDemoCity: foreign keys', () => {
  it('every reference points at an existing row of the right kind', () => {
    const j = byId(city.jurisdictions);
    const ind = byId(city.industries);
    const chains = byId(city.chains);
    const links = new Map(city.chains.flatMap((c) => c.links.map((l) => [l.id, l] as const)));
    const ent = byId(city.enterprises);
    const proj = byId(city.projects);
    const parks = byId(city.parks);
    const bld = byId(city.buildings);
    for (const x of city.jurisdictions) if (x.parentId !== null) expect(j.has(x.parentId)).toBe(true);
    for (const x of city.industries) if (x.chainId !== null) expect(chains.has(x.chainId)).toBe(true);
    for (const p of city.parks) {
      expect(j.has(p.jurisdictionId)).toBe(true);
      for (const c of p.dominantChainIds) expect(chains.has(c)).toBe(true);
    }
    for (const p of city.plots) {
      expect(parks.has(p.parkId)).toBe(true);
      if (p.enterpriseId !== null) {
        expect(p.status).toBe('occupied');
        const e = ent.get(p.enterpriseId)!;
        expect(RANK[ind.get(e.industryId)!.pollutionClass]).toBeLessThanOrEqual(RANK[p.landUse]);
      }
      if (p.projectId !== null) {
        const pr = proj.get(p.projectId)!;
        expect(p.status === 'reserved' ? 'signed' : 'landed').toBe(pr.stage);
        expect(pr.jurisdictionId).toBe(parks.get(p.parkId)!.jurisdictionId);
        expect(pr.landNeedMu!).toBeLessThanOrEqual(p.areaMu);
      }
    }
    for (const u of city.units) {
      expect(bld.has(u.buildingId)).toBe(true);
      if (u.enterpriseId !== null) expect(ent.has(u.enterpriseId)).toBe(true);
      expect(u.enterpriseId !== null).toBe(u.status === 'leased');
      if (u.projectId !== null) expect(proj.get(u.projectId)!.floorNeedM2).toBe(u.areaM2);
    }
    for (const e of [...city.enterprises, ...city.projects]) {
      expect(ind.has(e.industryId)).toBe(true);
      expect(j.has(e.jurisdictionId)).toBe(true);
      if (e.chainLinkId !== null) expect(links.get(e.chainLinkId)!.chainId).toBe(ind.get(e.industryId)!.chainId);
    }
  });
  it('most occupants are in their park’s dominant chain, some are not', () => {
    const parks = byId(city.parks);
    const ind = byId(city.industries);
    const occupied = city.plots.filter((p) => p.enterpriseId !== null);
    const inChain = occupied.filter((p) =>
      parks
        .get(p.parkId)!
        .dominantChainIds.includes(ind.get(city.enterprises[p.enterpriseId! - 1].industryId)!.chainId ?? -1),
    );
    expect(inChain.length / occupied.length).toBeGreaterThan(0.65);
    expect(inChain.length).toBeLessThan(occupied.length);
  });
});

describe('generateDemoCity: other seeds', () => {
  it.each([1, 7, 2026])(
    'when seeded with %i, then counts hold and plots stay disjoint and inside their parks',
    (seed) => {
      const c = generateDemoCity(seed);
      expect(c.plots.length).toBeGreaterThanOrEqual(700);
      expect(c.buildings.length).toBeGreaterThanOrEqual(45);
      expect(c.enterprises.length).toBeGreaterThanOrEqual(160);
      expect(c.projects.length).toBeGreaterThanOrEqual(160);
      expect(
        findOverlaps(
          c.plots.map((p) => ({ id: p.id, polygon: p.polygon })),
          1,
        ),
      ).toEqual([]);
      for (const p of c.plots) expect(isInside(p.polygon, c.parks[p.parkId - 1].boundary, 0.01)).toBe(true);
    },
  );
});

describe('generateDemoCity: land prices follow 国土资发〔2006〕307号', () => {
  it(
    "every park's listed price is at least its grade's floor; urban " + 'districts are not graded below a county',
    async () => {
      const { landFloorWanPerMu } = await import('../../../shared/incentives');
      for (const p of city.parks)
        expect(p.listedLandPriceWanPerMu).toBeGreaterThanOrEqual(landFloorWanPerMu(p.landGrade)!);
      const kind = new Map(city.jurisdictions.map((j) => [j.id, JURISDICTION_SPECS[j.id - 1]?.kind]));
      const worstDistrict = Math.max(
        ...city.parks.filter((p) => kind.get(p.jurisdictionId) === 'district').map((p) => p.landGrade),
      );
      const bestCounty = Math.min(
        ...city.parks.filter((p) => kind.get(p.jurisdictionId) === 'county').map((p) => p.landGrade),
      );
      expect(worstDistrict).toBeLessThanOrEqual(bestCounty);
    },
  );
});

describe('generateDemoCity: the whole prefecture', () => {
  it('has every county-level unit of 商丘 (2 districts, 6 counties, 永城市) plus the 示范区, under the city', () => {
    const names = city.jurisdictions.map((j) => j.name);
    for (const n of [
      '梁园区',
      '睢阳区',
      '民权县',
      '睢县',
      '宁陵县',
      '柘城县',
      '虞城县',
      '夏邑县',
      '永城市',
      '商丘城乡一体化示范区',
    ])
      expect(names).toContain(n);
    const ningling = city.jurisdictions.find((j) => j.name === '宁陵县')!;
    expect(ningling.parentId).toBe(1);
    expect(ningling.quotas.some((q) => q.role === 'head')).toBe(true);
    // Appended after the others with a fixed share: the ids and draws of the rest did not move.
    expect(city.jurisdictions.find((j) => j.name === '梁园区')!.id).toBe(2);
    expect(ningling.id).toBe(city.jurisdictions.length);
  });
});
