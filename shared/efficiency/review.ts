import type { Id, Mu } from '../types/common';
import type { EnterpriseYear } from '../types/enterprise';
import { GRADES, gradeEntries, type EvaluationEntry, type Grade } from './grade';
import type { Benchmarks, Indicators } from './indicators';
import type { EfficiencySettingsInput } from './settings';

/** One enterprise in a kept review. `figures` is null for viewers (investors' own numbers). */
export interface ReviewRow {
  enterpriseId: Id;
  name: string;
  small: boolean;
  landMu: Mu;
  grade: Grade;
  score: number;
  rank: number;
  groupSize: number;
  indicators: Indicators;
  figures: EnterpriseYear | null;
  /** The same enterprise in the county's kept review of the year before, if any. */
  previous: { grade: Grade; score: number; rank: number } | null;
}

export interface ReviewBody {
  benchmarks: Benchmarks | null;
  distribution: Record<Grade, number>;
  rows: ReviewRow[];
}

const BETTER: Record<Grade, number> = { A: 0, B: 1, C: 2, D: 3 };

/** 'up' when the grade improved on the previous review, 'down' when it fell, 'new' when not graded then. */
export function gradeChange(r: Pick<ReviewRow, 'grade' | 'previous'>): 'up' | 'down' | 'same' | 'new' {
  if (!r.previous) return 'new';
  const d = BETTER[r.previous.grade] - BETTER[r.grade];
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

/**
 * The yearly 亩均 review of one county: every entry graded with gradeEntries (the map panel's own
 * function, so the same population gives the same grades), sorted by group and rank, with the grade
 * distribution and last year's grade beside each.
 */
export function buildReview(
  entries: readonly EvaluationEntry[],
  names: ReadonlyMap<Id, string>,
  previous: readonly ReviewRow[] | null,
  settings: EfficiencySettingsInput = {},
): ReviewBody {
  const graded = gradeEntries(entries, settings);
  const prev = new Map((previous ?? []).map((r) => [r.enterpriseId, r]));
  const distribution = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  const rows: ReviewRow[] = [];
  let benchmarks: Benchmarks | null = null;
  for (const e of entries) {
    const g = graded.get(e.id);
    if (!g) continue;
    benchmarks ??= g.benchmarks;
    distribution[g.grade]++;
    const p = prev.get(e.id);
    rows.push({
      enterpriseId: e.id,
      name: names.get(e.id) ?? String(e.id),
      small: g.small,
      landMu: e.landMu,
      grade: g.grade,
      score: g.score,
      rank: g.rank,
      groupSize: g.groupSize,
      indicators: g.indicators,
      figures: e.year,
      previous: p ? { grade: p.grade, score: p.score, rank: p.rank } : null,
    });
  }
  rows.sort((a, b) => Number(a.small) - Number(b.small) || a.rank - b.rank || a.enterpriseId - b.enterpriseId);
  return { benchmarks, distribution, rows };
}
