import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

let histogram: IntervalHistogram | null = null;

/**
 * Event-loop delay since the last reading, in ms: the health check reports it so a load test (and an
 * operator) can see whether the solver, which runs in worker threads, ever blocks request handling.
 */
export function eventLoopDelay(): { p50Ms: number; p99Ms: number; maxMs: number } {
  if (!histogram) {
    histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
  }
  const r = {
    p50Ms: histogram.percentile(50) / 1e6,
    p99Ms: histogram.percentile(99) / 1e6,
    maxMs: histogram.max / 1e6,
  };
  histogram.reset();
  return r;
}
