import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in throttling counters, kept across restarts (one row per account, address, or both). */
export class LoginAttempts1766300000000 implements MigrationInterface {
  name = 'LoginAttempts1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "login_attempt" ("key" text PRIMARY KEY NOT NULL, ' +
        '"attempts" integer NOT NULL, "window_ends_at" text NOT NULL)',
    );
    await q.query('CREATE INDEX "IDX_b7cbce255e3de6205edb1ded83" ON "login_attempt" ("window_ends_at") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_b7cbce255e3de6205edb1ded83"');
    await q.query('DROP TABLE "login_attempt"');
  }
}
