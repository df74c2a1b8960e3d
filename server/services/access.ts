import { AppError } from '../../shared/errors';
import type { User } from '../../shared/types/user';
import type { Jurisdiction } from '../../shared/types/jurisdiction';

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

/**
 * A reference a write carries (the project a plot is reserved for, the enterprise in a unit…) must be
 * one the writer may change too: otherwise a county could tie up another county's project or plot.
 */
export function assertRefIn(user: User, jurisdictionId: number, field: string, id: number): void {
  if (canWriteIn(user, jurisdictionId)) return;
  if (user.role === 'viewer') throw new AppError('FORBIDDEN', 'viewers cannot make changes', 403);
  throw new AppError('FORBIDDEN', `${field}: ${id} belongs to another jurisdiction`, 403, { field, jurisdictionId });
}

export function assertAdmin(user: User): void {
  if (user.role !== 'admin') throw new AppError('FORBIDDEN', 'only a city administrator may do this', 403);
}

export function assertNotViewer(user: User, what: string): void {
  if (user.role === 'viewer') throw new AppError('FORBIDDEN', `viewers cannot see ${what}`, 403);
}

/** Viewers read the pipeline without investors' commercially sensitive figures. */
export const seesFinancials = (user: User): boolean => user.role !== 'viewer';

/**
 * The jurisdictions an administrator may hand out: every one for the city administrator (no ids of
 * their own), otherwise their own jurisdictions and those below them. Unknown ids are refused too.
 */
export function assertAssignable(
  admin: User,
  all: Pick<Jurisdiction, 'id' | 'parentId'>[],
  ids: number[],
  field = 'jurisdictionIds',
): void {
  const known = new Set(all.map((j) => j.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    throw new AppError('NOT_FOUND', `${field}: ${unknown.join(', ')} do not exist`, 404, { field, ids: unknown });
  if (admin.jurisdictionIds.length === 0) return;
  const parent = new Map(all.map((j) => [j.id, j.parentId]));
  const within = (id: number): boolean => {
    // Walks up the tree; the seen set stops a cycle in bad data from looping.
    for (
      let at: number | null | undefined = id, seen = 0;
      at != null && seen <= all.length;
      at = parent.get(at), seen++
    )
      if (admin.jurisdictionIds.includes(at)) return true;
    return false;
  };
  const outside = ids.filter((id) => !within(id));
  if (outside.length)
    throw new AppError('FORBIDDEN', `${field}: ${outside.join(', ')} are outside your own jurisdiction`, 403, {
      field,
      ids: outside,
    });
}
