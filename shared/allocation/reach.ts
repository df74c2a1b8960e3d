import type { Model } from './model';

export interface ShareProof {
  parkId: number;
  theta: number;
  /** New dominant-chain land (亩) the park's share row needs before this project fits. */
  dominantNeedMu: number;
  /** The most dominant-chain land any plan can add there: every dominant option of the other projects, within the
   * park's space. */
  dominantAvailableMu: number;
}

/**
 * A proof that no plan can hold non-dominant project p: for every option, its park's dominant-share
 * row stays short even if every other project that could go there as dominant-chain did so at its
 * largest option (site room and budgets ignored, and the park's total space as a cap). A relaxation,
 * so "null" proves nothing; a proof means a cost to place does not exist and says what would have
 * to change. Returned for the option in `parkOf` (the best option's park) when given.
 */
export function shareUnreachable(m: Model, p: number, parkOf?: number): ShareProof | null {
  const pj = m.projects[p];
  if (!pj.slots.length || pj.slots.some((sl) => sl.shareCoef >= 0)) return null;
  const parks = new Set(pj.slots.map((sl) => sl.park));
  // Largest dominant area each other project could bring to each of these parks.
  const domMu = new Map<number, number>();
  for (const k of parks) {
    let sum = 0;
    for (const q of m.domByPark[k]) {
      if (q === p) continue;
      let best = 0;
      for (const sl of m.projects[q].slots) if (sl.park === k && sl.dom) best = Math.max(best, sl.area);
      sum += best;
    }
    domMu.set(k, sum);
  }
  let proof: ShareProof | null = null;
  for (const sl of pj.slots) {
    const pk = m.parks[sl.park];
    if (!pk.hasShareRow || pk.theta >= 1) return null;
    // Slack with nothing new is −rhs; each dominant 亩 adds (1 − θ), p takes θ per 亩 (its shareCoef).
    const need = Math.max(0, (pk.rhs - sl.shareCoef) / (1 - pk.theta));
    const space = Math.max(0, pk.scale - 1 - sl.area);
    const available = Math.min(domMu.get(sl.park)!, space);
    if (available >= need - 1e-7) return null;
    if (!proof || sl.park === parkOf)
      proof = { parkId: pk.id, theta: pk.theta, dominantNeedMu: need, dominantAvailableMu: available };
  }
  return proof;
}
