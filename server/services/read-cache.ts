import { createHash } from 'node:crypto';
import type { Db } from '../db/db';

export interface Cached<T> {
  etag: string;
  value: T;
}

/**
 * Memoises expensive reads until the next write. Any write clears every entry: writes are rare next
 * to map reads, and a stale map is worse than a recomputed one. Requests that arrive while an entry
 * is being computed wait for that computation instead of starting their own (a large park takes a
 * second to build; ten map requests at once would otherwise build it ten times).
 */
export class ReadCache<T> {
  private entries = new Map<string, Cached<T> & { version: string }>();
  private pending = new Map<string, { version: string; promise: Promise<Cached<T>> }>();
  constructor(private readonly db: Db) {}

  /** Keyed on Db.dataVersion(): on PostgreSQL a write on another app server makes the entry stale too. */
  async get(key: string, compute: () => Promise<T>, toText?: (v: T) => string): Promise<Cached<T>> {
    const version = await this.db.dataVersion();
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit;
    const running = this.pending.get(key);
    if (running && running.version === version) return running.promise;
    const promise = (async () => {
      const value = await compute();
      const text = toText ? toText(value) : JSON.stringify(value);
      const etag = `"${createHash('sha1').update(text).digest('base64url').slice(0, 20)}"`;
      const entry = { etag, value, version };
      // Only what no write overlapped is kept (see Db.generation and Db.dataVersion).
      if ((await this.db.dataVersion()) === version) this.entries.set(key, entry);
      return entry;
    })().finally(() => {
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
    });
    this.pending.set(key, { version, promise });
    return promise;
  }

  /**
   * Whether `key` is computed for the data as last seen (Db.lastVersion, no round trip): the map
   * warm-up's check; a stale answer there costs one rebuild or one wasted get, never a stale read.
   */
  has(key: string): boolean {
    return this.entries.get(key)?.version === this.db.lastVersion;
  }
}
