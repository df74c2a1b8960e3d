import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After the deal: investment agreements (投资协议) with commitments and land grants, leases on
 * standard-factory units, and two new yearly filing figures (electricity kWh, fixed-asset investment).
 */
export class AfterTheDeal1765000000000 implements MigrationInterface {
  name = 'AfterTheDeal1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "agreement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "project_id" integer NOT NULL, "enterprise_id" integer, ' +
        '"package_id" integer, "jurisdiction_id" integer NOT NULL, "signed_on" ' +
        'text NOT NULL, "construction_start_by" text NOT NULL, "completion_by" ' +
        'text NOT NULL, "commitments" text NOT NULL, "land_grant" text, ' +
        '"version" integer NOT NULL DEFAULT (1), CONSTRAINT ' +
        '"FK_654d64b50ef891de2fe2466de98" FOREIGN KEY ("project_id") ' +
        'REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, ' +
        'CONSTRAINT "FK_19a79b4f0a5c1fa902068663bcd" FOREIGN KEY ' +
        '("enterprise_id") REFERENCES "enterprise" ("id") ON DELETE SET NULL ' +
        'ON UPDATE NO ACTION, CONSTRAINT "FK_1b3fb7a6a4821ce7988a4878d85" ' +
        'FOREIGN KEY ("package_id") REFERENCES "incentive_package" ("id") ON ' +
        'DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT ' +
        '"FK_936006c30746b59c16d46edd7b4" FOREIGN KEY ("jurisdiction_id") ' +
        'REFERENCES "jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE NO ' +
        'ACTION)',
    );
    await q.query('CREATE INDEX "IDX_936006c30746b59c16d46edd7b" ON "agreement" ("jurisdiction_id") ');
    await q.query(
      'CREATE TABLE "lease" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,' +
        ' "unit_id" integer NOT NULL, "enterprise_id" integer, "start_date" ' +
        'text NOT NULL, "end_date" text NOT NULL, "rent_yuan_per_m2_month" ' +
        'real, CONSTRAINT "FK_ca091675febe801029d4db0f642" FOREIGN KEY ' +
        '("unit_id") REFERENCES "unit" ("id") ON DELETE CASCADE ON UPDATE NO ' +
        'ACTION, CONSTRAINT "FK_a6dae9228f79b78ac1098f99fd7" FOREIGN KEY ' +
        '("enterprise_id") REFERENCES "enterprise" ("id") ON DELETE SET NULL ' +
        'ON UPDATE NO ACTION)',
    );
    await q.query('CREATE INDEX "IDX_df70c3eaeb7622b50d2bb91de8" ON "lease" ("end_date") ');
    // Nullable columns: SQLite adds them in place, the years already filed keep null (not collected then).
    await q.query('ALTER TABLE "enterprise_year" ADD COLUMN "electricity_kwh" real');
    await q.query('ALTER TABLE "enterprise_year" ADD COLUMN "investment_wan" real');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "enterprise_year" DROP COLUMN "investment_wan"');
    await q.query('ALTER TABLE "enterprise_year" DROP COLUMN "electricity_kwh"');
    await q.query('DROP TABLE "lease"');
    await q.query('DROP TABLE "agreement"');
  }
}
