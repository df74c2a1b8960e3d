import type { Id, Wan } from '../types/common';
import { PROJECT_STAGES, type ProjectStage } from '../types/project';

export interface FunnelProject {
  stage: ProjectStage;
  jurisdictionId: Id;
  investmentWan: Wan;
  chainId: Id | null;
}

export interface StageCell {
  count: number;
  /** null = withheld from a viewer (too few projects to publish: see shared/pipeline/suppress.ts). */
  investmentWan: Wan | null;
}

export interface FunnelCounty {
  jurisdictionId: Id;
  byStage: Record<ProjectStage, StageCell>;
  total: StageCell;
  /** Every stage but dropped. */
  live: StageCell;
}

export interface FunnelPark {
  parkId: Id;
  jurisdictionId: Id;
  dominantChainIds: Id[];
  /** The county's live prospects (not dropped) in this park's dominant chain(s). */
  dominant: StageCell;
  /** All the county's live prospects. */
  county: StageCell;
  /** Share of the county's live prospect investment in the park's dominant chain(s), 0..1; null when there is none. */
  share: number | null;
}

export interface Funnel {
  byStage: Record<ProjectStage, StageCell>;
  counties: FunnelCounty[];
  parks: FunnelPark[];
}

const empty = (): Record<ProjectStage, StageCell> =>
  Object.fromEntries(PROJECT_STAGES.map((s) => [s, { count: 0, investmentWan: 0 }])) as Record<ProjectStage, StageCell>;
const add = (c: StageCell, p: FunnelProject) => {
  c.count++;
  c.investmentWan = (c.investmentWan ?? 0) + p.investmentWan;
};

/**
 * The home-page funnel: prospects by stage, by county and stage, and for each park the share of
 * its county's live pipeline (by investment) that falls in the park's dominant chain(s) — a
 * falling share warns that the county is chasing projects its parks should not take.
 */
export function pipelineFunnel(
  projects: readonly FunnelProject[],
  parks: ReadonlyArray<{ id: Id; jurisdictionId: Id; dominantChainIds: readonly Id[] }>,
  countyIds: readonly Id[],
): Funnel {
  const byStage = empty();
  const counties = new Map<Id, FunnelCounty>(
    countyIds.map((id) => [
      id,
      {
        jurisdictionId: id,
        byStage: empty(),
        total: { count: 0, investmentWan: 0 },
        live: { count: 0, investmentWan: 0 },
      },
    ]),
  );
  for (const p of projects) {
    add(byStage[p.stage], p);
    const c = counties.get(p.jurisdictionId);
    if (c) {
      add(c.byStage[p.stage], p);
      add(c.total, p);
      if (p.stage !== 'dropped') add(c.live, p);
    }
  }
  const live = projects.filter((p) => p.stage !== 'dropped');
  const parkRows = parks.map((park): FunnelPark => {
    const chains = new Set(park.dominantChainIds);
    const county: StageCell = { count: 0, investmentWan: 0 };
    const dominant: StageCell = { count: 0, investmentWan: 0 };
    for (const p of live) {
      if (p.jurisdictionId !== park.jurisdictionId) continue;
      add(county, p);
      if (p.chainId != null && chains.has(p.chainId)) add(dominant, p);
    }
    return {
      parkId: park.id,
      jurisdictionId: park.jurisdictionId,
      dominantChainIds: [...park.dominantChainIds],
      dominant,
      county,
      share: county.investmentWan ? (dominant.investmentWan ?? 0) / county.investmentWan : null,
    };
  });
  return { byStage, counties: [...counties.values()], parks: parkRows };
}
