import { AppError } from '../../shared/errors';

/**
 * A fixed-window counter in memory: enough for one server process guarding its login. Keys are
 * (client address, username) and the address alone, so one user cannot be locked out by others.
 */
export class RateLimiter {
  private hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  hit(key: string, now = Date.now()): void {
    const h = this.hits.get(key);
    if (!h || h.resetAt <= now) {
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      if (this.hits.size > 10_000) this.sweep(now);
      return;
    }
    h.count++;
    if (h.count > this.max) {
      const retryAfterSeconds = Math.ceil((h.resetAt - now) / 1000);
      throw new AppError('RATE_LIMITED', `too many attempts; try again in ${retryAfterSeconds} s`, 429, {
        retryAfterSeconds,
      });
    }
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(now: number): void {
    for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
  }
}
