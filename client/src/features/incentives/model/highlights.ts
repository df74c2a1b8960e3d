import type { PackageComparison } from '@shared/incentives';
import { METRIC_ROWS, bestIndex } from './metric-rows';

/** The brief's key findings: which package leads on each headline figure (index into the comparison), or none on a tie.
 * */
export interface Highlight {
  key: 'bestNpv' | 'leastIncentive' | 'bestForInvestor' | 'bestUnderDelivery';
  index: number;
  value: number;
}

const byKey = (k: string) => METRIC_ROWS.find((r) => r.key === k)!;

export function highlights(comps: readonly PackageComparison[], deliveredShare: number): Highlight[] {
  if (comps.length < 2) return [];
  const out: Highlight[] = [];
  const push = (key: Highlight['key'], rowKey: string, better?: 'high' | 'low') => {
    const row = byKey(rowKey);
    const i = bestIndex(better ? { ...row, better } : row, comps);
    if (i >= 0) out.push({ key, index: i, value: row.get(comps[i]) ?? 0 });
  };
  push('bestNpv', 'govNpvWan');
  push('leastIncentive', 'incentivePvWan');
  push('bestForInvestor', 'investorPvSavingWan', 'high');
  if (deliveredShare < 1) push('bestUnderDelivery', 'npvClawback');
  return out;
}
