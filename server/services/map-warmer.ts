import type { Ctx } from './context';
import { parksRepo } from '../repositories/parks.repo';
import { parkPlotsPacked, parkPlotsPackedReady } from './map.service';

export interface MapWarmer {
  /** A park's map was opened: keep it warm after writes. */
  opened(parkId: number): void;
  /** Stops the timers and waits for a warm-up in progress. */
  close(): Promise<void>;
}

/**
 * Keeps the map's packed plots built ahead of the next visit. Building a park of 20,000 plots takes
 * about a second (the query, then the packing); a visitor should not wait for that on the first
 * visit after a start or a write. So: every park is built once after the start, and the parks opened
 * in the last `recentMs` are rebuilt `delayMs` after writes settle. One park at a time, with the event
 * loop free between parks; the cache's own dedup means a visitor arriving mid-build waits for this
 * build rather than starting a second one.
 */
export function mapWarmer(
  ctx: Pick<Ctx, 'db' | 'caches'>,
  opts: { delayMs?: number; recentMs?: number; log?: (msg: string, err?: unknown) => void } = {},
): MapWarmer {
  const delayMs = opts.delayMs ?? 500;
  const recentMs = opts.recentMs ?? 24 * 3600_000;
  const recent = new Map<number, number>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const warm = (parkIds: () => Promise<number[]>) => {
    running = running
      .then(async () => {
        for (const id of await parkIds()) {
          if (closed) return;
          if (!parkPlotsPackedReady(ctx, id)) await parkPlotsPacked(ctx, id);
          await new Promise((r) => setImmediate(r));
        }
      })
      .catch((e: unknown) => {
        // A park deleted meanwhile, or the database closing: the next visit builds on demand.
        if (!closed) opts.log?.('map warm-up failed', e);
      });
  };
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const since = Date.now() - recentMs;
      for (const [id, at] of recent) if (at < since) recent.delete(id);
      warm(async () => [...recent.keys()]);
    }, delayMs);
    timer.unref();
  };
  const unsubscribe = ctx.db.onInvalidate(schedule);
  warm(async () => (await parksRepo.list(ctx.db.read)).map((p) => p.id));

  return {
    opened: (parkId) => void recent.set(parkId, Date.now()),
    close: async () => {
      closed = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
