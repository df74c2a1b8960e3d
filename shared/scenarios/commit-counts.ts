import type { Allocation } from '../allocation/types';

export interface CommitCounts {
  /** Distinct plots reserved (plots are indivisible: one project each). */
  plots: number;
  /** Projects placed in factory buildings, and the distinct buildings they move into. */
  tenants: number;
  buildings: number;
}

/** What a commit of these placements reserves: the confirmation and the commit's answer count alike. */
export function commitCounts(allocations: Pick<Allocation, 'siteKind' | 'siteId'>[]): CommitCounts {
  const inBuildings = allocations.filter((a) => a.siteKind === 'building');
  return {
    plots: new Set(allocations.filter((a) => a.siteKind === 'plot').map((a) => a.siteId)).size,
    tenants: inBuildings.length,
    buildings: new Set(inBuildings.map((a) => a.siteId)).size,
  };
}
