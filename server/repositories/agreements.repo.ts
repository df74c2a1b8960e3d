import { Between, In, type EntityManager } from 'typeorm';
import { sql } from './sql';
import { AgreementEntity, EnterpriseYearEntity, LeaseEntity } from '../db/entities';
import type { Agreement, Lease, LeaseView } from '../../shared/types/agreement';
import type { FiledYear } from '../../shared/agreements';

const toAgreement = (e: AgreementEntity): Agreement => ({
  id: e.id,
  projectId: e.projectId,
  enterpriseId: e.enterpriseId,
  packageId: e.packageId,
  jurisdictionId: e.jurisdictionId,
  signedOn: e.signedOn,
  constructionStartBy: e.constructionStartBy,
  completionBy: e.completionBy,
  commitments: e.commitments,
  landGrant: e.landGrant,
  version: e.version,
});

export const agreementsRepo = {
  async list(m: EntityManager, f: { jurisdictionId?: number }): Promise<Agreement[]> {
    const where = f.jurisdictionId ? { jurisdictionId: f.jurisdictionId } : {};
    return (await m.find(AgreementEntity, { where, order: { id: 'ASC' } })).map(toAgreement);
  },
  /** Every filed year of the given enterprises, keyed by enterprise id. */
  async filings(m: EntityManager, enterpriseIds: number[]): Promise<Map<number, FiledYear[]>> {
    const out = new Map<number, FiledYear[]>();
    if (!enterpriseIds.length) return out;
    const rows = await m.find(EnterpriseYearEntity, { where: { enterpriseId: In(enterpriseIds) } });
    for (const r of rows) {
      const list = out.get(r.enterpriseId) ?? [];
      list.push({
        year: r.year,
        investmentWan: r.investmentWan,
        revenueWan: r.revenueWan,
        taxWan: r.taxWan,
        employees: r.employees,
      });
      out.set(r.enterpriseId, list);
    }
    return out;
  },
};

export const leasesRepo = {
  /** Leases ending between the two ISO dates, soonest first. */
  async endingBetween(m: EntityManager, from: string, to: string): Promise<Lease[]> {
    const rows = await m.find(LeaseEntity, {
      where: { endDate: Between(from, to) },
      order: { endDate: 'ASC', id: 'ASC' },
    });
    return rows.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      enterpriseId: r.enterpriseId,
      startDate: r.startDate,
      endDate: r.endDate,
      rentYuanPerM2Month: r.rentYuanPerM2Month,
    }));
  },
  /** Leases ending between the two ISO dates with their unit, park and tenant, soonest first. */
  async expiring(
    m: EntityManager,
    f: { from: string; to: string; parkId?: number; jurisdictionId?: number },
  ): Promise<Omit<LeaseView, 'monthsLeft'>[]> {
    const where = ['l.end_date BETWEEN :from AND :to'];
    if (f.parkId) {
      where.push('b.park_id = :parkId');
    }
    if (f.jurisdictionId) {
      where.push('k.jurisdiction_id = :jurisdictionId');
    }
    return sql<Omit<LeaseView, 'monthsLeft'>>(
      m,
      `SELECT l.id, l.unit_id AS "unitId", l.enterprise_id AS "enterpriseId", l.start_date AS "startDate",
              l.end_date AS "endDate", l.rent_yuan_per_m2_month AS "rentYuanPerM2Month", u.code AS "unitCode",
              u.building_id AS "buildingId", b.park_id AS "parkId", k.name AS "parkName",
              k.jurisdiction_id AS "jurisdictionId", e.name AS "enterpriseName", u.area_m2 AS "areaM2"
         FROM lease l JOIN unit u ON u.id = l.unit_id JOIN building b ON b.id = u.building_id
         JOIN park k ON k.id = b.park_id LEFT JOIN enterprise e ON e.id = l.enterprise_id
        WHERE ${where.join(' AND ')}
        ORDER BY l.end_date, l.id`,
      { from: f.from, to: f.to, parkId: f.parkId, jurisdictionId: f.jurisdictionId },
    );
  },
};
