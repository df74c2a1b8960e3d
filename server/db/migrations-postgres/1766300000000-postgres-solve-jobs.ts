import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQLite migration 1766300000000 (solve jobs), for PostgreSQL, generated from the entities by
 * server/db/generate-migration.ts. PostgreSQL only: the `data_version` sequence, bumped around every
 * write that changes cached reads, so each app server's read caches see the writes of the others
 * (server/db/db.ts). A sequence, not a counter row: nextval never blocks and never makes two
 * SERIALIZABLE commits conflict.
 */
export class PostgresSolveJobs1766300000000 implements MigrationInterface {
  name = 'PostgresSolveJobs1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "solve_job" ("id" text NOT NULL, "scenario_id" integer ' +
        'NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "progress" ' +
        'text, "error" text, "focus" text, "user_id" integer NOT NULL, ' +
        '"jurisdiction_ids" text NOT NULL, "cancel_requested" integer NOT NULL ' +
        "DEFAULT '0', \"attempts\" integer NOT NULL DEFAULT '0', " +
        '"started_at" text NOT NULL, "finished_at" text, CONSTRAINT ' +
        '"PK_bcae76b1d5faf9d8b4f7d1a218b" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_831fbec73b88d12e291b980a47" ON "solve_job" ("scenario_id", "status") ');
    await q.query('CREATE SEQUENCE "data_version"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP SEQUENCE "data_version"');
    await q.query('DROP INDEX "public"."IDX_831fbec73b88d12e291b980a47"');
    await q.query('DROP TABLE "solve_job"');
  }
}
