import type { DataSource, EntityManager } from 'typeorm';

export interface WriteOptions {
  /**
   * `false` is for writes that no cached read depends on (scenario drafts and results): they leave
   * the map and summary caches warm.
   */
  invalidatesReads?: boolean;
  /**
   * Run under SERIALIZABLE on PostgreSQL, retried when the server aborts it for a conflict with a
   * concurrent transaction (scenario commits: many rows read, checked, then written). SQLite writes
   * are serial anyway.
   */
  serializable?: boolean;
}

/** PostgreSQL's answers that mean "run the whole transaction again": serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 5;

/**
 * The database handle services use. Reads go straight to the connection; writes go through `write`,
 * each in its own transaction. On SQLite they run one at a time: TypeORM's single SQLite connection
 * would otherwise nest two concurrent transactions and could lose one's writes. On PostgreSQL each
 * write takes a pooled connection and they run at once; the row locks of the versioned UPDATEs and,
 * for commits, SERIALIZABLE keep them apart.
 */
export class Db {
  private tail: Promise<unknown> = Promise.resolve();
  private inFlight = new Set<Promise<unknown>>();
  private readonly serial: boolean;
  /**
   * Bumped when a write starts and again when it ends, committed or rolled back: read caches (map
   * plots, summaries) key on it. Reads may overlap a write that is later rolled back (SQLite: the
   * same connection); the bump at both ends makes any read that overlapped a write stale instead of
   * cached.
   */
  generation = 0;
  private listeners = new Set<() => void>();
  constructor(readonly ds: DataSource) {
    this.serial = ds.options.type === 'sqlite';
  }

  /** Called after every write that invalidates reads, once it has ended. Returns the unsubscribe. */
  onInvalidate(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get read(): EntityManager {
    return this.ds.manager;
  }

  write<T>(fn: (m: EntityManager) => Promise<T>, opts: WriteOptions = {}): Promise<T> {
    const invalidates = opts.invalidatesReads !== false;
    const run = async () => {
      if (invalidates) this.generation++;
      try {
        return await this.transaction(fn, opts.serializable === true);
      } finally {
        if (invalidates) {
          this.generation++;
          for (const l of this.listeners) l();
        }
      }
    };
    const p = this.serial ? this.tail.then(run) : run();
    const settled = p.catch(() => undefined);
    if (this.serial) this.tail = settled;
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return p;
  }

  private async transaction<T>(fn: (m: EntityManager) => Promise<T>, serializable: boolean): Promise<T> {
    if (this.serial) return this.ds.transaction(fn);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.ds.transaction(serializable ? 'SERIALIZABLE' : 'READ COMMITTED', fn);
      } catch (e) {
        if (attempt >= ATTEMPTS || !RETRYABLE.has((e as { code?: string }).code ?? '')) throw e;
        // A short random pause so that the transactions that collided do not collide again.
        await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
      }
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}
