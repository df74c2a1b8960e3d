import type { Id, Mu } from '../types/common';
import type { Enterprise, EnterpriseYear } from '../types/enterprise';
import { computeBenchmarks, computeIndicators, type Benchmarks, type Indicators } from './indicators';
import { scoreIndicators } from './score';
import { resolveSettings, type EfficiencySettings, type EfficiencySettingsInput, type GradeCutoffs } from './settings';

export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** One firm-year to evaluate: an occupant, or a prospect with its expected figures. */
export interface EvaluationEntry {
  id: Id;
  jurisdictionId: Id;
  isSmall: boolean;
  landMu: Mu;
  year: EnterpriseYear;
}

export interface GradeResult {
  id: Id;
  grade: Grade;
  score: number;
  /** 1 + number of firms in the group with a strictly higher score (ties share a rank). */
  rank: number;
  groupSize: number;
  small: boolean;
  indicators: Indicators;
  benchmarks: Benchmarks;
}

/**
 * Grade by rank: the share of the group strictly ahead decides the class (A while < 20 %,
 * B while < 60 %, C while < 95 %, else D). Ties get the same, better grade, so the order of
 * input and the ids never change a result. A group of at least `minGroupForD` firms has its
 * last rank graded D even when 5 % of it is less than one firm (rule efficiency.minGroupForD);
 * a tie for last place keeps the better grade.
 */
export function gradeForRank(rank: number, groupSize: number, c: GradeCutoffs, minGroupForD = 0): Grade {
  const ahead = rank - 1;
  const forceD = minGroupForD > 0 && c.D > 0 && groupSize >= minGroupForD;
  let cum = 0;
  for (const g of ['A', 'B', 'C'] as const) {
    cum += c[g];
    let limit = cum * groupSize;
    if (g === 'C' && forceD) limit = Math.min(limit, groupSize - 1);
    if (ahead < limit - 1e-9) return g;
  }
  return 'D';
}

/** How many of the descending-sorted scores are strictly greater than v (binary search). */
function countAbove(desc: readonly number[], v: number): number {
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (desc[mid] > v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The evaluation of a population: within each county (or one pool), large and small firms
 * (规上/规下) are evaluated apart — each group's own benchmarks, scores, then A–D by rank in it.
 * A small firm measured against the county's large firms would sit at the ratio cap.
 * Entries with no land cannot be evaluated and get no result. A prospect is just one more
 * entry, so its pre-deal grade is by construction the grade it gets once landed.
 */
export function gradeEntries(
  entries: readonly EvaluationEntry[],
  input: EfficiencySettingsInput = {},
  benchmarks?: Partial<Benchmarks>,
): Map<Id, GradeResult> {
  const s: EfficiencySettings = resolveSettings(input);
  const valid = entries.filter((e) => e.landMu > 0);
  const counties = new Map<Id, EvaluationEntry[]>();
  for (const e of valid) {
    const key = s.groupBy === 'jurisdiction' ? e.jurisdictionId : 0;
    const list = counties.get(key);
    if (list) list.push(e);
    else counties.set(key, [e]);
  }
  const out = new Map<Id, GradeResult>();
  for (const pop of counties.values()) {
    for (const small of [false, true]) {
      const group = pop.filter((e) => e.isSmall === small);
      const bench: Benchmarks = { ...computeBenchmarks(group, s.kwhPerTce), ...benchmarks };
      const scored = group.map((e) => {
        const indicators = computeIndicators(e.year, e.landMu, s.kwhPerTce);
        return { e, indicators, score: scoreIndicators(indicators, bench, small, s) };
      });
      const desc = scored.map((x) => x.score).sort((a, b) => b - a);
      for (const { e, indicators, score } of scored) {
        const rank = 1 + countAbove(desc, score);
        out.set(e.id, {
          id: e.id,
          grade: gradeForRank(rank, group.length, s.cutoffs, s.minGroupForD),
          score,
          rank,
          groupSize: group.length,
          small,
          indicators,
          benchmarks: bench,
        });
      }
    }
  }
  return out;
}

/** The year evaluated: `year` if given (firms without it are left out), else each firm's latest. */
function pickYear(e: Enterprise, year?: number): EnterpriseYear | undefined {
  if (year !== undefined) return e.figures.find((f) => f.year === year);
  return e.figures.reduce<EnterpriseYear | undefined>((best, f) => (!best || f.year > best.year ? f : best), undefined);
}

/** Enterprises → evaluation entries, with each one's land in 亩 (plots held + unit land shares, from the caller). */
export function entriesFromEnterprises(
  enterprises: readonly Enterprise[],
  landMu: ReadonlyMap<Id, Mu>,
  year?: number,
): EvaluationEntry[] {
  const out: EvaluationEntry[] = [];
  for (const e of enterprises) {
    const y = pickYear(e, year);
    const land = landMu.get(e.id) ?? 0;
    if (y && land > 0)
      out.push({ id: e.id, jurisdictionId: e.jurisdictionId, isSmall: e.isSmall, landMu: land, year: y });
  }
  return out;
}

/** Every occupant's grade (see gradeEntries). */
export function gradeEnterprises(
  enterprises: readonly Enterprise[],
  landMu: ReadonlyMap<Id, Mu>,
  settings: EfficiencySettingsInput = {},
  year?: number,
): Map<Id, GradeResult> {
  return gradeEntries(entriesFromEnterprises(enterprises, landMu, year), settings);
}

/**
 * Grade a prospect against a population (same settings, same cut-offs): the prospect joins the
 * population as one more entry (replacing an entry of the same id, if any).
 */
export function gradeAgainst(
  population: readonly EvaluationEntry[],
  prospect: EvaluationEntry,
  settings: EfficiencySettingsInput = {},
): GradeResult | null {
  const pop = population.filter((e) => e.id !== prospect.id);
  return gradeEntries([...pop, prospect], settings).get(prospect.id) ?? null;
}
