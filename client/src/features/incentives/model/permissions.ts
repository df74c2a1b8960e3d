import type { User } from '@shared/types/user';
import type { IncentivePackage } from '@shared/types/incentive-package';

/**
 * The server's rule (server/services/packages.service.ts, assertCanWrite) mirrored so the screen
 * offers only what will be accepted: admins anywhere, editors in their own counties, viewers never.
 */
export const canWriteProject = (user: User | null, jurisdictionId: number): boolean =>
  !!user && (user.role === 'admin' || (user.role === 'editor' && user.jurisdictionIds.includes(jurisdictionId)));

/** Bureau-wide templates (no project) are the administrators' and are not managed from this screen. */
export const canDeletePackage = (user: User | null, pkg: IncentivePackage, projectJurisdictionId: number): boolean =>
  !pkg.isTemplate && pkg.projectId != null && canWriteProject(user, projectJurisdictionId);
