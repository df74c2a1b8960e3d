import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../../shared/allocation/parse';
import { solveSchedule } from '../../../shared/allocation/schedule';
import { solveScenario } from '../../../shared/allocation/solve';
import type { AllocationResult, Progress } from '../../../shared/allocation/types';

// The server solves with a real clock, so the time schedule decides which stages run and for how long.
// A tick clock (every read advances it by 1 ms) makes that schedule deterministic: the same file gives
// the same stage times on any machine, however loaded.
const load = (path: string) =>
  parseScenarioFile(JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')));

function solveOnTicks(path: string, limitMs: number) {
  let now = 0;
  const progress: Progress[] = [];
  const r = solveScenario(load(path), {
    clock: () => now++,
    timeLimitMs: limitMs,
    seed: 1,
    onProgress: (p) => progress.push(p),
  });
  const schedule = solveSchedule({ projects: r.stats.projects, pairs: r.stats.pairsAfter }, limitMs, {
    effort: 1,
    explain: true,
  });
  return { r, schedule, progress, ticks: now };
}

/** Each recorded stage with the time it ended (ms since the solve began). */
function stageEnds(r: AllocationResult) {
  let t = 0;
  return r.stats.stages.map((s) => ({ name: s.name, end: (t += s.ms), ms: s.ms }));
}

// A stage notices its window has closed at its next clock read: a few ticks late at most.
const LATE = 10;

describe('the solve schedule on an injected tick clock', () => {
  it('when a city file (108 projects, > 400 pairs) is solved, then each stage runs in its window', () => {
    const limit = 2_000;
    const { r, schedule: s, progress, ticks } = solveOnTicks('docs/examples/demo-city.json', limit);
    const ends = stageEnds(r);
    // Too many pairs for the exact-first stage: bound first, exact on the reduced model twice.
    expect(s.exactFirst.enabled).toBe(false);
    expect(ends.map((e) => e.name)).toEqual([
      'model',
      'construct',
      'bound',
      'exact',
      'search',
      'bound',
      'exact',
      'explain',
      'verify',
    ]);
    const [, construct, bound, , search, rebound, , explain, verify] = ends;
    // Signed projects without room: the repair search runs until its window closes, not beyond.
    expect(r.shortfall?.length).toBeGreaterThan(0);
    expect(construct.end).toBeGreaterThanOrEqual(s.repair.endMs);
    expect(construct.end).toBeLessThanOrEqual(s.repair.endMs + LATE);
    // Mid-size: the first bound run goes past its 12% to take its minimum steps, but not past 25%.
    expect(s.midModel).toBe(true);
    expect(bound.ms).toBeGreaterThan(s.bound.budgetMs);
    expect(bound.ms).toBeLessThanOrEqual(s.bound.hardMs + LATE);
    // The search (then the ejection polish) uses its window and leaves the explanations their reserve.
    expect(search.end).toBeGreaterThanOrEqual(s.search.endMs);
    expect(search.end).toBeLessThanOrEqual(s.polish.capEndMs + LATE);
    // The gap stayed over 2%: the second bound run ends with the exact stage's window.
    expect(rebound.end).toBeLessThanOrEqual(s.rebound.endMs + LATE);
    expect(explain.ms).toBeGreaterThanOrEqual(s.explain.reserveMs);
    expect(explain.end).toBeLessThanOrEqual(s.explain.capEndMs + LATE);
    expect(verify.end).toBeLessThanOrEqual(limit);
    expect(ticks).toBeLessThanOrEqual(limit);
    expect(r.stoppedBy).toBe('time_limit');
    expect(r.verified).toBe(true);
    // Progress is reported at every stage's end (and at each better plan the search finds), in order.
    const reported = progress.map((p) => p.stage).filter((name, i, all) => name !== all[i - 1]);
    expect(reported).toEqual(ends.map((e) => e.name));
    for (let i = 1; i < progress.length; i++)
      expect(progress[i].elapsedMs).toBeGreaterThanOrEqual(progress[i - 1].elapsedMs);
    expect(progress[0]).toMatchObject({ stage: 'model', bestObjective: null });
  });

  it('when the limit is longer, then the stage windows move with it', () => {
    const short = stageEnds(solveOnTicks('docs/examples/demo-city.json', 1_500).r);
    const { r, schedule: s } = solveOnTicks('docs/examples/demo-city.json', 3_000);
    const long = stageEnds(r);
    const end = (e: ReturnType<typeof stageEnds>, name: string) => e.find((x) => x.name === name)!.end;
    expect(end(long, 'construct')).toBeGreaterThanOrEqual(s.repair.endMs);
    expect(end(long, 'search')).toBeGreaterThanOrEqual(s.search.endMs);
    expect(end(long, 'search')).toBeGreaterThan(end(short, 'search') * 1.5);
    expect(end(long, 'verify')).toBeLessThanOrEqual(3_000);
  });

  it('when a small file (≤ 400 pairs) is solved, then exact comes first and, proven, the bound run is short', () => {
    const limit = 2_000;
    const { r, schedule: s } = solveOnTicks('docs/examples/demo-county5.json', limit);
    const ends = stageEnds(r);
    expect(s.exactFirst.enabled).toBe(true);
    expect(ends.map((e) => e.name)).toEqual(['model', 'construct', 'exact', 'bound', 'search', 'explain', 'verify']);
    const [, , exact, bound, , explain] = ends;
    expect(exact.ms).toBeLessThanOrEqual(s.exactFirst.timeLimitMs + LATE);
    expect(r.status).toBe('optimal');
    // Proven: a short dual run for the explanations' shadow prices, not the full bound stage.
    expect(bound.ms).toBeGreaterThan(0);
    expect(bound.ms).toBeLessThanOrEqual(s.bound.provenBudgetMs + LATE);
    expect(explain.end).toBeLessThanOrEqual(s.explain.capEndMs + LATE);
    expect(r.stoppedBy).toBe('proven_optimal');
  });
});
