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
  private entries = new Map<string, Cached<T> & { generation: number }>();
  private pending = new Map<string, { generation: number; promise: Promise<Cached<T>> }>();
  constructor(private readonly db: Db) {}

  get(key: string, compute: () => Promise<T>, toText?: (v: T) => string): Promise<Cached<T>> {
    const generation = this.db.generation;
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation) return Promise.resolve(hit);
    const running = this.pending.get(key);
    if (running && running.generation === generation) return running.promise;
    const promise = (async () => {
      const value = await compute();
      const text = toText ? toText(value) : JSON.stringify(value);
      const etag = `"${createHash('sha1').update(text).digest('base64url').slice(0, 20)}"`;
      const entry = { etag, value, generation };
      // Only what no write overlapped is kept (see Db.generation).
      if (this.db.generation === generation) this.entries.set(key, entry);
      return entry;
    })().finally(() => {
      if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
    });
    this.pending.set(key, { generation, promise });
    return promise;
  }

  /** Whether `key` is computed for the current data. */
  has(key: string): boolean {
    return this.entries.get(key)?.generation === this.db.generation;
  }
}
