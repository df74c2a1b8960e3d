import { createHash } from 'node:crypto';
import type { Db } from '../db/db';

export interface Cached<T> {
  etag: string;
  value: T;
}

/**
 * Memoises expensive reads until the next committed write. Any write clears every entry: writes are
 * rare next to map reads, and a stale map is worse than a recomputed one.
 */
export class ReadCache<T> {
  private entries = new Map<string, Cached<T> & { generation: number }>();
  constructor(private readonly db: Db) {}

  async get(key: string, compute: () => Promise<T>, toText?: (v: T) => string): Promise<Cached<T>> {
    const hit = this.entries.get(key);
    if (hit && hit.generation === this.db.generation) return hit;
    const generation = this.db.generation;
    const value = await compute();
    const text = toText ? toText(value) : JSON.stringify(value);
    const etag = `"${createHash('sha1').update(text).digest('base64url').slice(0, 20)}"`;
    const entry = { etag, value, generation };
    this.entries.set(key, entry);
    return entry;
  }
}
