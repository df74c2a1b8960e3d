import type { EntityManager } from 'typeorm';
import type { User } from '../../shared/types/user';
import { enterprisesRepo } from '../repositories/enterprises.repo';
import { projectsRepo } from '../repositories/projects.repo';
import { parksRepo } from '../repositories/parks.repo';
import { assertRefIn } from './access';
import { found } from './not-found';

/**
 * The occupant a write names (a plot's or a unit's enterprise, the project it is promised to) must
 * exist (404 naming the field) and belong to a county the user may write in (403): otherwise one
 * county could tie up another county's firm or prospect.
 */
export async function assertOccupantRefs(
  m: EntityManager,
  user: User,
  d: { enterpriseId?: number | null; projectId?: number | null },
): Promise<void> {
  if (d.enterpriseId) {
    const e = found(await enterprisesRepo.get(m, d.enterpriseId), 'enterpriseId', d.enterpriseId);
    assertRefIn(user, e.jurisdictionId, 'enterpriseId', e.id);
  }
  if (d.projectId) {
    const p = found(await projectsRepo.get(m, d.projectId), 'projectId', d.projectId);
    assertRefIn(user, p.jurisdictionId, 'projectId', p.id);
  }
}

/** The county that owns a park (404 when the park does not exist). */
export async function parkJurisdiction(m: EntityManager, parkId: number): Promise<number> {
  return found(await parksRepo.get(m, parkId), 'park', parkId).jurisdictionId;
}
