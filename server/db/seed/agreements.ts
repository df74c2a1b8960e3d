import type { EntityManager } from 'typeorm';
import { AgreementEntity, IncentivePackageEntity, LeaseEntity, ProjectEntity } from '../entities';
import type { DemoCity } from './generate';
import type { YearCommitment } from '../../../shared/types/agreement';
import type { IncentiveComponents } from '../../../shared/incentives/types';
import { Rng } from './prng';
import { insertChunks } from './insert';
import { sql } from '../../repositories/sql';

const iso = (y: number, m: number, d = 1): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * Past deals behind the demo's operating firms: for the first occupied plot of each firm, the
 * landed project it came from, the package it was signed with (land discount with pro-rata
 * clawback) and an agreement whose yearly commitments sit around the firm's real filings — some
 * met, some missed — so the 履约 view has every status to show.
 */
export async function seedAgreements(m: EntityManager, city: DemoCity, year: number): Promise<void> {
  const r = new Rng(1414);
  const rng = (): number => r.next();
  const template = city.projects[0];
  const seen = new Set<number>();
  const perCounty = new Map<number, number>();
  let nextProjectId = Math.max(...city.projects.map((p) => p.id)) + 1;
  // Ids given here so that the rows go in as a few multi-row INSERTs (a province has thousands).
  const [{ maxId }] = await sql<{ maxId: number }>(m, 'SELECT COALESCE(MAX(id), 0) AS "maxId" FROM incentive_package');
  let nextPackageId = Number(maxId) + 1;
  const enterprises = new Map(city.enterprises.map((e) => [e.id, e]));
  const projects: object[] = [];
  const packages: object[] = [];
  const agreements: object[] = [];
  for (const plot of city.plots) {
    if (plot.enterpriseId == null || seen.has(plot.enterpriseId)) continue;
    const ent = enterprises.get(plot.enterpriseId);
    if (!ent || ent.figures.length < 3 || (perCounty.get(ent.jurisdictionId) ?? 0) >= 15) continue;
    seen.add(ent.id);
    perCounty.set(ent.jurisdictionId, (perCounty.get(ent.jurisdictionId) ?? 0) + 1);
    const figs = [...ent.figures].sort((a, b) => a.year - b.year);
    const signedYear = figs[0].year - 2;
    // Promised = filed ÷ a factor: > 1 means the firm beats its promise, < 1 that it falls short.
    const factor = [1.1, 1.0, 0.85, 0.7, 0.55][Math.floor(rng() * 5)];
    const investmentWan = Math.round(plot.areaMu * (300 + rng() * 200));
    const filed: YearCommitment[] = figs.map((f, i) => ({
      year: f.year,
      investmentWan: Math.round((investmentWan * (i + 1)) / figs.length),
      outputWan: Math.round(f.revenueWan / factor),
      taxWan: Math.round((f.taxWan / factor) * 10) / 10,
      jobs: Math.round(f.employees / factor),
    }));
    const last = filed[filed.length - 1];
    // Half the agreements run one year past the filings (still due: a shortfall is "behind"), half end with them.
    const commitments = seen.size % 2 ? [...filed, { ...last, year: last.year + 1 }] : filed;
    const projectId = nextProjectId++;
    projects.push({
      ...template,
      id: projectId,
      name: `${ent.name}项目`,
      investor: ent.name,
      industryId: ent.industryId,
      chainLinkId: ent.chainLinkId,
      investmentWan,
      landNeedMu: plot.areaMu,
      floorNeedM2: null,
      outputWan: last.outputWan,
      taxWan: last.taxWan,
      jobs: last.jobs,
      stage: 'landed',
      dropReason: null,
      jurisdictionId: ent.jurisdictionId,
      notes: '',
      version: 1,
    });
    const components: IncentiveComponents = {
      equipmentSubsidy: { amountWan: Math.round(investmentWan * 0.05), year: 1 },
      commitments: {
        investmentWan,
        taxPerYearWan: last.taxWan,
        jobs: last.jobs,
        byYear: figs.length + 1,
        clawbackProRata: true,
        clawbackYear: figs.length + 2,
      },
    };
    const packageId = nextPackageId++;
    packages.push({
      id: packageId,
      projectId,
      name: '设备补助+对赌',
      nameEn: 'Equipment subsidy with performance terms',
      kind: 'custom',
      isTemplate: 0,
      components,
      version: 1,
    });
    const startBy = iso(signedYear, 9);
    const started = rng() < 0.85;
    agreements.push({
      projectId,
      enterpriseId: ent.id,
      packageId,
      jurisdictionId: ent.jurisdictionId,
      signedOn: iso(signedYear, 3, 15),
      constructionStartBy: startBy,
      completionBy: iso(signedYear + 2, 6),
      commitments,
      // 工业用地出让最高年限五十年 (国务院令第55号 第十二条).
      landGrant: {
        plotId: plot.id,
        startDate: iso(signedYear, 6),
        termYears: 50,
        startConstructionBy: startBy,
        constructionStartedOn: started ? iso(signedYear, 11) : null,
        completedOn: started ? iso(signedYear + 2, 3) : null,
      },
      version: 1,
    });
  }
  await insertChunks(m, ProjectEntity, projects);
  await insertChunks(m, IncentivePackageEntity, packages);
  await insertChunks(m, AgreementEntity, agreements);
  await seedLeases(m, city, year, rng);
}

/** Leases on every occupied unit, ending month by month over the next five years. */
async function seedLeases(m: EntityManager, city: DemoCity, year: number, rng: () => number): Promise<void> {
  const rows: object[] = [];
  for (const u of city.units) {
    if (u.enterpriseId == null) continue;
    const termYears = 3 + Math.floor(rng() * 3);
    const endMonth = Math.floor(rng() * 60);
    const endY = year + Math.floor(endMonth / 12);
    const endM = (endMonth % 12) + 1;
    rows.push({
      unitId: u.id,
      enterpriseId: u.enterpriseId,
      startDate: iso(endY - termYears, endM),
      endDate: iso(endY, endM),
      rentYuanPerM2Month: Math.round((12 + rng() * 10) * 10) / 10,
    });
  }
  await insertChunks(m, LeaseEntity, rows);
}
