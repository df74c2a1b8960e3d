import type { CommitmentStatus, YearCommitment, YearStatus } from '../types/agreement';
import type { IncentiveComponents } from '../incentives/types';
import type { ProjectFinance } from '../incentives/flows';
import type { FinanceSettings } from '../incentives/settings';
import { underDelivery } from '../incentives/clawback';

/** The filed figures a commitment year is checked against (统计/税务 yearly filing). */
export interface FiledYear {
  year: number;
  /** Cumulative fixed-asset investment reported; null when the statistics office did not report it. */
  investmentWan: number | null;
  revenueWan: number;
  taxWan: number;
  employees: number;
}

export interface MonitorSettings {
  /** A year is on track when at least this share is delivered; a setting, default 90% (typical 协议 tolerance). */
  onTrackShare: number;
}
export const DEFAULT_MONITOR_SETTINGS: MonitorSettings = { onTrackShare: 0.9 };

const ratio = (got: number, promised: number): number | null => (promised > 0 ? Math.min(1, got / promised) : null);

/**
 * Share of one year's commitments delivered: the mean of investment, output, tax and jobs, each
 * capped at 100% so over-delivery on one does not hide a shortfall on another.
 */
export function deliveredShareOf(c: YearCommitment, f: FiledYear): number {
  const parts = [
    f.investmentWan == null ? null : ratio(f.investmentWan, c.investmentWan),
    ratio(f.revenueWan, c.outputWan),
    ratio(f.taxWan, c.taxWan),
    ratio(f.employees, c.jobs),
  ].filter((x): x is number => x != null);
  return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 1;
}

/**
 * Year by year: not due (no filing yet), on track (≥ onTrackShare), behind (short, the final
 * commitment year not yet reached) or breached (short in or after the final commitment year).
 */
export function yearlyStatus(
  commitments: YearCommitment[],
  filings: FiledYear[],
  s: MonitorSettings = DEFAULT_MONITOR_SETTINGS,
): YearStatus[] {
  const finalYear = Math.max(...commitments.map((c) => c.year));
  return [...commitments]
    .sort((a, b) => a.year - b.year)
    .map((c) => {
      const f = filings.find((x) => x.year === c.year);
      if (!f) return { year: c.year, status: 'not_due', deliveredShare: null, filed: null };
      const share = deliveredShareOf(c, f);
      const status: CommitmentStatus =
        share >= s.onTrackShare ? 'on_track' : c.year >= finalYear ? 'breached' : 'behind';
      const filed = { investmentWan: f.investmentWan, outputWan: f.revenueWan, taxWan: f.taxWan, jobs: f.employees };
      return { year: c.year, status, deliveredShare: share, filed };
    });
}

const RANK: Record<CommitmentStatus, number> = { not_due: 0, on_track: 1, behind: 2, breached: 3 };

/** The agreement's standing: the worst of its due years, and the latest delivered share. */
export function overall(yearly: YearStatus[]): { status: CommitmentStatus; deliveredShare: number | null } {
  const due = yearly.filter((y) => y.deliveredShare != null);
  if (!due.length) return { status: 'not_due', deliveredShare: null };
  const status = due.reduce<CommitmentStatus>((w, y) => (RANK[y.status] > RANK[w] ? y.status : w), 'on_track');
  return { status, deliveredShare: due[due.length - 1].deliveredShare };
}

/**
 * Clawback due under the package's own terms for the delivered share: exactly the incentive
 * engine's pro-rata recovery (shared/incentives/clawback.ts), now on filed figures.
 */
export function clawbackDueWan(
  components: IncentiveComponents,
  project: ProjectFinance,
  deliveredShare: number | null,
  settings: FinanceSettings,
): number {
  if (deliveredShare == null) return 0;
  return underDelivery(components, project, deliveredShare, settings).recoveredWan;
}
