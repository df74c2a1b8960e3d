import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  entriesFromEnterprises,
  gradeAgainst,
  gradeEnterprises,
  isSmallFirm,
  prospectEntry,
  prospectFigures,
  prospectIndicators,
} from '../../../shared/efficiency';
import type { Enterprise } from '../../../shared/types/enterprise';
import { generateDemoCity } from '../../../server/db/seed/generate';

describe('prospectIndicators', () => {
  it(
    'when a project makes 20,000 万元 output, 1,000 tax, 100 jobs on 50 亩 ' +
      '(GB/T 39), then the hand-worked indicators',
    () => {
      const ind = prospectIndicators({ outputWan: 20000, taxWan: 1000, jobs: 100 }, 50, 39);
      // VA = 20,000 × 0.25 = 5,000; energy = 20,000 × 0.03 = 600 tce; emissions = 20,000 × 0.001 = 20 t; R&D = 2 % →
      // 400.
      expect(ind.taxPerMu).toBeCloseTo(20, 9); // 1,000 / 50
      expect(ind.valueAddedPerMu).toBeCloseTo(100, 9); // 5,000 / 50
      expect(ind.labourProductivity).toBeCloseTo(50, 9); // 5,000 / 100
      expect(ind.valueAddedPerEnergy).toBeCloseTo(8.3333, 3); // 5,000 / 600
      expect(ind.valueAddedPerEmissions).toBeCloseTo(250, 9); // 5,000 / 20
      expect(ind.rdShare).toBeCloseTo(0.02, 9);
      expect(ind.taxPerKwh).toBeCloseTo(2.05002, 4); // 1,000e4 元 / (600 × 8,130 kWh)
    },
  );
  it(
    'when the industry is coal chemicals (GB/T 26), then its heavier ' +
      'energy intensity applies; settings override the VA rate',
    () => {
      // 1,000 × 0.8
      expect(prospectFigures({ outputWan: 1000, taxWan: 50, jobs: 10 }, 26).energyTce).toBeCloseTo(800, 9);
      expect(
        prospectFigures({ outputWan: 1000, taxWan: 50, jobs: 10 }, 26, { prospect: { valueAddedRate: 0.3 } })
          .valueAddedWan,
      ).toBeCloseTo(300, 9);
    },
  );
});

describe('pre-deal grade = grade once landed (issue 8)', () => {
  const city = generateDemoCity(42);
  const land = new Map<number, number>();
  for (const p of city.plots) if (p.enterpriseId) land.set(p.enterpriseId, (land.get(p.enterpriseId) ?? 0) + p.areaMu);
  const population = entriesFromEnterprises(city.enterprises, land);
  const gbtOf = new Map(city.industries.map((i) => [i.id, i.gbtGroup]));

  it(
    'when any prospect lands on its candidate plot with its expected ' +
      'figures, then its grade and score are unchanged',
    () => {
      const plot = city.plots.find((p) => p.status === 'vacant')!;
      const jurisdictionId = city.parks[plot.parkId - 1].jurisdictionId;
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: city.projects.length }),
          fc.double({ min: 0.2, max: 5, noNaN: true }),
          (pid, scale) => {
            const project = { ...city.projects[pid - 1] };
            project.outputWan *= scale;
            project.taxWan *= scale;
            const gbt = gbtOf.get(project.industryId);
            const before = gradeAgainst(population, prospectEntry(project, plot.areaMu, jurisdictionId, gbt))!;
            // It lands: a new enterprise with the same figures, on the same plot.
            const figures = prospectFigures(project, gbt, {}, 2025);
            const landed: Enterprise = {
              id: city.enterprises.length + 1,
              name: 'landed',
              nameEn: 'landed',
              industryId: project.industryId,
              chainLinkId: project.chainLinkId,
              jurisdictionId,
              isSmall: isSmallFirm(figures.revenueWan),
              figures: [figures],
              version: 1,
            };
            const after = gradeEnterprises(
              [...city.enterprises, landed],
              new Map([...land, [landed.id, plot.areaMu]]),
            ).get(landed.id)!;
            expect(after.grade).toBe(before.grade);
            expect(after.score).toBeCloseTo(before.score, 9);
            expect(after.rank).toBe(before.rank);
          },
        ),
        { numRuns: 40, seed: 8 },
      );
    },
  );

  it('when a strong and a weak prospect are graded in the same county, then they get A and D respectively', () => {
    const plot = city.plots.find((p) => p.status === 'vacant' && p.parkId === 1)!;
    const jurisdictionId = city.parks[0].jurisdictionId;
    const strong = gradeAgainst(
      population,
      prospectEntry({ id: 1, outputWan: 200000, taxWan: 12000, jobs: 400 }, plot.areaMu, jurisdictionId, 39),
    )!;
    const weak = gradeAgainst(
      population,
      prospectEntry({ id: 2, outputWan: 2500, taxWan: 20, jobs: 300 }, 280, jurisdictionId, 39),
    )!;
    expect(strong.grade).toBe('A');
    expect(weak.grade).toBe('D');
    expect(strong.groupSize).toBeGreaterThanOrEqual(20);
  });
});
