import type { ComplianceWarning, PackageComparison, Severity } from '@shared/incentives';

/** One warning shown once, with the packages it concerns (many checks, e.g. FAR, hit every package alike). */
export interface GroupedWarning {
  warning: ComplianceWarning;
  /** Indexes of the packages in the comparison. */
  packages: number[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Warnings grouped by code and wording, most severe first, then in package order. */
export function groupWarnings(comps: readonly PackageComparison[]): GroupedWarning[] {
  const byKey = new Map<string, GroupedWarning>();
  comps.forEach((c, i) => {
    for (const w of c.warnings) {
      const key = `${w.code}|${w.messageZh}`;
      const g = byKey.get(key);
      if (g) {
        if (!g.packages.includes(i)) g.packages.push(i);
      } else byKey.set(key, { warning: w, packages: [i] });
    }
  });
  return [...byKey.values()].sort(
    (a, b) => RANK[a.warning.severity] - RANK[b.warning.severity] || a.packages[0] - b.packages[0],
  );
}

/** Counts per severity, for the column headers' badges. */
export function severityCounts(ws: readonly ComplianceWarning[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const w of ws) out[w.severity]++;
  return out;
}
