import type { EntityManager } from 'typeorm';

/**
 * Raw SQL with `:name` parameters, sent in the driver's own placeholder style (`?` on SQLite, `$1` on
 * PostgreSQL). The SQL itself is kept to what both engines read alike: quoted camelCase aliases
 * (PostgreSQL folds unquoted names to lower case), CAST(COUNT(*) AS integer) (PostgreSQL counts in
 * bigint, which its driver returns as a string), every selected column grouped, CAST instead of `::`.
 */
export function sql<T>(m: EntityManager, text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const [query, values] = m.connection.driver.escapeQueryWithParameters(text, params, {});
  return m.query(query, values);
}
