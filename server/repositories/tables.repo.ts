import type { DataSource, EntityManager, EntityMetadata } from 'typeorm';
import { sql } from './sql';

/** One of ParkPlan's tables as the entities declare it, for moving rows between databases. */
export interface TableInfo {
  name: string;
  /** Database column names, in the entity's order. PostGIS's derived `geom` is not one: a trigger makes it. */
  columns: string[];
  primaryKey: string[];
  /** Columns that reference the table itself (a county's parent): their rows must follow their parent's. */
  selfRefs: string[];
}

export type Row = Record<string, unknown>;

const q = (name: string) => `"${name}"`;

/**
 * The entities' tables, each after every table it references (Kahn's order on the foreign keys; a
 * table's references to itself are handled row by row). Tables of other tools (TypeORM's migrations,
 * PostGIS, a job queue) are not ParkPlan's data and are left out.
 */
export function tablesInFkOrder(ds: DataSource): TableInfo[] {
  const metas = ds.entityMetadatas.filter((m) => m.tableType === 'regular');
  const byTable = new Map(metas.map((m) => [m.tableName, m]));
  const deps = new Map<string, Set<string>>(metas.map((m) => [m.tableName, referenced(m)]));
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (done.size < metas.length) {
    const ready = [...deps].filter(([t, d]) => !done.has(t) && [...d].every((x) => done.has(x) || !byTable.has(x)));
    if (!ready.length) {
      const left = [...deps.keys()].filter((t) => !done.has(t));
      throw new Error(`foreign keys form a cycle among ${left.join(', ')}`);
    }
    for (const [t] of ready.sort(([a], [b]) => a.localeCompare(b))) {
      done.add(t);
      ordered.push(infoOf(byTable.get(t)!));
    }
  }
  return ordered;
}

function referenced(m: EntityMetadata): Set<string> {
  return new Set(m.foreignKeys.map((fk) => fk.referencedEntityMetadata.tableName).filter((t) => t !== m.tableName));
}

function infoOf(m: EntityMetadata): TableInfo {
  return {
    name: m.tableName,
    columns: m.columns.map((c) => c.databaseName),
    primaryKey: m.primaryColumns.map((c) => c.databaseName),
    selfRefs: m.foreignKeys
      .filter((fk) => fk.referencedEntityMetadata.tableName === m.tableName)
      .flatMap((fk) => fk.columnNames),
  };
}

export const tablesRepo = {
  async count(m: EntityManager, t: TableInfo): Promise<number> {
    const [{ n }] = await sql<{ n: number }>(m, `SELECT CAST(COUNT(*) AS integer) AS "n" FROM ${q(t.name)}`);
    return n;
  },

  /** Rows `offset`… in primary-key order, with the stored values as the driver returns them. */
  page(m: EntityManager, t: TableInfo, offset: number, limit: number): Promise<Row[]> {
    const cols = t.columns.map(q).join(', ');
    const order = t.primaryKey.map(q).join(', ');
    return sql<Row>(m, `SELECT ${cols} FROM ${q(t.name)} ORDER BY ${order} LIMIT :limit OFFSET :offset`, {
      limit,
      offset,
    });
  },

  /** Inserts the rows as they are, ids included, in statements of at most ~5,000 values. */
  async insert(m: EntityManager, t: TableInfo, rows: Row[]): Promise<void> {
    const per = Math.max(1, Math.floor(5000 / t.columns.length));
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const params: Record<string, unknown> = {};
      const values = chunk.map((row, r) => {
        const names = t.columns.map((c, k) => {
          params[`v${r}_${k}`] = row[c] ?? null;
          return `:v${r}_${k}`;
        });
        return `(${names.join(', ')})`;
      });
      await sql(m, `INSERT INTO ${q(t.name)} (${t.columns.map(q).join(', ')}) VALUES ${values.join(', ')}`, params);
    }
  },

  /**
   * Empties the tables, children first. References of a table to itself are cleared first: SQLite
   * checks ON DELETE RESTRICT row by row, so a county deleted before its city would otherwise not be.
   */
  async clear(m: EntityManager, tables: TableInfo[]): Promise<void> {
    for (const t of [...tables].reverse()) {
      for (const c of t.selfRefs) await sql(m, `UPDATE ${q(t.name)} SET ${q(c)} = NULL`);
      await sql(m, `DELETE FROM ${q(t.name)}`);
    }
  },
};

/**
 * Runs `fn` in one read transaction of `ds`, so that every table is read from the same moment even if
 * something writes meanwhile: REPEATABLE READ on PostgreSQL; on SQLite (WAL) the snapshot of the
 * transaction's first read.
 */
export function withSnapshot<T>(ds: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  return ds.options.type === 'postgres' ? ds.transaction('REPEATABLE READ', fn) : ds.transaction(fn);
}

/** Whether migrations of this build have not run on the database yet. */
export const hasPendingMigrations = (ds: DataSource): Promise<boolean> => ds.showMigrations();
