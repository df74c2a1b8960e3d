import type { EntityManager } from 'typeorm';

/**
 * After rows were inserted with their ids given (the seed keeps the generator's ids so references
 * hold), moves PostgreSQL's id sequences past the largest id, so the next insert does not collide.
 * SQLite's AUTOINCREMENT follows the largest id by itself: nothing to do there.
 */
export async function syncIdSequences(m: EntityManager): Promise<void> {
  if (m.connection.options.type !== 'postgres') return;
  for (const meta of m.connection.entityMetadatas) {
    const id = meta.primaryColumns.find((c) => c.generationStrategy === 'increment');
    if (!id) continue;
    const table = `"${meta.tableName}"`;
    await m.query(
      `SELECT setval(pg_get_serial_sequence('${table}', '${id.databaseName}` +
        `'), COALESCE(MAX("${id.databaseName}"), 0) + 1, false) FROM ${table}`,
    );
  }
}
