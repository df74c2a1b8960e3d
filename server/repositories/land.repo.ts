import type { EntityManager } from 'typeorm';
import { sql } from './sql';

export interface HeldPlotRow {
  id: number;
  code: string;
  parkId: number;
  parkName: string;
  jurisdictionId: number;
  listedPriceWanPerMu: number;
  minInvestmentIntensityWanPerMu: number;
  areaMu: number;
  enterpriseId: number | null;
  enterpriseName: string | null;
  gbtGroup: number | null;
  /** Σ floor area of the buildings recorded on the plot; null when none is recorded. */
  floorM2: number | null;
}

export const landRepo = {
  /** Plots held by an enterprise, or named by id (an agreement's grant), with their park and occupant's industry. */
  held(m: EntityManager, plotIds: number[], jurisdictionId?: number): Promise<HeldPlotRow[]> {
    // Ids are integers from our own rows; filtered again so nothing but digits reaches the SQL text.
    const ids = plotIds.filter((x) => Number.isInteger(x)).join(',') || '0';
    return sql<HeldPlotRow>(
      m,
      `SELECT p.id, p.code, p.park_id AS "parkId", k.name AS "parkName", k.jurisdiction_id AS "jurisdictionId",
              k.listed_land_price_wan_per_mu AS "listedPriceWanPerMu",
              k.min_investment_intensity_wan_per_mu AS "minInvestmentIntensityWanPerMu", p.area_mu AS "areaMu",
              p.enterprise_id AS "enterpriseId", e.name AS "enterpriseName", i.gbt_group AS "gbtGroup",
              (SELECT SUM(b.floor_area_m2) FROM building b WHERE b.plot_id = p.id) AS "floorM2"
         FROM plot p JOIN park k ON k.id = p.park_id
         LEFT JOIN enterprise e ON e.id = p.enterprise_id LEFT JOIN industry i ON i.id = e.industry_id
        WHERE (p.enterprise_id IS NOT NULL OR p.id IN (${ids}))
          ${jurisdictionId ? 'AND k.jurisdiction_id = :jurisdictionId' : ''}
        ORDER BY p.id`,
      { jurisdictionId },
    );
  },
};
