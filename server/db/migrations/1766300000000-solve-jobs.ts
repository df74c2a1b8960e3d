import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Solve jobs as rows: progress, outcome and cancel requests that every app server can read. Used by
 * the PostgreSQL queue (server/jobs/pg-boss-queue.ts); SQLite has the table so both schemas agree.
 */
export class SolveJobs1766300000000 implements MigrationInterface {
  name = 'SolveJobs1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "solve_job" ("id" text PRIMARY KEY NOT NULL, ' +
        '"scenario_id" integer NOT NULL, "kind" text NOT NULL, "status" text ' +
        'NOT NULL, "progress" text, "error" text, "focus" text, "user_id" ' +
        'integer NOT NULL, "jurisdiction_ids" text NOT NULL, ' +
        '"cancel_requested" integer NOT NULL DEFAULT (0), "attempts" integer ' +
        'NOT NULL DEFAULT (0), "started_at" text NOT NULL, "finished_at" text)',
    );
    await q.query('CREATE INDEX "IDX_831fbec73b88d12e291b980a47" ON "solve_job" ("scenario_id", "status") ');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "IDX_831fbec73b88d12e291b980a47"');
    await q.query('DROP TABLE "solve_job"');
  }
}
