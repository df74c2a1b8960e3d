import { In, type EntityManager } from 'typeorm';
import { EnterpriseEntity, EnterpriseYearEntity } from '../db/entities';
import type { FilingRow } from '../../shared/schemas/filing';

export const filingsRepo = {
  /** Every enterprise as the import names them: id, names and county. */
  async lookups(
    m: EntityManager,
  ): Promise<Array<{ id: number; name: string; nameEn: string; jurisdictionId: number }>> {
    const rows = await m.find(EnterpriseEntity, {
      select: { id: true, name: true, nameEn: true, jurisdictionId: true },
    });
    return rows.map((r) => ({ id: r.id, name: r.name, nameEn: r.nameEn, jurisdictionId: r.jurisdictionId }));
  },
  /** Writes each filing, replacing the same enterprise's same year; returns the keys that existed before. */
  async upsert(m: EntityManager, rows: FilingRow[]): Promise<Set<string>> {
    const ids = [...new Set(rows.map((r) => r.enterpriseId))];
    const before = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const old = await m.find(EnterpriseYearEntity, {
        select: { enterpriseId: true, year: true },
        where: { enterpriseId: In(ids.slice(i, i + 500)) },
      });
      for (const o of old) before.add(`${o.enterpriseId}|${o.year}`);
    }
    for (let i = 0; i < rows.length; i += 200) await m.save(EnterpriseYearEntity, rows.slice(i, i + 200));
    return before;
  },
};
