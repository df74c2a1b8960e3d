import type { EntityManager } from 'typeorm';
import type { CityState } from '../../shared/scenarios/build-file';
import { referenceRepo } from '../repositories/reference.repo';
import { parksRepo } from '../repositories/parks.repo';
import { plotsRepo } from '../repositories/plots.repo';
import { buildingsRepo, unitsRepo } from '../repositories/buildings.repo';
import { projectsRepo } from '../repositories/projects.repo';
import { packagesRepo } from '../repositories/packages.repo';
import { statsRepo } from '../repositories/stats.repo';
import { M2_PER_MU } from '../../shared/units';

/** Today's occupancy and pipeline, as the scenario engine reads it. */
export async function loadCityState(m: EntityManager): Promise<CityState> {
  const [jurisdictions, industries, parks, plots, buildings, units, projects, packages, occ, presentLinks] =
    await Promise.all([
      referenceRepo.jurisdictions(m),
      referenceRepo.industries(m),
      parksRepo.list(m),
      plotsRepo.all(m),
      buildingsRepo.list(m),
      unitsRepo.all(m),
      projectsRepo.all(m),
      packagesRepo.list(m, { templates: false }),
      statsRepo.occupancy(m),
      statsRepo.allPresentLinks(m),
    ]);
  const occupancy = occ.map((o) => ({
    parkId: o.parkId,
    chainId: o.chainId,
    areaMu: o.areaMu ?? (o.floorM2 ?? 0) / M2_PER_MU,
  }));
  return { jurisdictions, industries, parks, plots, buildings, units, projects, packages, occupancy, presentLinks };
}
