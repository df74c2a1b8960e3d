import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQLite migrations 1766100000000 (plot land-use indicators) and 1766200000000 (efficiency reviews, policy tiers), for
 * PostgreSQL.
 * Generated from the entities by server/db/generate-migration.ts against PostgreSQL migrated to the
 * previous migration; tests/server/db/schema-parity.test.ts checks it against the SQLite schema.
 */
export class PostgresIndicatorsReviews1766200000000 implements MigrationInterface {
  name = 'PostgresIndicatorsReviews1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "efficiency_review" ("id" SERIAL NOT NULL, ' +
        '"jurisdiction_id" integer NOT NULL, "year" integer NOT NULL, "run_at" ' +
        'text NOT NULL, "run_by" text, "settings" text NOT NULL, "tiers" text ' +
        'NOT NULL, "benchmarks" text, "distribution" text NOT NULL, "rows" ' +
        'text NOT NULL, CONSTRAINT "PK_1b075b8dfc3cc92dc7197e3c9f9" PRIMARY ' +
        'KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_ca2934f16258eef425b157ecd5" ON "efficiency_review" ("jurisdiction_id", "year") ');
    await q.query(
      'CREATE TABLE "policy_tiers" ("jurisdiction_id" integer NOT NULL, ' +
        '"tiers" text NOT NULL, "version" integer NOT NULL DEFAULT \'1\', ' +
        'CONSTRAINT "PK_6f307d673a6fb743994321d0953" PRIMARY KEY ' +
        '("jurisdiction_id"))',
    );
    await q.query('ALTER TABLE "plot" ADD "indicators" text');
    await q.query(
      'ALTER TABLE "efficiency_review" ADD CONSTRAINT ' +
        '"FK_adfc46463de301ec3d8616282d7" FOREIGN KEY ("jurisdiction_id") ' +
        'REFERENCES "jurisdiction"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "policy_tiers" ADD CONSTRAINT ' +
        '"FK_6f307d673a6fb743994321d0953" FOREIGN KEY ("jurisdiction_id") ' +
        'REFERENCES "jurisdiction"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "policy_tiers" DROP CONSTRAINT "FK_6f307d673a6fb743994321d0953"');
    await q.query('ALTER TABLE "efficiency_review" DROP CONSTRAINT "FK_adfc46463de301ec3d8616282d7"');
    await q.query('ALTER TABLE "plot" DROP COLUMN "indicators"');
    await q.query('DROP TABLE "policy_tiers"');
    await q.query('DROP INDEX "public"."IDX_ca2934f16258eef425b157ecd5"');
    await q.query('DROP TABLE "efficiency_review"');
  }
}
