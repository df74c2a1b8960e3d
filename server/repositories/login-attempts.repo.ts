import type { EntityManager } from 'typeorm';
import { In, LessThanOrEqual } from 'typeorm';
import { LoginAttemptEntity } from '../db/entities';
import { sql } from './sql';

export interface AttemptCount {
  key: string;
  attempts: number;
  windowEndsAt: string;
}

export const loginAttemptsRepo = {
  /**
   * Counts one attempt against each key in a fixed window: a key whose window has ended starts again
   * at 1. One UPSERT per key, so two concurrent attempts on PostgreSQL cannot both read the old count.
   */
  async count(m: EntityManager, keys: string[], nowIso: string, windowEndsIso: string): Promise<AttemptCount[]> {
    for (const key of keys)
      await sql(
        m,
        `INSERT INTO "login_attempt" ("key", "attempts", "window_ends_at") VALUES (:key, 1, :ends)
         ON CONFLICT ("key") DO UPDATE SET
           "attempts" = CASE WHEN "login_attempt"."window_ends_at" <= :now THEN 1
                             ELSE "login_attempt"."attempts" + 1 END,
           "window_ends_at" = CASE WHEN "login_attempt"."window_ends_at" <= :now THEN :ends
                                   ELSE "login_attempt"."window_ends_at" END`,
        { key, now: nowIso, ends: windowEndsIso },
      );
    const rows = await m.find(LoginAttemptEntity, { where: { key: In(keys) } });
    return rows.map((r) => ({ key: r.key, attempts: r.attempts, windowEndsAt: r.windowEndsAt }));
  },
  async clear(m: EntityManager, keys: string[]): Promise<void> {
    await m.delete(LoginAttemptEntity, { key: In(keys) });
  },
  /** Ended windows count for nothing: dropped so guesses from many addresses do not pile up rows. */
  async purgeEnded(m: EntityManager, nowIso: string): Promise<void> {
    await m.delete(LoginAttemptEntity, { windowEndsAt: LessThanOrEqual(nowIso) });
  },
};
