import { incentiveComponentsSchema } from '@shared/schemas/incentive-package';
import type { IncentiveComponents } from '@shared/incentives/types';
import { M2_PER_MU } from '@shared/units';
import { ruleValue } from '@shared/rules';

export const SECTIONS = [
  'land',
  'equity',
  'lease',
  'buildToSuit',
  'equipmentSubsidy',
  'taxRefund',
  'commitments',
] as const;
export type Section = (typeof SECTIONS)[number];

/** num: a number; pct: a 0..1 share typed as a percentage; int; intOrNull: empty = null; bool; text: empty = null. */
export type FieldKind = 'num' | 'pct' | 'int' | 'intOrNull' | 'bool' | 'text';
export interface FieldDef {
  section: Section;
  name: string;
  kind: FieldKind;
}

const f = (section: Section, name: string, kind: FieldKind): FieldDef => ({ section, name, kind });

export const FIELDS: readonly FieldDef[] = [
  f('land', 'areaMu', 'num'),
  f('land', 'priceWanPerMu', 'num'),
  f('land', 'listedPriceWanPerMu', 'num'),
  f('land', 'preparationCostWanPerMu', 'num'),
  f('land', 'priorityProject', 'bool'),
  f('land', 'priorityBasis', 'text'),
  f('equity', 'amountWan', 'num'),
  f('equity', 'share', 'pct'),
  f('equity', 'exitYear', 'int'),
  f('equity', 'buybackRate', 'pct'),
  f('equity', 'dividendRate', 'pct'),
  f('equity', 'largestShareholder', 'bool'),
  f('equity', 'guaranteedReturn', 'bool'),
  f('equity', 'newAttractionFund', 'bool'),
  f('lease', 'areaM2', 'num'),
  f('lease', 'marketRentYuanPerM2Month', 'num'),
  f('lease', 'rentYuanPerM2Month', 'num'),
  f('lease', 'freeMonths', 'int'),
  f('lease', 'halfRentMonths', 'int'),
  f('lease', 'leaseYears', 'int'),
  f('lease', 'transferYear', 'intOrNull'),
  f('lease', 'transferPriceWan', 'num'),
  f('lease', 'buildingCostWan', 'num'),
  f('buildToSuit', 'costWan', 'num'),
  f('buildToSuit', 'buybackStartYear', 'int'),
  f('buildToSuit', 'buybackYears', 'int'),
  f('buildToSuit', 'buybackTotalWan', 'num'),
  f('equipmentSubsidy', 'amountWan', 'num'),
  f('equipmentSubsidy', 'year', 'int'),
  f('taxRefund', 'share', 'pct'),
  f('taxRefund', 'years', 'int'),
  f('taxRefund', 'legalBasis', 'text'),
  f('commitments', 'investmentWan', 'num'),
  f('commitments', 'taxPerYearWan', 'num'),
  f('commitments', 'jobs', 'int'),
  f('commitments', 'byYear', 'int'),
  f('commitments', 'clawbackYear', 'int'),
  f('commitments', 'clawbackProRata', 'bool'),
];

export type FieldValue = string | boolean;
export interface EditorForm {
  enabled: Record<Section, boolean>;
  /** Keyed "section.name", as typed. */
  values: Record<string, FieldValue>;
}

type Loose = Record<string, unknown>;

/** Round-trips a percentage without float noise (0.0475 → "4.75"). */
const pctText = (v: number) => String(Math.round(v * 100 * 1e6) / 1e6);

function toText(kind: FieldKind, v: unknown): FieldValue {
  if (kind === 'bool') return v === true;
  if (v === null || v === undefined) return '';
  if (kind === 'pct') return pctText(Number(v));
  return String(v);
}

/** Facts the defaults of a newly ticked component are sized from. */
export interface SizingFacts {
  investmentWan: number;
  taxWan: number;
  jobs: number;
  landNeedMu: number | null;
  floorNeedM2: number | null;
  rampUpYears: number;
  listedLandPriceWanPerMu: number;
  minFar: number;
}

/** Plausible starting values when the user ticks a component the package did not have (same assumptions as the
 * templates). */
