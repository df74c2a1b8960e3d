import type { DataSource, EntityManager } from 'typeorm';

/**
 * The database handle services use. Reads go straight to the connection; writes go through
 * `write`, which runs them one at a time, each in its own transaction: TypeORM's single SQLite
 * connection would otherwise nest two concurrent transactions and could lose one's writes.
 */
export class Db {
  private tail: Promise<unknown> = Promise.resolve();
  /**
   * Bumped when a write starts and again when it ends, committed or rolled back: read caches (map
   * plots, summaries) key on it. Reads share the writes' connection, so a read made while a write is
   * open may see rows that are later rolled back; the bump at both ends makes any read that overlapped
   * a write stale instead of cached.
   */
  generation = 0;
  private listeners = new Set<() => void>();
  constructor(readonly ds: DataSource) {}

  /** Called after every write that invalidates reads, once it has ended. Returns the unsubscribe. */
  onInvalidate(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get read(): EntityManager {
    return this.ds.manager;
  }

  /**
   * `invalidatesReads: false` is for writes that no cached read depends on (scenario drafts and
   * results): they leave the map and summary caches warm.
   */
  write<T>(fn: (m: EntityManager) => Promise<T>, opts: { invalidatesReads?: boolean } = {}): Promise<T> {
    const invalidates = opts.invalidatesReads !== false;
    const run = this.tail.then(async () => {
      if (invalidates) this.generation++;
      try {
        return await this.ds.transaction(fn);
      } finally {
        if (invalidates) {
          this.generation++;
          for (const l of this.listeners) l();
        }
      }
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.tail;
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}
