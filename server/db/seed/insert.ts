import type { EntityManager } from 'typeorm';

/**
 * Multi-row INSERTs of generated rows. Nothing is read back (updateEntity(false)): the seed needs no
 * generated value, and on SQLite TypeORM would otherwise SELECT every row again after inserting it,
 * most of a province seed's time. About 5,000 values a statement: TypeORM's work per value grows with
 * the statement's size, and SQLite allows 32,766.
 */
export async function insertChunks<T>(m: EntityManager, entity: new () => T, rows: object[]): Promise<void> {
  if (!rows.length) return;
  const columns = m.connection.getMetadata(entity).columns.length;
  const size = Math.max(1, Math.floor(5000 / columns));
  for (let i = 0; i < rows.length; i += size)
    await m
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + size) as never)
      .updateEntity(false)
      .execute();
}
