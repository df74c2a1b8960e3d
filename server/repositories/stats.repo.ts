import type { EntityManager } from 'typeorm';
import { sql } from './sql';

export interface ParkLandRow {
  parkId: number;
  status: string;
  count: number;
  areaMu: number;
}
export interface ParkOccupantRow {
  parkId: number;
  enterpriseId: number;
  areaMu: number;
  chainId: number | null;
  chainLinkId: number | null;
}
export interface ParkUnitRow {
  parkId: number;
  status: string;
  areaM2: number;
}
export interface LatestTaxRow {
  enterpriseId: number;
  taxWan: number;
}

/** Aggregates for park summaries, in SQL so a city of 20,000 plots is summed without loading them. */
export const statsRepo = {
  landByStatus: (m: EntityManager): Promise<ParkLandRow[]> =>
    m.query(
      `SELECT park_id AS "parkId", status, CAST(COUNT(*) AS integer) AS ` +
        `count, SUM(area_mu) AS "areaMu" FROM plot GROUP BY park_id, status`,
    ),
  occupants: (m: EntityManager): Promise<ParkOccupantRow[]> =>
    m.query(`SELECT p.park_id AS "parkId", p.enterprise_id AS "enterpriseId", SUM(p.area_mu) AS "areaMu",
      i.chain_id AS "chainId",
                    e.chain_link_id AS "chainLinkId"
               FROM plot p JOIN enterprise e ON e.id = p.enterprise_id JOIN industry i ON i.id = e.industry_id
              WHERE p.status IN ('occupied', 'under_construction')
              GROUP BY p.park_id, p.enterprise_id, i.chain_id, e.chain_link_id`),
  unitsByStatus: (m: EntityManager): Promise<ParkUnitRow[]> =>
    m.query(`SELECT b.park_id AS "parkId", u.status, SUM(u.area_m2) AS "areaM2"
      FROM unit u JOIN building b ON b.id = u.building_id
              GROUP BY b.park_id, u.status`),
  latestTax: (m: EntityManager): Promise<LatestTaxRow[]> =>
    m.query(`SELECT y.enterprise_id AS "enterpriseId", y.tax_wan AS "taxWan" FROM enterprise_year y
              WHERE y.year = (SELECT MAX(year) FROM enterprise_year z WHERE z.enterprise_id = y.enterprise_id)`),
  /** Standard-factory tenants with their floor area, their building's floor area and floors, and its plot. */
  tenants: (
    m: EntityManager,
  ): Promise<
    Array<{
      enterpriseId: number;
      areaM2: number;
      buildingFloorM2: number;
      floors: number;
      plotMu: number;
      plotFloorM2: number;
    }>
  > =>
    m.query(`SELECT u.enterprise_id AS "enterpriseId", u.area_m2 AS "areaM2", b.floor_area_m2 AS "buildingFloorM2",
                    b.floors AS floors, p.area_mu AS "plotMu",
                    (SELECT SUM(b2.floor_area_m2) FROM building b2 WHERE b2.plot_id = b.plot_id) AS "plotFloorM2"
               FROM unit u JOIN building b ON b.id = u.building_id JOIN plot p ON p.id = b.plot_id
              WHERE u.enterprise_id IS NOT NULL`),
  /** Occupied space per park with the occupant's chain: plots in 亩, factory tenants' floor as m². */
  occupancy: (
    m: EntityManager,
  ): Promise<Array<{ parkId: number; areaMu: number | null; floorM2: number | null; chainId: number | null }>> =>
    m.query(`SELECT p.park_id AS "parkId", p.area_mu AS "areaMu", NULL AS "floorM2", i.chain_id AS "chainId"
               FROM plot p JOIN enterprise e ON e.id = p.enterprise_id JOIN industry i ON i.id = e.industry_id
              WHERE p.status IN ('occupied', 'under_construction')
             UNION ALL
             SELECT b.park_id, NULL, u.area_m2, i.chain_id
               FROM unit u JOIN building b ON b.id = u.building_id JOIN enterprise e ON e.id = u.enterprise_id
               JOIN industry i ON i.id = e.industry_id
              WHERE u.status = 'leased'`),
  /** Chain links with an occupant (plot or unit tenant), for every park. */
  allPresentLinks: (m: EntityManager): Promise<Array<{ parkId: number; chainLinkId: number }>> =>
    m.query(`SELECT DISTINCT p.park_id AS "parkId", e.chain_link_id AS "chainLinkId"
      FROM plot p JOIN enterprise e ON e.id = p.enterprise_id
              WHERE e.chain_link_id IS NOT NULL
             UNION
             SELECT DISTINCT b.park_id, e.chain_link_id FROM unit u JOIN building b ON b.id = u.building_id
               JOIN enterprise e ON e.id = u.enterprise_id WHERE e.chain_link_id IS NOT NULL`),
  buildingCounts: (m: EntityManager): Promise<Array<{ parkId: number; count: number }>> =>
    m.query(`SELECT park_id AS "parkId", CAST(COUNT(*) AS integer) AS count FROM building GROUP BY park_id`),
  /** Chain links with an occupant (plot or unit tenant) in a park. */
  presentLinks: (m: EntityManager, parkId: number): Promise<Array<{ chainLinkId: number; n: number }>> =>
    sql(
      m,
      `SELECT e.chain_link_id AS "chainLinkId", CAST(COUNT(DISTINCT e.id) AS integer) AS n FROM enterprise e
              WHERE e.chain_link_id IS NOT NULL AND (
                e.id IN (SELECT enterprise_id FROM plot WHERE park_id = :parkId AND enterprise_id IS NOT NULL)
                OR e.id IN (SELECT u.enterprise_id FROM unit u JOIN building b ON b.id = u.building_id
                  WHERE b.park_id = :parkId))
              GROUP BY e.chain_link_id`,
      { parkId },
    ),
};
