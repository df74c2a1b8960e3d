import type { Mu } from '../types/common';
import { m2ToMu } from '../units';

export type AreaUnit = 'mu' | 'm2' | 'ha';

/** 1 ha = 10 000 m² = 15 亩 (市制: 1 亩 = 10000/15 m²). */
const TO_MU: Record<AreaUnit, (v: number) => Mu> = { mu: (v) => v, m2: m2ToMu, ha: (v) => v * 15 };

/**
 * A declared area cell → 亩. Understands a decimal comma ("1,41" = 1.41, as European GIS tools
 * write it), thousands separators ("12,345.6" or "12.345,6") and a trailing unit word. null for
 * an empty cell; an error message naming the value when it is not a number.
 */
export function parseDeclaredArea(raw: unknown, unit: AreaUnit): { mu: Mu | null } | { error: string } {
  if (raw === null || raw === undefined || raw === '') return { mu: null };
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > 0 ? { mu: TO_MU[unit](raw) } : bad(raw);
  let s = String(raw)
    .trim()
    .replace(/\s|亩|㎡|m²|m2|公顷|ha/gi, '');
  if (s === '') return { mu: null };
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal mark, the other groups thousands.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // Only commas: two or more 3-digit groups ("1,234,567") are thousands; one comma is a decimal comma
    // ("1,41"; an area cell rarely reaches 1,000 ha, and the real file writes hectares so).
    const groups = /^\d{1,3}(,\d{3})+$/.test(s) && s.split(',').length > 2;
    s = groups ? s.replace(/,/g, '') : s.split(',').length === 2 ? s.replace(',', '.') : s;
  }
  const v = Number(s);
  return Number.isFinite(v) && v > 0 ? { mu: TO_MU[unit](v) } : bad(raw);
}

const bad = (raw: unknown) => ({ error: `area: "${String(raw)}" is not a positive number` });

/**
 * The code given to a feature with no code of its own. The file's digest is part of it, so a
 * second file's unnamed features cannot collide with the first file's (the old IMP{park}-{index} did).
 */
export function generatedPlotCode(parkId: number | string, fileDigest: string, index: number): string {
  return `IMP${parkId}-${fileDigest.slice(0, 6).toUpperCase()}-${index + 1}`;
}
