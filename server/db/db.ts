import type { DataSource, EntityManager } from 'typeorm';

/**
 * The database handle services use. Reads go straight to the connection; writes go through
 * `write`, which runs them one at a time, each in its own transaction: TypeORM's single SQLite
 * connection would otherwise nest two concurrent transactions and could lose one's writes.
 */
export class Db {
  private tail: Promise<unknown> = Promise.resolve();
  /** Bumped after every committed write: read caches (map GeoJSON, summaries) key on it. */
  generation = 0;
  constructor(readonly ds: DataSource) {}

  get read(): EntityManager {
    return this.ds.manager;
  }

  /**
   * `invalidatesReads: false` is for writes that no cached read depends on (scenario drafts and
   * results): they leave the map and summary caches warm.
   */
  write<T>(fn: (m: EntityManager) => Promise<T>, opts: { invalidatesReads?: boolean } = {}): Promise<T> {
    const run = this.tail.then(async () => {
      const result = await this.ds.transaction(fn);
      if (opts.invalidatesReads !== false) this.generation++;
      return result;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.tail;
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}
