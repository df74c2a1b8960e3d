import { AppError } from '../../shared/errors';
import type { User } from '../../shared/types/user';

/**
 * Object-level access rules, checked in services against the jurisdiction that owns the object
 * (a plot's park, a unit's building's park, a project's county…), never against the URL alone.
 */
export function canWriteIn(user: User, jurisdictionId: number): boolean {
  if (user.role === 'admin') return true;
  return user.role === 'editor' && user.jurisdictionIds.includes(jurisdictionId);
}

export function assertWriteIn(user: User, jurisdictionId: number, what: string): void {
  if (canWriteIn(user, jurisdictionId)) return;
  if (user.role === 'viewer') throw new AppError('FORBIDDEN', 'viewers cannot make changes', 403);
  throw new AppError('FORBIDDEN', `you may not change ${what}: it belongs to another jurisdiction`, 403, {
    jurisdictionId,
  });
}

/**
 * For writes whose rows name their own counties (imports): a viewer is refused before the body is read,
 * so a file with no valid row is 403 rather than "created 0".
 */
export function assertMayWrite(user: User): void {
  if (user.role === 'viewer') throw new AppError('FORBIDDEN', 'viewers cannot make changes', 403);
}

export function assertAdmin(user: User): void {
  if (user.role !== 'admin') throw new AppError('FORBIDDEN', 'only a city administrator may do this', 403);
}

export function assertNotViewer(user: User, what: string): void {
  if (user.role === 'viewer') throw new AppError('FORBIDDEN', `viewers cannot see ${what}`, 403);
}

/** Viewers read the pipeline without investors' commercially sensitive figures. */
export const seesFinancials = (user: User): boolean => user.role !== 'viewer';
