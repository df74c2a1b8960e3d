import type { Progress } from '@shared/allocation/types';

/** The engine's stages in order (shared/allocation/solve.ts); 'bound' runs twice, around the search. */
export const STAGES = ['model', 'construct', 'bound', 'search', 'exact', 'explain', 'verify'] as const;

/**
 * How far along a solve is, 0..1, for the bar: by stage reached, nudged by the gap between the
 * best plan and the bound when both are known. It only ever informs; it is not a time estimate.
 */
export function progressFraction(p: Progress | null): number {
  if (!p) return 0.03;
  const i = STAGES.indexOf(p.stage as (typeof STAGES)[number]);
  if (i < 0) return 0.05;
  const base = (i + 1) / (STAGES.length + 1);
  let within = 0;
  if (p.bestObjective != null && p.bound != null && Math.abs(p.bound) > 1e-9) {
    const gap = Math.max(0, (p.bound - p.bestObjective) / Math.abs(p.bound));
    within = Math.max(0, Math.min(1, 1 - gap * 10));
  }
  return Math.min(0.98, base + within / (STAGES.length + 1) / 2);
}

/** The relative gap between a best value and a bound, or null when it cannot be told. */
export function relGap(best: number | null, bound: number | null): number | null {
  if (best == null || bound == null || Math.abs(bound) < 1e-9) return null;
  return Math.max(0, (bound - best) / Math.abs(bound));
}
