import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Land-use indicators of a plot (国土资发〔2008〕24号: FAR, building coefficient, admin and green
 * shares, investment intensity), planned and actual, as one JSON column: null = none entered, so
 * plots already stored are unchanged.
 */
export class PlotLandUseIndicators1766100000000 implements MigrationInterface {
  name = 'PlotLandUseIndicators1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "plot" ADD COLUMN "indicators" text');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "plot" DROP COLUMN "indicators"');
  }
}
