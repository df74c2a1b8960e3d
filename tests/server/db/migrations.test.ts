import { migrations } from '../../../server/db/migrations';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../server/db/data-source';
import type { DataSource } from 'typeorm';

describe('migrations', () => {
  let ds: DataSource | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-mig-'));
  afterEach(async () => {
    await ds?.destroy();
    ds = null;
  });

  it('when applied to an empty file, then every table exists and the schema matches the entities exactly', async () => {
    ds = await openDatabase(join(dir, 'a.sqlite'));
    const tables: Array<{ name: string }> = await ds.query(
      "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name",
    );
    const names = tables.map((t) => t.name);
    for (const t of [
      'park',
      'plot',
      'building',
      'unit',
      'enterprise',
      'enterprise_year',
      'project',
      'incentive_package',
      'scenario',
      'scenario_allocation',
      'app_user',
      'session',
      'audit_event',
      'jurisdiction',
      'leader_quota',
      'industry',
      'industry_chain',
      'chain_link',
    ])
      expect(names).toContain(t);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('when opened, then WAL, foreign keys and a busy timeout are on', async () => {
    ds = await openDatabase(join(dir, 'b.sqlite'));
    expect((await ds.query('PRAGMA journal_mode'))[0].journal_mode).toBe('wal');
    expect((await ds.query('PRAGMA foreign_keys'))[0].foreign_keys).toBe(1);
    expect((await ds.query('PRAGMA busy_timeout'))[0].timeout).toBe(5000);
  });

  it('when reverted, then the tables are gone, and re-applying restores them', async () => {
    ds = await openDatabase(join(dir, 'c.sqlite'));
    // Every migration, newest first, back to an empty file.
    for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const after: Array<{ n: number }> = await ds.query(
      "SELECT COUNT(*) AS n FROM sqlite_master WHERE type='table' AND name='plot'",
    );
    expect(after[0].n).toBe(0);
    await ds.runMigrations();
    const again: Array<{ n: number }> = await ds.query(
      "SELECT COUNT(*) AS n FROM sqlite_master WHERE type='table' AND name='plot'",
    );
    expect(again[0].n).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
