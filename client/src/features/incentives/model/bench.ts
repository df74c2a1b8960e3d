import { comparePackages, type CompareInput, type ComparedPackage } from '@shared/incentives';

export interface BenchResult {
  packages: number;
  years: number;
  runs: number;
  meanMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * Times comparePackages in this browser for five packages over `years` (cycling the given ones to
 * reach five), sweeping the delivered share as the slider does. Exposed as window.__benchCompare.
 */
export function benchCompare(
  base: CompareInput,
  pool: readonly ComparedPackage[],
  runs = 200,
  years = 30,
): BenchResult {
  const packages = Array.from({ length: 5 }, (_, i) => pool[i % pool.length]);
  const input: CompareInput = { ...base, packages, settings: { ...base.settings, horizonYears: years } };
  for (let i = 0; i < 20; i++) comparePackages({ ...input, deliveredShare: i / 20 });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    comparePackages({ ...input, deliveredShare: (i % 101) / 100 });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return {
    packages: packages.length,
    years,
    runs,
    meanMs: times.reduce((a, b) => a + b, 0) / runs,
    medianMs: q(0.5),
    p95Ms: q(0.95),
    maxMs: times[runs - 1],
  };
}
