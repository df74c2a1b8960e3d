import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../shared/errors';
import { Db } from '../db/db';
import { syncIdSequences } from '../db/sequences';
import {
  hasPendingMigrations,
  tablesInFkOrder,
  tablesRepo,
  withSnapshot,
  type Row,
  type TableInfo,
} from '../repositories/tables.repo';

/** What was moved of one table, and whether the target holds exactly what the source held. */
export interface TableReport {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
}

const PAGE = 2000;

/**
 * A table's checksum: SHA-256 over its rows, each the JSON of its values in column order, sorted.
 * Sorted in JavaScript, not by ORDER BY: a text key (session ids) may collate differently on the two
 * engines. Both drivers hand back integers and doubles as JS numbers and text as strings, and a
 * double prints the same shortest way from either, so equal data gives equal checksums.
 */
export function tableChecksum(t: TableInfo, rows: Row[]): string {
  const lines = rows.map((r) => JSON.stringify(t.columns.map((c) => r[c] ?? null))).sort();
  const h = createHash('sha256');
  for (const line of lines) h.update(line).update('\n');
  return h.digest('hex').slice(0, 16);
}

async function readAll(m: EntityManager, t: TableInfo): Promise<Row[]> {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await tablesRepo.page(m, t, offset, PAGE);
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

/** Rows of a self-referencing table ordered so that every row comes after the row it names. */
function parentsFirst(t: TableInfo, rows: Row[]): Row[] {
  if (!t.selfRefs.length) return rows;
  const [pk] = t.primaryKey;
  const placed = new Set<unknown>();
  const out: Row[] = [];
  let pending = rows;
  while (pending.length) {
    const ready = (r: Row) => t.selfRefs.every((c) => r[c] == null || r[c] === r[pk] || placed.has(r[c]));
    const now = pending.filter(ready);
    if (!now.length) throw new Error(`${t.name}: rows reference each other in a cycle`);
    for (const r of now) placed.add(r[pk]);
    out.push(...now);
    pending = pending.filter((r) => !placed.has(r[pk]));
  }
  return out;
}

/**
 * Moves every ParkPlan table of `source` into `target`, table by table in foreign-key order, in one
 * transaction on the target; the source is read from one snapshot. Then each table is counted and
 * checksummed on both sides inside that transaction: any difference rolls everything back, so the
 * target is either a verified copy or as it was. A target with rows is refused unless `force`, which
 * empties it first (in the same transaction). Id sequences are moved past the copied ids.
 */
export async function migrateData(
  source: DataSource,
  target: DataSource,
  opts: { force?: boolean; onTable?: (r: TableReport) => void } = {},
): Promise<TableReport[]> {
  if (await hasPendingMigrations(source))
    throw new AppError(
      'source_schema_behind',
      'the source database has migrations of this version still to run: start ParkPlan on it once, then migrate',
      409,
    );
  const tables = tablesInFkOrder(target);
  return withSnapshot(source, (src) =>
    new Db(target).write(async (dst) => {
      await emptyOrRefuse(dst, tables, opts.force === true);
      const copied = new Map<string, { rows: number; checksum: string }>();
      for (const t of tables) {
        const rows = parentsFirst(t, await readAll(src, t));
        await tablesRepo.insert(dst, t, rows);
        copied.set(t.name, { rows: rows.length, checksum: tableChecksum(t, rows) });
      }
      await syncIdSequences(dst);
      const reports: TableReport[] = [];
      for (const t of tables) {
        const there = await readAll(dst, t);
        const from = copied.get(t.name)!;
        const r: TableReport = {
          table: t.name,
          sourceRows: from.rows,
          targetRows: await tablesRepo.count(dst, t),
          sourceChecksum: from.checksum,
          targetChecksum: tableChecksum(t, there),
          ok: false,
        };
        r.ok = r.sourceRows === r.targetRows && r.sourceChecksum === r.targetChecksum;
        reports.push(r);
        opts.onTable?.(r);
      }
      const bad = reports.filter((r) => !r.ok);
      if (bad.length)
        throw new AppError(
          'verification_failed',
          `the copy differs from the source in ${bad.map((r) => r.table).join(', ')}: nothing was written`,
          500,
          reports,
        );
      return reports;
    }),
  );
}

async function emptyOrRefuse(m: EntityManager, tables: TableInfo[], force: boolean): Promise<void> {
  const full: string[] = [];
  for (const t of tables) {
    const n = await tablesRepo.count(m, t);
    if (n > 0) full.push(`${t.name} (${n})`);
  }
  if (!full.length) return;
  if (!force)
    throw new AppError(
      'target_not_empty',
      `the target database already has rows: ${full.join(', ')}; pass --force to replace them`,
      409,
    );
  await tablesRepo.clear(m, tables);
}
