import type { Model } from './model';
import { slotSites } from './model';

/**
 * A plain MILP (maximise) in row form: the narrow interface between ParkPlan's model and any engine
 * (javascript-lp-solver embedded, HiGHS in the benchmark, the CPLEX LP export).
 */
export interface MilpVar {
  name: string;
  obj: number;
  integer: boolean;
  upper: number | null;
}
export interface MilpRow {
  name: string;
  vars: number[];
  coefs: number[];
  lo: number | null;
  hi: number | null;
}
export interface MilpProblem {
  vars: MilpVar[];
  rows: MilpRow[];
}
export interface MilpResult {
  status: 'optimal' | 'infeasible' | 'unknown';
  values: Float64Array | null;
  objective: number | null;
  timedOut: boolean;
  ms: number;
}
export interface MilpEngine {
  readonly name: string;
  /** `cutoff`: only answers strictly better are wanted; 'infeasible' then means none exists. */
  solve(
    p: MilpProblem,
    o: { timeLimitMs: number; clock: () => number; cutoff?: number; maxNodes?: number },
  ): MilpResult;
}

/** Which variable is which placement: x = project p, slot, choice, site. */
export interface XVar {
  p: number;
  slot: number;
  choice: number;
  site: number;
}
export interface BuiltMilp {
  problem: MilpProblem;
  x: XVar[];
}

/**
 * The full site-level MILP over the pre-filtered pairs. `keep` restricts the pairs (exact stage
 * after reduced-cost fixing); projects with no kept pair and not must-place are simply absent.
 */
export function buildMilp(m: Model, keep?: (v: XVar) => boolean): BuiltMilp {
  const vars: MilpVar[] = [];
  const x: XVar[] = [];
  const one: number[][] = m.projects.map(() => []);
  const capRows = new Map<number, number[]>();
  const share: number[][] = m.parks.map(() => []);
  const eq: number[] = [],
    inc: number[] = [];
  const quota: number[][] = m.quotas.map(() => []);
  m.projects.forEach((pj, p) =>
    pj.slots.forEach((sl, si) => {
      const sites = slotSites(m, sl);
      for (let i = 0; i < sites.length; i++) {
        const s = sites[i];
        sl.choices.forEach((c, ci) => {
          const v: XVar = { p, slot: si, choice: ci, site: s };
          if (keep && !keep(v)) return;
          const k = vars.length;
          vars.push({
            name: `x_${pj.id}_${s}_${c.pkg < 0 ? 'n' : c.pkg}_${si}`,
            obj: c.value,
            integer: true,
            upper: 1,
          });
          x.push(v);
          one[p].push(k);
          if (!capRows.has(s)) capRows.set(s, []);
          capRows.get(s)!.push(k);
          if (m.parks[sl.park].hasShareRow) share[sl.park].push(k);
          if (c.equity > 0) eq.push(k);
          if (c.incentive > 0) inc.push(k);
          for (const q of pj.quotas) quota[q].push(k);
        });
      }
    }),
  );
  const rows: MilpRow[] = [];
  one.forEach((ks, p) => {
    const must = m.projects[p].must;
    // A must-place project with no compatible pair is reported by the engine, not made infeasible.
    if (ks.length)
      rows.push({ name: `one_${m.projects[p].id}`, vars: ks, coefs: ks.map(() => 1), lo: must ? 1 : null, hi: 1 });
  });
  for (const [s, ks] of [...capRows.entries()].sort((a, b) => a[0] - b[0])) {
    rows.push({
      name: `cap_${s}`,
      vars: ks,
      coefs: ks.map((k) => m.projects[x[k].p].slots[x[k].slot].need),
      lo: null,
      hi: m.sites[s].cap,
    });
    // An indivisible site takes one project at most.
    if (m.sites[s].solo && ks.length > 1)
      rows.push({ name: `solo_${s}`, vars: ks, coefs: ks.map(() => 1), lo: null, hi: 1 });
  }
  share.forEach((ks, pk) => {
    if (ks.length)
      rows.push({
        name: `share_${m.parks[pk].id}`,
        vars: ks,
        coefs: ks.map((k) => m.projects[x[k].p].slots[x[k].slot].shareCoef),
        lo: m.parks[pk].rhs,
        hi: null,
      });
  });
  const choiceOf = (k: number) => m.projects[x[k].p].slots[x[k].slot].choices[x[k].choice];
  if (eq.length && Number.isFinite(m.equityCap))
    rows.push({ name: 'equity_fund', vars: eq, coefs: eq.map((k) => choiceOf(k).equity), lo: null, hi: m.equityCap });
  if (inc.length && Number.isFinite(m.incentiveCap))
    rows.push({
      name: 'incentive_budget',
      vars: inc,
      coefs: inc.map((k) => choiceOf(k).incentive),
      lo: null,
      hi: m.incentiveCap,
    });
  m.quotas.forEach((q, qi) => {
    if (q.target <= 0) return;
    const sf = vars.length;
    vars.push({ name: `shortfall_${q.jurisdictionId}_${q.role}_${qi}`, obj: -m.penalty, integer: false, upper: null });
    rows.push({
      name: `quota_${q.jurisdictionId}_${q.role}_${qi}`,
      vars: [...quota[qi], sf],
      coefs: [...quota[qi].map(() => 1), 1],
      lo: q.target,
      hi: null,
    });
  });
  return { problem: { vars, rows }, x };
}

