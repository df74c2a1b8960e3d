import { leversSchema, type Levers } from '@shared/schemas/scenario-file';

/**
 * The levers as a form holds them: text fields, shares and rates in percent (what people type),
 * budgets empty for "no limit". `toLevers` turns a draft back into validated levers, with the
 * same zod schema the server uses.
 */
export interface LeversDraft {
  weights: Record<keyof Levers['weights'], string>;
  /** Park id → θ in percent; '' = the park's own default. */
  sharePct: Record<string, string>;
  shareBasis: Levers['shareBasis'];
  equityFundWan: string;
  incentiveBudgetWan: string;
  horizonYears: string;
  discountRatePct: string;
  jobValueWan: string;
  chainGapBonusWan: string;
  headBonusWan: string;
  quotaPenaltyWan: string;
  minPlacementValueWan: string;
  readiness: Record<keyof Levers['readinessDelayYears'], string>;
  /** Offer flagged recoverable plots (腾笼换鸟) as sites. */
  recoverFlagged: boolean;
}

const s = (n: number) => String(Number(n.toPrecision(12)));
const pct = (x: number) => s(x * 100);

export function draftOf(l: Levers): LeversDraft {
  return {
    weights: {
      tax: s(l.weights.tax),
      jobs: s(l.weights.jobs),
      chainFit: s(l.weights.chainFit),
      head: s(l.weights.head),
      incentiveCost: s(l.weights.incentiveCost),
    },
    sharePct: Object.fromEntries(Object.entries(l.dominantShareByPark).map(([k, v]) => [k, pct(v)])),
    shareBasis: l.shareBasis,
    equityFundWan: l.equityFundWan == null ? '' : s(l.equityFundWan),
    incentiveBudgetWan: l.incentiveBudgetWan == null ? '' : s(l.incentiveBudgetWan),
    horizonYears: s(l.horizonYears),
    discountRatePct: pct(l.discountRate),
    jobValueWan: s(l.jobValueWan),
    chainGapBonusWan: s(l.chainGapBonusWan),
    headBonusWan: s(l.headBonusWan),
    quotaPenaltyWan: s(l.quotaPenaltyWan),
    minPlacementValueWan: s(l.minPlacementValueWan),
    readiness: {
      ready: s(l.readinessDelayYears.ready),
      partial: s(l.readinessDelayYears.partial),
      raw: s(l.readinessDelayYears.raw),
    },
    recoverFlagged: l.recoverFlagged ?? false,
  };
}

/** A field's text as a number: '' → null; anything unreadable → NaN (the schema then reports it). */
function num(v: string): number | null {
  const t = v.trim().replace(/,/g, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}
const req = (v: string) => num(v) ?? NaN;
const fromPct = (v: string) => {
  const n = num(v);
  return n == null ? null : n / 100;
};

export type LeversResult = { ok: true; levers: Levers } | { ok: false; errors: Record<string, string> };

/** Draft → levers; errors are keyed by dotted path ('weights.tax', 'dominantShareByPark.5', 'discountRate'). */
export function toLevers(d: LeversDraft): LeversResult {
  const shares: Record<string, number> = {};
  for (const [k, v] of Object.entries(d.sharePct)) {
    const x = fromPct(v);
    if (x !== null) shares[k] = x;
  }
  const candidate = {
    weights: {
      tax: req(d.weights.tax),
      jobs: req(d.weights.jobs),
      chainFit: req(d.weights.chainFit),
      head: req(d.weights.head),
      incentiveCost: req(d.weights.incentiveCost),
    },
    dominantShareByPark: shares,
    shareBasis: d.shareBasis,
    equityFundWan: num(d.equityFundWan),
    incentiveBudgetWan: num(d.incentiveBudgetWan),
    horizonYears: req(d.horizonYears),
    discountRate: fromPct(d.discountRatePct) ?? NaN,
    jobValueWan: req(d.jobValueWan),
    chainGapBonusWan: req(d.chainGapBonusWan),
    headBonusWan: req(d.headBonusWan),
    quotaPenaltyWan: req(d.quotaPenaltyWan),
    minPlacementValueWan: req(d.minPlacementValueWan),
    readinessDelayYears: {
      ready: req(d.readiness.ready),
      partial: req(d.readiness.partial),
      raw: req(d.readiness.raw),
    },
    // Only written when on, so levers saved before the option existed compare equal.
    ...(d.recoverFlagged ? { recoverFlagged: true } : {}),
  };
  const r = leversSchema.safeParse(candidate);
  if (r.success) return { ok: true, levers: r.data };
  const errors: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const path = issue.path.join('.');
    if (!errors[path]) errors[path] = issue.message;
  }
  return { ok: false, errors };
}

/** True when two lever sets would solve the same (key order and float noise aside). */
export function sameLevers(a: Levers, b: Levers): boolean {
  return canonical(draftOf(a)) === canonical(draftOf(b));
}

function canonical(o: unknown): string {
  if (o && typeof o === 'object') {
    const entries = Object.entries(o as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return '{' + entries.map(([k, v]) => JSON.stringify(k) + ':' + canonical(v)).join(',') + '}';
  }
  return JSON.stringify(o);
}
