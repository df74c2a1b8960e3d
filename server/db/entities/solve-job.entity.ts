import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { json } from './columns';

/**
 * A solve job queued to the solver workers (PostgreSQL with pg-boss; see server/jobs). The row is
 * what every app server reads to follow a job and writes to cancel it: progress, outcome and the
 * cancel request live here, not in one server's memory. The queue itself (pg-boss's own tables)
 * holds the work to do and its retries. The in-process queue of a SQLite install keeps jobs in memory.
 */
@Entity('solve_job')
@Index(['scenarioId', 'status'])
export class SolveJobEntity {
  @PrimaryColumn({ type: 'text' }) id!: string;
  @Column({ type: 'integer', name: 'scenario_id' }) scenarioId!: number;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text', transformer: json, nullable: true }) progress!: unknown;
  @Column({ type: 'text', transformer: json, nullable: true }) error!: unknown;
  @Column({ type: 'text', transformer: json, nullable: true }) focus!: unknown;
  @Column({ type: 'integer', name: 'user_id' }) userId!: number;
  @Column({ type: 'text', name: 'jurisdiction_ids', transformer: json }) jurisdictionIds!: number[];
  /** 1 once someone asked to cancel: the worker running the job polls it and stops the engine. */
  @Column({ type: 'integer', name: 'cancel_requested', default: 0 }) cancelRequested!: number;
  /** How many times a worker has taken the job up (more than 1: a worker died and pg-boss retried). */
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ type: 'text', name: 'started_at' }) startedAt!: string;
  @Column({ type: 'text', name: 'finished_at', nullable: true }) finishedAt!: string | null;
}
