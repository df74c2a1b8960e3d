import type { EntityManager } from 'typeorm';
import { IncentivePackageEntity } from '../entities';
import type { DemoCity } from './generate';
import type { Project } from '../../../shared/types/project';
import type { Park } from '../../../shared/types/park';
import { packageTemplates } from '../../../shared/incentives';
import { insertChunks } from './insert';

/** The park a demo project would be sized on: its county's park of its chain, else its county's first. */
function parkFor(city: DemoCity, p: Project): Park | undefined {
  const chainId = city.industries.find((i) => i.id === p.industryId)?.chainId;
  const own = city.parks.filter((k) => k.jurisdictionId === p.jurisdictionId);
  return own.find((k) => chainId != null && k.dominantChainIds.includes(chainId)) ?? own[0];
}

/**
 * Offers in the demo pipeline: every open prospect gets the templates that suit its need — land
 * projects a land discount, equity with buy-back and build-to-suit; floor projects rent-free then
 * lease-to-own and equity — so scenarios have 2–3 packages per project to choose from.
 */
export async function seedPackages(m: EntityManager, city: DemoCity): Promise<void> {
  const rows: object[] = [];
  for (const p of city.projects) {
    if (p.stage === 'landed' || p.stage === 'dropped') continue;
    const park = parkFor(city, p);
    if (!park) continue;
    const wanted =
      p.landNeedMu != null
        ? ['land_discount', 'equity_buyback', 'build_to_suit']
        : ['rent_free_lease_to_own', 'equity_buyback'];
    for (const d of packageTemplates(p, park).filter((t) => wanted.includes(t.kind)))
      rows.push({ ...d, projectId: p.id, isTemplate: 0, version: 1 });
  }
  await insertChunks(m, IncentivePackageEntity, rows);
}
