import type { Db } from '../db/db';
import { loginAttemptsRepo } from '../repositories/login-attempts.repo';
import { AppError } from '../../shared/errors';
import { ACCOUNTS_ONLY } from './accounts';

/**
 * Sign-in limits per 15-minute window. NIST SP 800-63B §5.2.2 asks that failed attempts on one
 * account be limited to no more than 100; ParkPlan's accounts are few and named, so far lower:
 * - one address on one account: 10 (a mistyped password now and then never reaches it);
 * - one account from all addresses together: 30 (a guesser spreading over many addresses is stopped,
 *   and the account's owner, signing in from elsewhere, is locked out for the window only);
 * - one address on all accounts: 100 (an office behind one address still signs in).
 */
export interface LoginLimits {
  windowMs: number;
  addressAccount: number;
  account: number;
  address: number;
}
export const LOGIN_LIMITS: Readonly<LoginLimits> = {
  windowMs: 15 * 60_000,
  addressAccount: 10,
  account: 30,
  address: 100,
};

export function loginThrottle(db: Db, limits: Readonly<LoginLimits> = LOGIN_LIMITS) {
  const keysOf = (address: string, username: string) => ({
    addressAccount: `address-account:${address}|${username}`,
    account: `account:${username}`,
    address: `address:${address}`,
  });
  return {
    /**
     * Counts this attempt (before the password is checked, so parallel guesses all count) and refuses
     * with 429 when any of the three counts is past its limit. Counted in the database: a restart
     * does not reset it.
     */
    async attempt(address: string, username: string, now = new Date()): Promise<void> {
      const keys = keysOf(address, username);
      const nowIso = now.toISOString();
      const counts = await db.write(async (m) => {
        await loginAttemptsRepo.purgeEnded(m, nowIso);
        return loginAttemptsRepo.count(
          m,
          Object.values(keys),
          nowIso,
          new Date(now.getTime() + limits.windowMs).toISOString(),
        );
      }, ACCOUNTS_ONLY);
      const over = counts.filter((c) => {
        const kind = (Object.keys(keys) as Array<keyof typeof keys>).find((k) => keys[k] === c.key)!;
        return c.attempts > limits[kind];
      });
      if (over.length === 0) return;
      const endsAt = Math.max(...over.map((c) => Date.parse(c.windowEndsAt)));
      const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
      throw new AppError('RATE_LIMITED', `too many sign-in attempts; try again in ${retryAfterSeconds} s`, 429, {
        retryAfterSeconds,
      });
    },

    /** A correct password clears this account's counts; the address's own count stays. */
    async succeeded(address: string, username: string): Promise<void> {
      const keys = keysOf(address, username);
      await db.write((m) => loginAttemptsRepo.clear(m, [keys.addressAccount, keys.account]), ACCOUNTS_ONLY);
    },
  };
}
export type LoginThrottle = ReturnType<typeof loginThrottle>;
