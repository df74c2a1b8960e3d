import type { EntityManager } from 'typeorm';
import type { Db } from '../db';
import {
  BuildingEntity,
  ChainLinkEntity,
  EnterpriseEntity,
  EnterpriseYearEntity,
  IndustryChainEntity,
  IndustryEntity,
  JurisdictionEntity,
  LeaderQuotaEntity,
  ParkEntity,
  PlotEntity,
  ProjectEntity,
  UnitEntity,
} from '../entities';
import { generateDemoCity, type DemoCity } from './generate';
import { generateProvince, type ProvinceOptions } from './province';
import { seedPackages } from './packages';
import { seedAgreements } from './agreements';
import { syncIdSequences } from '../sequences';
import { insertChunks } from './insert';

/** Writes a generated city in one transaction, keeping the generator's ids so references hold. */
export async function loadDemoCity(m: EntityManager, city: DemoCity, year = new Date().getFullYear()): Promise<void> {
  await insertChunks(
    m,
    JurisdictionEntity,
    city.jurisdictions.map(({ quotas: _q, ...j }) => j),
  );
  await insertChunks(
    m,
    LeaderQuotaEntity,
    city.jurisdictions.flatMap((j) =>
      j.quotas.map((q) => ({ ...q, jurisdictionId: j.id, dominantOnly: q.dominantOnly ? 1 : 0 })),
    ),
  );
  await insertChunks(
    m,
    IndustryChainEntity,
    city.chains.map(({ links: _l, ...c }) => c),
  );
  await insertChunks(
    m,
    ChainLinkEntity,
    city.chains.flatMap((c) => c.links),
  );
  await insertChunks(m, IndustryEntity, city.industries);
  await insertChunks(m, ParkEntity, city.parks);
  await insertChunks(
    m,
    EnterpriseEntity,
    city.enterprises.map(({ figures: _f, isSmall, ...e }) => ({ ...e, isSmall: isSmall ? 1 : 0 })),
  );
  await insertChunks(
    m,
    EnterpriseYearEntity,
    city.enterprises.flatMap((e) => e.figures.map((f) => ({ ...f, enterpriseId: e.id }))),
  );
  await insertChunks(m, ProjectEntity, city.projects);
  await insertChunks(m, PlotEntity, city.plots);
  await insertChunks(m, BuildingEntity, city.buildings);
  await insertChunks(m, UnitEntity, city.units);
  await seedPackages(m, city);
  await seedAgreements(m, city, year);
  await syncIdSequences(m);
}

const hasParks = async (db: Db): Promise<boolean> => {
  const [{ n }] = await db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM park');
  return n > 0;
};

/** One line of counts of a generated city or province (before the seeded past deals are added). */
export const describeSeed = (c: DemoCity): string =>
  `${c.jurisdictions.length} jurisdictions, ${c.parks.length} parks, ${c.plots.length} plots, ` +
  `${c.buildings.length} buildings, ${c.units.length} units, ${c.enterprises.length} enterprises, ` +
  `${c.projects.length} projects`;

/** Seeds the demo city when the database has no parks; returns a one-line count, or null. */
export async function seedIfEmpty(db: Db, seed = 42): Promise<string | null> {
  if (await hasParks(db)) return null;
  const city = generateDemoCity(seed, new Date().getFullYear());
  await db.write((m) => loadDemoCity(m, city, new Date().getFullYear()));
  return describeSeed(city);
}

/**
 * Seeds a generated province (seed/province.ts) when the database has no parks, in one transaction:
 * a failure leaves the database as it was. Returns what was seeded, or null when there were parks.
 */
export async function seedProvinceIfEmpty(db: Db, opts: ProvinceOptions = {}): Promise<DemoCity | null> {
  if (await hasParks(db)) return null;
  const year = opts.year ?? new Date().getFullYear();
  const province = generateProvince({ ...opts, year });
  await db.write((m) => loadDemoCity(m, province, year));
  return province;
}
