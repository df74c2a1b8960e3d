import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The investor's reservation value: the least a package must be worth to it (万元 PV), default 0. */
export class ProjectReservationValue1764900000000 implements MigrationInterface {
  name = 'ProjectReservationValue1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "project" ADD COLUMN "reservation_value_wan" real NOT NULL DEFAULT (0)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "project" DROP COLUMN "reservation_value_wan"');
  }
}