const num = (v: number) =>
  Number.isInteger(v)
    ? String(v)
    : v
        .toPrecision(12)
        .replace(/\.?0+$/, '')
        .replace(/\.?0+e/, 'e');

/** CPLEX LP text of a problem, so that anyone can check the model with another solver. */
export function toCplexLp(pb: MilpProblem, title = 'ParkPlan allocation'): string {
  const out: string[] = [`\\ ${title}`, 'Maximize'];
  const term = (c: number, name: string, first: boolean) =>
    c < 0 ? ` - ${num(-c)} ${name}` : `${first ? ' ' : ' + '}${num(c)} ${name}`;
  const lines = (parts: string[]) => {
    for (let i = 0; i < parts.length; i += 8) out.push('   ' + parts.slice(i, i + 8).join(''));
  };
  const obj = pb.vars.map((v, i) => ({ v, i })).filter(({ v }) => v.obj !== 0);
  out.push(' obj:');
  lines(obj.length ? obj.map(({ v }, j) => term(v.obj, v.name, j === 0)) : [` 0 ${pb.vars[0]?.name ?? 'dummy'}`]);
  out.push('Subject To');
  for (const r of pb.rows) {
    const lhs = r.vars.map((k, j) => term(r.coefs[j], pb.vars[k].name, j === 0));
    if (!lhs.length) lhs.push(' 0 ' + (pb.vars[0]?.name ?? 'dummy'));
    const emit = (suffix: string, rel: string) => {
      out.push(` ${r.name}${suffix}:`);
      lines(lhs);
      out.push(`   ${rel} ${num(rel === '<=' ? r.hi! : r.lo!)}`);
    };
    if (r.lo !== null && r.hi !== null && r.lo === r.hi) {
      out.push(` ${r.name}:`);
      lines(lhs);
      out.push(`   = ${num(r.lo)}`);
    } else {
      if (r.hi !== null) emit(r.lo !== null ? '_hi' : '', '<=');
      if (r.lo !== null) emit(r.hi !== null ? '_lo' : '', '>=');
    }
  }
  out.push('Bounds');
  for (const v of pb.vars)
    if (!v.integer || v.upper !== 1)
      out.push(v.upper === null ? ` ${v.name} >= 0` : ` 0 <= ${v.name} <= ${num(v.upper)}`);
  const bins = pb.vars.filter((v) => v.integer && v.upper === 1).map((v) => v.name);
  if (bins.length) {
    out.push('Binaries');
    for (let i = 0; i < bins.length; i += 10) out.push(' ' + bins.slice(i, i + 10).join(' '));
  }
  out.push('End', '');
  return out.join('\n');
}
