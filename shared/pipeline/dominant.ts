import type { Id } from '../types/common';

/** A county's dominant chains: the union of the dominant chains of its parks. */
export function dominantChainsByJurisdiction(
  parks: ReadonlyArray<{ jurisdictionId: Id; dominantChainIds: readonly Id[] }>,
): Map<Id, Set<Id>> {
  const out = new Map<Id, Set<Id>>();
  for (const p of parks) {
    const set = out.get(p.jurisdictionId) ?? new Set<Id>();
    for (const c of p.dominantChainIds) set.add(c);
    out.set(p.jurisdictionId, set);
  }
  return out;
}

/**
 * The chain a project or enterprise belongs to: the chain of the link it fills, else its
 * industry's chain; null when neither is on a chain.
 */
export function chainOf(
  x: { industryId: Id; chainLinkId: Id | null },
  industryChain: ReadonlyMap<Id, Id | null>,
  linkChain: ReadonlyMap<Id, Id>,
): Id | null {
  if (x.chainLinkId != null && linkChain.has(x.chainLinkId)) return linkChain.get(x.chainLinkId)!;
  return industryChain.get(x.industryId) ?? null;
}
