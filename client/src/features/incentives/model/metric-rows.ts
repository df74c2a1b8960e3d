import type { PackageComparison } from '@shared/incentives';
import { formatShare, formatWan, WAN_PER_YI, type Locale } from '@shared/units';

export type CellKind = 'wan' | 'share' | 'year' | 'irr' | 'wanPerJob';

/** One row of the metrics table (and of the Excel sheet 指标对比). `better` marks which end is good for the government. */
export interface MetricRow {
  key: string;
  group: 'full' | 'delivery';
  kind: CellKind;
  /** Unit shown in the Excel sheet beside the raw number. */
  unitZh: string;
  better: 'high' | 'low' | null;
  get(c: PackageComparison): number | null;
}

const row = (
  key: string,
  group: MetricRow['group'],
  kind: CellKind,
  unitZh: string,
  better: MetricRow['better'],
  get: MetricRow['get'],
): MetricRow => ({ key, group, kind, unitZh, better, get });

export const METRIC_ROWS: readonly MetricRow[] = [
  row('govNpvWan', 'full', 'wan', '万元', 'high', (c) => c.metrics.govNpvWan),
  row('govNpvButForWan', 'full', 'wan', '万元', 'high', (c) => c.metrics.govNpvButForWan),
  row('incentivePvWan', 'full', 'wan', '万元', 'low', (c) => c.metrics.incentivePvWan),
  row('govPaybackYear', 'full', 'year', '年', 'low', (c) => c.metrics.govPaybackYear),
  row('govIrr', 'full', 'irr', '比例', null, (c) => c.metrics.govIrr),
  row('costPerJobWan', 'full', 'wanPerJob', '万元/人', 'low', (c) => c.metrics.costPerJobWan),
  row('incentiveShareOfInvestment', 'full', 'share', '比例', 'low', (c) => c.metrics.incentiveShareOfInvestment),
  row('investorPvSavingWan', 'full', 'wan', '万元', null, (c) => c.metrics.investorPvSavingWan),
  row('investorUpfrontWan', 'full', 'wan', '万元', null, (c) => c.metrics.investorUpfrontWan),
  row('npvNoClawback', 'delivery', 'wan', '万元', 'high', (c) => c.delivery.govNpvWithoutClawbackWan),
  row('npvClawback', 'delivery', 'wan', '万元', 'high', (c) => c.delivery.govNpvWithClawbackWan),
  row('butForNoClawback', 'delivery', 'wan', '万元', 'high', (c) => c.delivery.govNpvButForWithoutClawbackWan),
  row('butForClawback', 'delivery', 'wan', '万元', 'high', (c) => c.delivery.govNpvButForWithClawbackWan),
  row('recovered', 'delivery', 'wan', '万元', null, (c) => c.delivery.recoveredWan),
  row('clawbackYear', 'delivery', 'year', '年', null, (c) => c.delivery.clawbackYear),
];

/** Translator subset the formatter needs (i18next's t in the app, a stub in tests). */
export type Tr = (key: string, opts?: Record<string, unknown>) => string;

/** A cell at the UI edge: 万元/亿元 in Chinese, "wan"/"yi" short forms in English; null → "—". */
export function formatCell(value: number | null, kind: CellKind, locale: Locale, t: Tr): string {
  if (value === null || !Number.isFinite(value)) return kind === 'year' && value === null ? t('table.never') : '—';
  switch (kind) {
    case 'wan':
      return locale === 'en' ? shortWanEn(value) : formatWan(value, locale);
    case 'wanPerJob':
      return locale === 'en' ? `${shortWanEn(value)}/job` : `${formatWan(value, locale)}/人`;
    case 'share':
    case 'irr':
      return formatShare(value, locale, 1);
    case 'year':
      return t('table.yearN', { n: value });
  }
}

/** English cells keep the Chinese units, short: "1.25 yi", "350 wan", "3.5 wan" (shared/units' long form is too wide
 * for a table). */
function shortWanEn(wan: number): string {
  const f = (v: number, d: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: d }).format(v);
  if (Math.abs(wan) >= WAN_PER_YI) return `${f(wan / WAN_PER_YI, 2)} yi`;
  return `${f(wan, Math.abs(wan) < 10 ? 2 : Math.abs(wan) < 1000 ? 1 : 0)} wan`;
}

/** IRR null means "none or not unique": a dash, not "never". */
export function cellText(r: MetricRow, c: PackageComparison, locale: Locale, t: Tr): string {
  const v = r.get(c);
  if (v === null && r.kind !== 'year') return '—';
  if (v === null && r.key === 'clawbackYear') return '—';
  return formatCell(v, r.kind, locale, t);
}

/** Index of the best package in a row (for bold), or −1 when the row has no direction or all tie. */
export function bestIndex(r: MetricRow, comps: readonly PackageComparison[]): number {
  if (!r.better || comps.length < 2) return -1;
  const vals = comps.map((c) => r.get(c));
  let best = -1;
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i];
    if (v === null) continue;
    if (best < 0 || (r.better === 'high' ? v > vals[best]! : v < vals[best]!)) best = i;
  }
  if (best < 0) return -1;
  return vals.every((v) => v !== null && Math.abs(v - vals[best]!) < 1e-9) ? -1 : best;
}