export function defaultComponents(p: SizingFacts): Required<IncentiveComponents> {
  const far = Math.max(p.minFar, 0.5);
  const mu = Math.round((p.landNeedMu ?? (p.floorNeedM2 ?? 0) / (M2_PER_MU * far)) * 100) / 100 || 1;
  const m2 = Math.round(p.floorNeedM2 ?? mu * M2_PER_MU * far) || 1;
  const building = Math.round((m2 * 1500) / 100) / 100;
  const byYear = Math.max(3, p.rampUpYears + 1);
  const listed = p.listedLandPriceWanPerMu;
  return {
    land: {
      areaMu: mu,
      priceWanPerMu: listed,
      preparationCostWanPerMu: Math.round(0.6 * listed * 100) / 100,
      listedPriceWanPerMu: listed,
      priorityProject: false,
      priorityBasis: null,
    },
    equity: {
      amountWan: Math.round(0.1 * p.investmentWan),
      share: 0.2,
      exitYear: 5,
      buybackRate: ruleValue('rate.benchmark'), // the dated LPR setting, not the retired 4.75%
      dividendRate: 0,
      largestShareholder: false,
      guaranteedReturn: false,
      newAttractionFund: false,
    },
    lease: {
      areaM2: m2,
      marketRentYuanPerM2Month: 8,
      rentYuanPerM2Month: 8,
      freeMonths: 12,
      halfRentMonths: 12,
      leaseYears: 5,
      transferYear: null,
      transferPriceWan: building,
      buildingCostWan: building,
    },
    buildToSuit: { costWan: building, buybackStartYear: 3, buybackYears: 5, buybackTotalWan: building },
    equipmentSubsidy: { amountWan: Math.round(0.02 * p.investmentWan), year: 1 },
    taxRefund: { share: 0.5, years: 3, legalBasis: null },
    commitments: {
      investmentWan: p.investmentWan,
      taxPerYearWan: p.taxWan,
      jobs: p.jobs,
      byYear,
      clawbackProRata: true,
      clawbackYear: byYear + 1,
    },
  };
}

export function formFromComponents(c: IncentiveComponents, defaults: Required<IncentiveComponents>): EditorForm {
  const enabled = Object.fromEntries(SECTIONS.map((s) => [s, c[s] !== undefined])) as Record<Section, boolean>;
  const values: Record<string, FieldValue> = {};
  for (const d of FIELDS) {
    const src = (c[d.section] ?? defaults[d.section]) as unknown as Loose;
    values[`${d.section}.${d.name}`] = toText(d.kind, src[d.name]);
  }
  return { enabled, values };
}

function fromText(kind: FieldKind, v: FieldValue): unknown {
  if (kind === 'bool') return v === true;
  const s = String(v).trim();
  if (kind === 'text') return s === '' ? null : s;
  if (kind === 'intOrNull' && s === '') return null;
  // Empty or junk → NaN, which the schema rejects as "not a number" beside the field.
  const n = s === '' ? Number.NaN : Number(s.replace(/,/g, ''));
  return kind === 'pct' ? n / 100 : n;
}

export function componentsFromForm(form: EditorForm): IncentiveComponents {
  const out: Record<string, Loose> = {};
  for (const d of FIELDS) {
    if (!form.enabled[d.section]) continue;
    (out[d.section] ??= {})[d.name] = fromText(d.kind, form.values[`${d.section}.${d.name}`]);
  }
  return out as IncentiveComponents;
}

/** A field's error as an i18n key plus its arguments (bounds shown in the unit the user types). */
export interface FieldError {
  key: string;
  args?: Record<string, unknown>;
}

const CUSTOM_KEYS: Record<string, string> = {
  'lease.freeMonths': 'freeMonths',
  'lease.transferYear': 'transferYear',
  'commitments.clawbackYear': 'clawbackYear',
};

export type Validation =
  | { ok: true; components: IncentiveComponents; errors: Record<string, never> }
  | { ok: false; errors: Record<string, FieldError> };

/** Validates with the same zod schema the server parses the body with. */
export function validateForm(form: EditorForm): Validation {
  const parsed = incentiveComponentsSchema.safeParse(componentsFromForm(form));
  if (parsed.success) return { ok: true, components: parsed.data as IncentiveComponents, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (errors[path]) continue;
    const kind = FIELDS.find((d) => `${d.section}.${d.name}` === path)?.kind;
    const scale = kind === 'pct' ? 100 : 1;
    const i = issue as {
      code: string;
      minimum?: number | bigint;
      maximum?: number | bigint;
      expected?: string;
      format?: string;
    };
    if (i.code === 'too_small') errors[path] = { key: 'tooSmall', args: { min: Number(i.minimum) * scale } };
    else if (i.code === 'too_big') errors[path] = { key: 'tooBig', args: { max: Number(i.maximum) * scale } };
    else if (i.code === 'invalid_type' && i.expected === 'int') errors[path] = { key: 'notInteger' };
    else if (i.code === 'invalid_format' || (i.code === 'invalid_type' && i.expected === 'number'))
      errors[path] = { key: kind === 'int' || kind === 'intOrNull' ? 'notInteger' : 'notNumber' };
    else if (i.code === 'custom' && CUSTOM_KEYS[path]) errors[path] = { key: CUSTOM_KEYS[path] };
    else errors[path] = { key: 'other' };
  }
  return { ok: false, errors };
}
