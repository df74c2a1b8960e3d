import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kept yearly 亩均 reviews (scores, grades, ranks and the benchmarks used, as run) and each
 * county's table of differentiated-policy tiers.
 */
export class EfficiencyReviews1766200000000 implements MigrationInterface {
  name = 'EfficiencyReviews1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "efficiency_review" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "jurisdiction_id" integer NOT NULL, "year" ' +
        'integer NOT NULL, "run_at" text NOT NULL, "run_by" text, "settings" ' +
        'text NOT NULL, "tiers" text NOT NULL, "benchmarks" text, ' +
        '"distribution" text NOT NULL, "rows" text NOT NULL, CONSTRAINT ' +
        '"FK_adfc46463de301ec3d8616282d7" FOREIGN KEY ("jurisdiction_id") ' +
        'REFERENCES "jurisdiction" ("id") ON DELETE CASCADE ON UPDATE NO ' +
        'ACTION)',
    );
    await q.query('CREATE INDEX "IDX_ca2934f16258eef425b157ecd5" ON "efficiency_review" ("jurisdiction_id", "year") ');
    await q.query(
      'CREATE TABLE "policy_tiers" ("jurisdiction_id" integer PRIMARY KEY ' +
        'NOT NULL, "tiers" text NOT NULL, "version" integer NOT NULL DEFAULT ' +
        '(1), CONSTRAINT "FK_6f307d673a6fb743994321d0953" FOREIGN KEY ' +
        '("jurisdiction_id") REFERENCES "jurisdiction" ("id") ON DELETE ' +
        'CASCADE ON UPDATE NO ACTION)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE "policy_tiers"');
    await q.query('DROP INDEX "IDX_ca2934f16258eef425b157ecd5"');
    await q.query('DROP TABLE "efficiency_review"');
  }
}
