import type { Db } from '../db/db';
import type { Park } from '../../shared/types/park';
import type { ParkSummary } from '../../shared/types/park-summary';
import type { GradeResult } from '../../shared/efficiency';
import { ReadCache } from './read-cache';

/** A response body built once per data change, with its gzipped copy. */
export interface Prepared {
  body: Buffer;
  gzipped: Buffer;
}

/**
 * The read caches of one app, made in createApp and handed to services through the request context.
 * They are objects with an owner, not module state: two apps on one process (tests) or a cache that
 * later lives elsewhere (the database) need nothing else changed.
 */
export interface ReadCaches {
  /** Map layers per park (GeoJSON, packed plots, buildings). */
  map: ReadCache<Prepared>;
  /** The city view's park list with summaries. */
  summaries: ReadCache<Array<Park & { summary: ParkSummary }>>;
  /** Every occupant's 亩均 grade. */
  grades: ReadCache<Map<number, GradeResult>>;
}

export function createReadCaches(db: Db): ReadCaches {
  return { map: new ReadCache(db), summaries: new ReadCache(db), grades: new ReadCache(db) };
}
