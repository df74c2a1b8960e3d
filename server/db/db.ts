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
  /** The shared sequence's value as dataVersion() last read it (see lastVersion). */
  private seenShared = '0';
  constructor(readonly ds: DataSource) {
    this.serial = ds.options.type === 'sqlite';
  }

  /**
   * What cached reads are keyed on: it changes whenever data they show may have changed. SQLite has
   * one server process, so its in-process generation is the whole story. On PostgreSQL other app
   * servers write too: each invalidating write bumps the `data_version` sequence after it ends, and
   * this reads the sequence (one indexless round trip, ~0.1 ms), so a cache never serves what another
   * server has changed since. The local generation is kept in the key as well: it moves before this
   * process's own writes start, a round trip earlier than the sequence.
   */
  async dataVersion(): Promise<string> {
    if (this.serial) return String(this.generation);
    const local = this.generation;
    const [row] = (await this.ds.query('SELECT last_value AS "v" FROM data_version')) as Array<{ v: string }>;
    this.seenShared = row.v;
    return `${local}.${row.v}`;
  }

  /**
   * The version as far as known without asking the database (for background warm-ups): this
   * process's generation now, with the shared sequence as last read. The local part moves with this
   * process's own writes at once, so an entry cached before one of them never looks current.
   */
  get lastVersion(): string {
    return this.serial ? String(this.generation) : `${this.generation}.${this.seenShared}`;
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
          // After the commit (or rollback), never inside it: a reader elsewhere that saw the new
          // version before the commit could cache what the commit then changes.
          if (!this.serial) await this.bumpShared();
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

  /**
   * Tells the other app servers that cached reads are stale. Retried: a write whose bump is lost
   * would leave other servers' caches stale until the next write, so after three failures the
   * write reports the error rather than pass quietly.
   */
  private async bumpShared(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.ds.query("SELECT nextval('data_version')");
        return;
      } catch (e) {
        if (attempt >= 3) throw e;
        await new Promise((r) => setTimeout(r, 20 * attempt));
      }
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}
