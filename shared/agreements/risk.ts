import type { CommitmentStatus } from '../types/agreement';

const SEVERITY: Record<CommitmentStatus, number> = { breached: 3, behind: 2, on_track: 1, not_due: 0 };

interface AtRisk {
  id: number;
  status: CommitmentStatus;
  clawbackDueWan: number | null;
}

/**
 * The county view's order: largest clawback due first; equal amounts (and hidden ones, for viewers) by
 * the worse standing, then by id so the screen and the exported workbook list agreements the same way.
 */
export function byAmountAtRisk<T extends AtRisk>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      (b.clawbackDueWan ?? 0) - (a.clawbackDueWan ?? 0) || SEVERITY[b.status] - SEVERITY[a.status] || a.id - b.id,
  );
}
