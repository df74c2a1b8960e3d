import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQLite migration 1766300000000 (sign-in throttling counters), for PostgreSQL. Generated from the
 * entities by server/db/generate-migration.ts; tests/server/db/schema-parity.test.ts checks it.
 */
export class PostgresLoginAttempts1766300000000 implements MigrationInterface {
  name = 'PostgresLoginAttempts1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "login_attempt" ("key" text NOT NULL, "attempts" integer ' +
        'NOT NULL, "window_ends_at" text NOT NULL, CONSTRAINT ' +
        '"PK_2b7decd11c28ffdfdde28e05382" PRIMARY KEY ("key"))',
    );
    await q.query('CREATE INDEX "IDX_b7cbce255e3de6205edb1ded83" ON "login_attempt" ("window_ends_at") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."IDX_b7cbce255e3de6205edb1ded83"');
    await q.query('DROP TABLE "login_attempt"');
  }
}
