import type { Id, Wan } from '../types/common';
import type { LeaderQuota, LeaderRole } from '../types/jurisdiction';
import type { ProjectStage } from '../types/project';

/** What the board needs of a project: its size, stage, county, leader and whether it is in a dominant chain. */
export interface QuotaProject {
  id: Id;
  name: string;
  investmentWan: Wan;
  stage: ProjectStage;
  jurisdictionId: Id;
  leaderRole: LeaderRole;
  /** In a dominant chain of a park of its county (主导产业). */
  dominant: boolean;
}

export interface QuotaItem {
  id: Id;
  name: string;
  /** null = withheld from a viewer (an investor's figure). */
  investmentWan: Wan | null;
  stage: ProjectStage;
}

export interface QuotaRowProgress extends LeaderQuota {
  jurisdictionId: Id;
  /** Projects counted for this quota, signed or landed (each project counts once). */
  counted: QuotaItem[];
  signed: number;
  landed: number;
  /** Projects still missing: max(0, count − counted). */
  gap: number;
  /** Active prospects (lead, negotiating) that would qualify and are not counted elsewhere. */
  pipeline: QuotaItem[];
  /** The gap can be closed if the qualifying pipeline is signed (assigned without double counting). */
  canClose: boolean;
}

export interface JurisdictionProgress {
  jurisdictionId: Id;
  rows: QuotaRowProgress[];
  target: number;
  achieved: number;
  gap: number;
}

export interface QuotaBoard {
  year: number;
  /** The city's own leaders' quotas, counted over every county's projects. */
  city: JurisdictionProgress | null;
  counties: JurisdictionProgress[];
  /** Σ over counties. */
  countyTotal: {
    target: number;
    achieved: number;
    gap: number;
    signed: number;
    landed: number;
    pipelineCount: number;
    /** null = withheld from a viewer. */
    pipelineWan: Wan | null;
  };
}

const ACHIEVED: ReadonlySet<ProjectStage> = new Set(['signed', 'landed']);
const ACTIVE: ReadonlySet<ProjectStage> = new Set(['lead', 'negotiating']);

const qualifies = (q: LeaderQuota, p: QuotaProject) =>
  p.investmentWan >= q.minInvestmentWan && (!q.dominantOnly || p.dominant);
const item = (p: QuotaProject): QuotaItem => ({
  id: p.id,
  name: p.name,
  investmentWan: p.investmentWan,
  stage: p.stage,
});
const byInvestmentDesc = (a: QuotaProject, b: QuotaProject) => b.investmentWan - a.investmentWan || a.id - b.id;

/**
 * Greedy assignment of projects to quota rows, each project at most once: the most demanding
 * rows (dominant-only, then largest minimum) take the largest qualifying projects first, so a
 * big project is not spent on a small quota another project could fill.
 */
function assign(
  rows: readonly LeaderQuota[],
  projects: readonly QuotaProject[],
  start: readonly number[],
): Map<number, QuotaProject[]> {
  const order = rows
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(rows[b].dominantOnly) - Number(rows[a].dominantOnly) ||
        rows[b].minInvestmentWan - rows[a].minInvestmentWan ||
        a - b,
    );
  const out = new Map<number, QuotaProject[]>(rows.map((_, i) => [i, []]));
  const filled = [...start];
  for (const p of [...projects].sort(byInvestmentDesc)) {
    const i = order.find((k) => filled[k] < rows[k].count && qualifies(rows[k], p));
    if (i === undefined) continue;
    out.get(i)!.push(p);
    filled[i]++;
  }
  return out;
}

/** Progress of one group of quota rows over one pool of projects (dropped projects never count). */
function progress(jurisdictionId: Id, rows: readonly LeaderQuota[], pool: readonly QuotaProject[]): QuotaRowProgress[] {
  const achieved = assign(
    rows,
    pool.filter((p) => ACHIEVED.has(p.stage)),
    rows.map(() => 0),
  );
  const countedIds = new Set([...achieved.values()].flat().map((p) => p.id));
  const active = pool.filter((p) => ACTIVE.has(p.stage) && !countedIds.has(p.id));
  const closing = assign(
    rows,
    active,
    rows.map((_, i) => achieved.get(i)!.length),
  );
  return rows.map((q, i) => {
    const counted = achieved.get(i)!;
    const gap = Math.max(0, q.count - counted.length);
    return {
      ...q,
      jurisdictionId,
      counted: counted.map(item),
      signed: counted.filter((p) => p.stage === 'signed').length,
      landed: counted.filter((p) => p.stage === 'landed').length,
      gap,
      pipeline: active
        .filter((p) => qualifies(q, p))
        .sort(byInvestmentDesc)
        .map(item),
      canClose: closing.get(i)!.length >= gap,
    };
  });
}

function summarise(jurisdictionId: Id, rows: QuotaRowProgress[]): JurisdictionProgress {
  const target = rows.reduce((s, r) => s + r.count, 0);
  const achieved = rows.reduce((s, r) => s + r.counted.length, 0);
  return { jurisdictionId, rows, target, achieved, gap: rows.reduce((s, r) => s + r.gap, 0) };
}

/**
 * The quota board of a year. A county's quota for a role counts the county's projects that name
 * that role (county head or deputy); the city's quotas count every county's projects, whatever
 * the role. Signed and landed projects count; the projects carry no signing date, so every
 * signed or landed project counts toward the year shown (stated on the board).
 */
export function quotaBoard(
  year: number,
  jurisdictions: ReadonlyArray<{ id: Id; kind: string; quotas: readonly LeaderQuota[] }>,
  projects: readonly QuotaProject[],
): QuotaBoard {
  const live = projects.filter((p) => p.stage !== 'dropped');
  let city: JurisdictionProgress | null = null;
  const counties: JurisdictionProgress[] = [];
  for (const j of jurisdictions) {
    const rows = j.quotas.filter((q) => q.year === year);
    if (j.kind === 'city') {
      city = summarise(j.id, progress(j.id, rows, live));
      continue;
    }
    const mine = live.filter((p) => p.jurisdictionId === j.id);
    const out: QuotaRowProgress[] = [];
    for (const role of ['head', 'deputy'] as const) {
      const roleRows = rows.filter((q) => q.role === role);
      const done = progress(
        j.id,
        roleRows,
        mine.filter((p) => p.leaderRole === role),
      );
      out.push(...done);
    }
    counties.push(summarise(j.id, out));
  }
  const allRows = counties.flatMap((c) => c.rows);
  const pipelineIds = new Set(allRows.filter((r) => r.gap > 0).flatMap((r) => r.pipeline.map((p) => p.id)));
  const pipelineWan = live.filter((p) => pipelineIds.has(p.id)).reduce((s, p) => s + p.investmentWan, 0);
  return {
    year,
    city,
    counties,
    countyTotal: {
      target: counties.reduce((s, c) => s + c.target, 0),
      achieved: counties.reduce((s, c) => s + c.achieved, 0),
      gap: counties.reduce((s, c) => s + c.gap, 0),
      signed: allRows.reduce((s, r) => s + r.signed, 0),
      landed: allRows.reduce((s, r) => s + r.landed, 0),
      pipelineCount: pipelineIds.size,
      pipelineWan,
    },
  };
}
