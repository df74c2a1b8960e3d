import type { LandUse, Mu } from '../types/common';
import { LAND_USES } from '../types/common';
import type { PlotStatus, Readiness } from '../types/park';
import { PLOT_STATUSES, READINESS } from '../types/park';
import type { FieldMapping } from '../schemas/plot-import';
import { parseDeclaredArea } from './field-values';

type Props = Record<string, unknown>;

/** The names a GIS export usually gives each attribute (English, Chinese, snake_case), tried in order. */
const USUAL: Record<'code' | 'occupant' | 'area' | 'landUse' | 'status' | 'readiness', string[]> = {
  code: ['code', 'Code', 'CODE', '地块编号', '编号', 'plot_code', 'name', '名称'],
  occupant: ['occupant', 'enterprise', '企业', '企业名称', '用地单位', '使用单位'],
  area: ['areaMu', 'area_mu', 'declaredAreaMu', 'declaredMu', '面积', '面积亩', '面积(亩)'],
  landUse: ['landUse', 'land_use', '用地性质', '用地类别'],
  status: ['status', '状态'],
  readiness: ['readiness', '条件'],
};

/** Chinese labels a bureau's table uses for the same values (GB 50137-2011 工业用地 M1/M2/M3). */
const LAND_USE_WORDS: Record<string, LandUse> = { 一类工业用地: 'M1', 二类工业用地: 'M2', 三类工业用地: 'M3' };
const STATUS_WORDS: Record<string, PlotStatus> = {
  空闲: 'vacant',
  空地: 'vacant',
  预留: 'reserved',
  在建: 'under_construction',
  已建: 'occupied',
  已出让: 'occupied',
  占用: 'occupied',
  不可用: 'unavailable',
};

// A dBASE numeric cell left blank reads as NaN: it is an empty cell, not a bad number.
const present = (v: unknown) =>
  v !== undefined && v !== null && !(typeof v === 'number' && Number.isNaN(v)) && String(v).trim() !== '';

/** The mapped column's value, or the first usual name present when no column was mapped. */
function value(p: Props, mapped: string | undefined, usual: string[]): unknown {
  if (mapped) return present(p[mapped]) ? p[mapped] : undefined;
  for (const n of usual) if (present(p[n])) return p[n];
  return undefined;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], words: Record<string, T>, dflt: T): T | null {
  if (v === undefined) return dflt;
  const s = String(v).trim();
  if ((allowed as readonly string[]).includes(s)) return s as T;
  return words[s] ?? null;
}

export interface FeatureFields {
  code: string | null;
  occupant: string | null;
  declaredAreaMu: Mu | null;
  landUse: LandUse;
  status: PlotStatus;
  readiness: Readiness;
}

/** The feature's own code through the mapping, or null when it has none (even when other fields are bad). */
export function readCode(props: Props, map: Partial<FieldMapping>): string | null {
  const code = value(props, map.codeField, USUAL.code);
  return code === undefined ? null : String(code).trim() || null;
}

/** A feature's attributes read through the user's column mapping; an error names the column and value. */
export function readFields(props: Props, map: Partial<FieldMapping>): FeatureFields | { error: string } {
  const code = value(props, map.codeField, USUAL.code);
  const occupant = value(props, map.occupantField, USUAL.occupant);
  const rawArea = value(props, map.areaField, USUAL.area);
  const area = parseDeclaredArea(rawArea, map.areaUnit ?? 'mu');
  if ('error' in area) return { error: `${map.areaField ?? 'area'}: "${String(rawArea)}" is not a positive number` };
  const lu = value(props, map.landUseField, USUAL.landUse);
  const landUse = oneOf(lu, LAND_USES, LAND_USE_WORDS, 'M1');
  if (!landUse) return { error: `${map.landUseField ?? 'landUse'}: "${String(lu)}" is not M1, M2 or M3` };
  const st = value(props, map.statusField, USUAL.status);
  const status = oneOf(st, PLOT_STATUSES, STATUS_WORDS, 'vacant');
  if (!status)
    return { error: `${map.statusField ?? 'status'}: "${String(st)}" is not one of ${PLOT_STATUSES.join(', ')}` };
  const rd = value(props, undefined, USUAL.readiness);
  const readiness = oneOf(rd, READINESS, {}, 'raw');
  if (!readiness) return { error: `readiness: "${String(rd)}" is not one of ${READINESS.join(', ')}` };
  return {
    code: code === undefined ? null : String(code).trim(),
    occupant: occupant === undefined ? null : String(occupant).trim(),
    declaredAreaMu: area.mu,
    landUse,
    status,
    readiness,
  };
}

/** Column names over all features, in first-seen order: the choices of the mapping step. */
export function columnNames(features: unknown[]): string[] {
  const names = new Set<string>();
  for (const f of features) {
    const p = (f as { properties?: unknown } | null)?.properties;
    if (p && typeof p === 'object') for (const k of Object.keys(p)) names.add(k);
  }
  return [...names];
}

/** The column the usual names would pick for each attribute, so the mapping step starts filled in. */
export function guessMapping(columns: string[]): Partial<Record<keyof typeof USUAL, string>> {
  const out: Partial<Record<keyof typeof USUAL, string>> = {};
  for (const key of Object.keys(USUAL) as Array<keyof typeof USUAL>) {
    const hit = USUAL[key].find((n) => columns.includes(n));
    if (hit) out[key] = hit;
  }
  return out;
}
