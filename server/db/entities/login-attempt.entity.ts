import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts counted in a fixed window, one row per throttled key (an account, an address, or
 * the two together). Kept in the database, not in memory, so a restart does not wipe a lockout.
 */
@Entity('login_attempt')
export class LoginAttemptEntity {
  @PrimaryColumn({ type: 'text' }) key!: string;
  @Column({ type: 'integer' }) attempts!: number;
  /** ISO 8601 UTC: compares as text the same way on SQLite and PostgreSQL. */
  @Index()
  @Column({ type: 'text', name: 'window_ends_at' })
  windowEndsAt!: string;
}
