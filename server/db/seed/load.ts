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
import { seedPackages } from './packages';
import { seedAgreements } from './agreements';
import { syncIdSequences } from '../sequences';

async function insertChunks<T>(m: EntityManager, entity: new () => T, rows: object[], size = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await m.insert(entity, rows.slice(i, i + size) as never);
}

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

/** Seeds the demo city when the database has no parks; returns a one-line count, or null. */
export async function seedIfEmpty(db: Db, seed = 42): Promise<string | null> {
  const [{ n }] = await db.read.query('SELECT CAST(COUNT(*) AS integer) AS n FROM park');
  if (n > 0) return null;
  const city = generateDemoCity(seed, new Date().getFullYear());
  await db.write((m) => loadDemoCity(m, city, new Date().getFullYear()));
  return (
    `${city.parks.length} parks, ${city.plots.length} plots, ${city.buildings.length} buildings, ` +
    `${city.units.length} units, ${city.enterprises.length} enterprises, ${city.projects.length} projects`
  );
}
