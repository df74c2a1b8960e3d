import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError } from '../../shared/errors';

/**
 * Optimistic concurrency: the version is checked in the UPDATE itself, so two editors who read
 * the same version cannot both win — the second UPDATE matches no row and gets 409.
 */
export async function updateVersioned<E extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<E>,
  what: string,
  id: number,
  version: number,
  patch: Record<string, unknown>,
): Promise<void> {
  const res = await m
    .createQueryBuilder()
    .update(entity)
    .set({ ...patch, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (res.affected === 1) return;
  const exists = await m.getRepository(entity).exist({ where: { id } as never });
  if (!exists) throw new AppError('NOT_FOUND', `${what} ${id} does not exist`, 404);
  throw new AppError('VERSION_CONFLICT', `${what} ${id} was changed by someone else; reload and try again`, 409, {
    id,
  });
}
