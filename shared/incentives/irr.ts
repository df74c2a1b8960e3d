/**
 * Internal rate of return without guessing. NPV(r) = Σ c_t (1+r)^-t is scanned on a grid in
 * g = ln(1+r) over a sensible range; every sign change is bisected to machine precision, and every
 * place where NPV dips towards zero between grid points without changing sign on the grid is
 * searched for a hidden pair of roots or a tangential (double) root. `irr` answers only when
 * exactly one simple root lies in the range — never a wrong or arbitrary number.
 * numpy-financial's irr instead returns the root nearest 0 when there are several; `irrRoots`
 * lists them all so a caller can see that choice.
 */

export const IRR_MIN_RATE = -0.99;
export const IRR_MAX_RATE = 10;
/**
 * Grid sizes in g = ln(1+r) over ln(0.01)..ln(11): 600 points (steps of ~1.2% in 1+r) when the
 * flows change sign once — Descartes' rule then allows a single root — and 2400 otherwise, so
 * that three roots within one cell, the one case the dip search cannot see, need roots within
 * 0.3% of each other.
 */
const GRID_COARSE = 600;
const GRID_FINE = 2400;

interface Scan {
  roots: number[];
  /** Tangential roots: NPV touches zero without crossing. */
  touches: number[];
}

/** NPV and the size of its terms, Σ |c_t| x^t, at x = 1/(1+r) = e^-g. */
function evalAt(flows: readonly number[], g: number): [number, number] {
  const x = Math.exp(-g);
  let v = 0;
  let m = 0;
  for (let t = flows.length - 1; t >= 0; t--) {
    v = v * x + flows[t];
    m = m * x + Math.abs(flows[t]);
  }
  return [v, m];
}

function value(flows: readonly number[], g: number): number {
  const x = Math.exp(-g);
  let v = 0;
  for (let t = flows.length - 1; t >= 0; t--) v = v * x + flows[t];
  return v;
}

function bisect(flows: readonly number[], lo: number, hi: number, fLo: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = 0.5 * (lo + hi);
    const fm = value(flows, mid);
    if (fm === 0) return mid;
    if (fm > 0 === fLo > 0) {
      lo = mid;
      fLo = fm;
    } else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Minimises s·NPV on [a, b] (golden section); s = the sign NPV has at both ends. */
function dip(flows: readonly number[], a: number, b: number, s: number): number {
  const k = (Math.sqrt(5) - 1) / 2;
  let c = b - k * (b - a);
  let d = a + k * (b - a);
  let fc = s * value(flows, c);
  let fd = s * value(flows, d);
  for (let i = 0; i < 80 && b - a > 1e-13; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - k * (b - a);
      fc = s * value(flows, c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + k * (b - a);
      fd = s * value(flows, d);
    }
  }
  return fc < fd ? c : d;
}

function signChanges(flows: readonly number[]): number {
  let changes = 0;
  let last = 0;
  for (const c of flows) {
    if (c === 0) continue;
    if (last !== 0 && c > 0 !== last > 0) changes++;
    last = c;
  }
  return changes;
}

function scan(flows: readonly number[], minRate: number, maxRate: number): Scan {
  const GRID_POINTS = signChanges(flows) > 1 ? GRID_FINE : GRID_COARSE;
  const roots: number[] = [];
  const touches: number[] = [];
  const lo = Math.log1p(minRate);
  const step = (Math.log1p(maxRate) - lo) / (GRID_POINTS - 1);
  const g = new Float64Array(GRID_POINTS);
  const f = new Float64Array(GRID_POINTS);
  for (let i = 0; i < GRID_POINTS; i++) {
    g[i] = lo + i * step;
    f[i] = value(flows, g[i]);
  }
  for (let i = 0; i < GRID_POINTS; i++) {
    if (f[i] === 0) roots.push(g[i]);
    else if (i + 1 < GRID_POINTS && f[i + 1] !== 0 && f[i] > 0 !== f[i + 1] > 0)
      roots.push(bisect(flows, g[i], g[i + 1], f[i]));
    // A discrete local minimum of |NPV| may hide two roots (or a touch) within the two cells around it.
    if (i > 0 && i + 1 < GRID_POINTS && f[i] !== 0) {
      const s = f[i] > 0 ? 1 : -1;
      if (s * f[i - 1] > 0 && s * f[i + 1] > 0 && s * f[i] <= s * f[i - 1] && s * f[i] <= s * f[i + 1]) {
        const gStar = dip(flows, g[i - 1], g[i + 1], s);
        const [vStar, mag] = evalAt(flows, gStar);
        if (Math.abs(vStar) <= 1e-12 * mag) touches.push(gStar);
        else if (s * vStar < 0)
          roots.push(bisect(flows, g[i - 1], gStar, f[i - 1]), bisect(flows, gStar, g[i + 1], vStar));
      }
    }
  }
  const toRate = (x: number) => Math.expm1(x);
  return { roots: roots.map(toRate).sort((a, b) => a - b), touches: touches.map(toRate).sort((a, b) => a - b) };
}

function hasBothSigns(flows: readonly number[]): boolean {
  let pos = false;
  let neg = false;
  for (const c of flows) {
    if (!Number.isFinite(c)) return false;
    if (c > 0) pos = true;
    else if (c < 0) neg = true;
  }
  return pos && neg;
}

/** Every rate in [minRate, maxRate] at which NPV is zero (crossings and touches), ascending. */
export function irrRoots(flows: readonly number[], minRate = IRR_MIN_RATE, maxRate = IRR_MAX_RATE): number[] {
  if (!hasBothSigns(flows)) return [];
  const { roots, touches } = scan(flows, minRate, maxRate);
  return [...roots, ...touches].sort((a, b) => a - b);
}

/**
 * The internal rate of return, or null when no rate in [minRate, maxRate] zeroes the NPV, or more
 * than one does, or the only one is a tangential (double) root. A returned rate zeroes the NPV
 * to within 1e-9 of the size of its discounted terms.
 */
export function irr(flows: readonly number[], minRate = IRR_MIN_RATE, maxRate = IRR_MAX_RATE): number | null {
  if (!hasBothSigns(flows)) return null;
  const { roots, touches } = scan(flows, minRate, maxRate);
  if (roots.length !== 1 || touches.length > 0) return null;
  const [v, mag] = evalAt(flows, Math.log1p(roots[0]));
  return Math.abs(v) <= 1e-9 * mag ? roots[0] : null;
}
