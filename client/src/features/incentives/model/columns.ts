import type { IncentivePackage, PackageTemplateKind } from '@shared/types/incentive-package';
import type { IncentivePackageDraft } from '@shared/incentives';
import { MAX_COMPARED_PACKAGES, type ComparedPackage } from '@shared/incentives';
import type { IncentiveComponents } from '@shared/incentives/types';

/** One package on the comparison screen: a saved package (id + version) or an unsaved copy of a template. */
export interface Column {
  key: string;
  id: number | null;
  version: number | null;
  kind: PackageTemplateKind;
  name: string;
  nameEn: string;
  components: IncentiveComponents;
  /** Edited since it was loaded or saved. */
  dirty: boolean;
}

export const fromSaved = (p: IncentivePackage): Column => ({
  key: `saved:${p.id}`,
  id: p.id,
  version: p.version,
  kind: p.kind,
  name: p.name,
  nameEn: p.nameEn,
  components: p.components,
  dirty: false,
});

/** Templates may be added more than once (to vary one), so each copy gets its own key. */
export function fromTemplate(d: IncentivePackageDraft, existing: readonly Column[]): Column {
  let n = 1;
  while (existing.some((c) => c.key === `tpl:${d.kind}:${n}`)) n++;
  const suffix = n > 1 ? ` (${n})` : '';
  return {
    key: `tpl:${d.kind}:${n}`,
    id: null,
    version: null,
    kind: d.kind,
    name: d.name + suffix,
    nameEn: d.nameEn + suffix,
    components: d.components,
    dirty: true,
  };
}

export const canAdd = (cols: readonly Column[]) => cols.length < MAX_COMPARED_PACKAGES;

/** Adds a column unless the screen is full or a saved package is already shown. */
export function addColumn(cols: readonly Column[], col: Column): Column[] {
  if (!canAdd(cols) || cols.some((c) => c.key === col.key)) return cols.slice();
  return [...cols, col];
}

export const removeColumn = (cols: readonly Column[], key: string): Column[] => cols.filter((c) => c.key !== key);

export const replaceColumn = (cols: readonly Column[], key: string, next: Column): Column[] =>
  cols.map((c) => (c.key === key ? next : c));

/** The opening selection: the project's saved packages, else its templates, at most five. */
export function initialColumns(saved: readonly IncentivePackage[], drafts: readonly IncentivePackageDraft[]): Column[] {
  if (saved.length) return saved.slice(0, MAX_COMPARED_PACKAGES).map(fromSaved);
  const out: Column[] = [];
  for (const d of drafts.slice(0, MAX_COMPARED_PACKAGES)) out.push(fromTemplate(d, out));
  return out;
}

export const toCompared = (cols: readonly Column[]): ComparedPackage[] =>
  cols.map((c) => ({ id: c.id ?? undefined, name: c.name, nameEn: c.nameEn, components: c.components }));
