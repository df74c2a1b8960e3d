import type { Model } from './model';

/**
 * Lagrangian relaxation of the site capacity, dominant-share, budget and quota rows. What remains
 * decomposes per project: each takes its best option at the current prices, or nothing. The dual
 * value L(u) is a valid upper bound on the MILP optimum for any u ≥ 0, and its minimum equals the
 * LP relaxation bound (the per-project subproblem has the integrality property). Multipliers are
 * kept per row in money units (row scaled by its right-hand side), minimised by projected
 * Polyak subgradient steps.
 */
export interface Prices {
  site: Float64Array;
  park: Float64Array;
  equity: number;
  incentive: number;
  quota: Float64Array;
}

export interface ProjectPick {
  slot: number;
  choice: number;
  site: number;
  reduced: number;
}

export class Lagrangian {
  uS: Float64Array;
  uP: Float64Array;
  uE = 0;
  uI = 0;
  mu: Float64Array;
  private pm: Float64Array[][];
  private pa: Int32Array[][];
  best = Infinity;
  bestPrices: Prices | null = null;
  alpha = 2;
  private sinceBest = 0;
  iterations = 0;
  /**
   * Site-capacity multipliers make plain subgradient oscillate (every project jumps to the same
   * cheapest site), so the dual is first minimised with them held at zero (still a valid bound:
   * the capacity rows are then simply relaxed), and only then are they let move.
   */
  useSites = false;
  private zeroPrefix = false;
  picks: ProjectPick[];
  private prevG: Float64Array | null = null;

  constructor(readonly m: Model) {
    this.uS = new Float64Array(m.sites.length);
    this.uP = new Float64Array(m.parks.length);
    this.mu = new Float64Array(m.quotas.length);
    this.pm = m.groups.map((g) => g.lists.map((l) => new Float64Array(l.length)));
    this.pa = m.groups.map((g) => g.lists.map((l) => new Int32Array(l.length)));
    this.picks = m.projects.map(() => ({ slot: -1, choice: -1, site: -1, reduced: 0 }));
  }

  prices(): Prices {
    const m = this.m;
    return {
      site: Float64Array.from(this.uS, (u, s) => u / m.sites[s].cap),
      park: Float64Array.from(this.uP, (u, p) => u / m.parks[p].scale),
      equity: Number.isFinite(m.equityCap) && m.equityCap > 0 ? this.uE / m.equityCap : 0,
      incentive: Number.isFinite(m.incentiveCap) && m.incentiveCap > 0 ? this.uI / m.incentiveCap : 0,
      quota: Float64Array.from(this.mu),
    };
  }

  /** Continue from earlier prices (the best ones found). */
  restore(pr: Prices): void {
    const m = this.m;
    this.uS = Float64Array.from(pr.site, (v, s) => v * m.sites[s].cap);
    this.uP = Float64Array.from(pr.park, (v, p) => v * m.parks[p].scale);
    this.uE = Number.isFinite(m.equityCap) ? pr.equity * m.equityCap : 0;
    this.uI = Number.isFinite(m.incentiveCap) ? pr.incentive * m.incentiveCap : 0;
    this.mu = Float64Array.from(pr.quota);
    this.prevG = null;
  }

  /** Dual value at prices `pr`; fills `picks` and returns the subgradient pieces. */
  evaluate(pr: Prices): { L: number; gS: Float64Array; gP: Float64Array; gE: number; gI: number; gQ: Float64Array } {
    const m = this.m;
    // With site prices held at zero the prefix minima are all zero: compute them once.
    if (this.useSites || !this.zeroPrefix)
      m.groups.forEach((g, gi) =>
        g.lists.forEach((l, c) => {
          const pm = this.pm[gi][c],
            pa = this.pa[gi][c];
          let best = Infinity,
            arg = -1;
          for (let i = 0; i < l.length; i++) {
            const v = pr.site[l[i]];
            if (v < best) {
              best = v;
              arg = l[i];
            }
            pm[i] = best;
            pa[i] = arg;
          }
        }),
      );
    this.zeroPrefix = !this.useSites && pr.site.every((v) => v === 0);
    const gS = new Float64Array(m.sites.length).fill(1);
    const gP = Float64Array.from(m.parks, (p) => -p.rhs / p.scale);
    let gE = 1,
      gI = 1;
    const gQ = Float64Array.from(m.quotas, (q) => -q.target);
    let L = 0;
    for (let s = 0; s < m.sites.length; s++) L += pr.site[s] * m.sites[s].cap;
    m.parks.forEach((p, i) => {
      L -= pr.park[i] * p.rhs;
    });
    if (Number.isFinite(m.equityCap)) L += pr.equity * m.equityCap;
    if (Number.isFinite(m.incentiveCap)) L += pr.incentive * m.incentiveCap;
    m.quotas.forEach((q, i) => {
      L -= pr.quota[i] * q.target;
    });
    const pe = pr.equity,
      pi = pr.incentive;
    for (let p = 0; p < m.projects.length; p++) {
      const pj = m.projects[p];
      let best = pj.must ? -Infinity : 0,
        bs = -1,
        bc = -1,
        bsite = -1;
      let qb = 0;
      for (const q of pj.quotas) qb += pr.quota[q];
      const slots = pj.slots;
      for (let si = 0; si < slots.length; si++) {
        const sl = slots[si];
        let price: number, site: number;
        if (sl.explicit) {
          price = Infinity;
          site = -1;
          for (const s of sl.explicit)
            if (pr.site[s] < price) {
              price = pr.site[s];
              site = s;
            }
        } else {
          price = this.pm[sl.group][sl.cls][sl.count - 1];
          site = this.pa[sl.group][sl.cls][sl.count - 1];
        }
        const base = qb - sl.need * price + pr.park[sl.park] * sl.shareCoef;
        const ch = sl.choices;
        for (let ci = 0; ci < ch.length; ci++) {
          const c = ch[ci];
          const r = base + c.value - pe * c.equity - pi * c.incentive;
          if (r > best) {
            best = r;
            bs = si;
            bc = ci;
            bsite = site;
          }
        }
      }
      const pick = this.picks[p];
      pick.slot = bs;
      pick.choice = bc;
      pick.site = bsite;
      pick.reduced = best;
      if (bs < 0) {
        if (pj.must) L = Infinity;
        continue;
      }
      L += best;
      const sl = pj.slots[bs],
        c = sl.choices[bc];
      gS[bsite] -= sl.need / m.sites[bsite].cap;
      gP[sl.park] += sl.shareCoef / m.parks[sl.park].scale;
      if (Number.isFinite(m.equityCap) && m.equityCap > 0) gE -= c.equity / m.equityCap;
      if (Number.isFinite(m.incentiveCap) && m.incentiveCap > 0) gI -= c.incentive / m.incentiveCap;
      for (const q of pj.quotas) gQ[q] += 1;
    }
    return { L, gS, gP, gE, gI, gQ };
  }

  /** One subgradient iteration towards the target `lb` (best known primal value). Returns L(u). */
  step(lb: number): number {
    const m = this.m;
    const pr = this.prices();
    const { L, gS, gP, gE, gI, gQ } = this.evaluate(pr);
    this.iterations++;
    if (L < this.best - 1e-9 * Math.max(1, Math.abs(L))) {
      this.best = L;
      this.bestPrices = pr;
      this.sinceBest = 0;
    } else if (++this.sinceBest >= 25) {
      this.alpha /= 2;
      this.sinceBest = 0;
    }
    // Direction: subgradient lightly deflected by the previous one (smooths zig-zag between rows).
    const nS = gS.length,
      nP = gP.length,
      nQ = gQ.length;
    const g = new Float64Array(nS + nP + 2 + nQ);
    g.set(gS, 0);
    g.set(gP, nS);
    g[nS + nP] = gE;
    g[nS + nP + 1] = gI;
    g.set(gQ, nS + nP + 2);
    if (this.prevG) for (let i = 0; i < g.length; i++) g[i] += 0.3 * this.prevG[i];
    this.prevG = g;
    const u = (i: number) =>
      i < nS
        ? this.uS[i]
        : i < nS + nP
          ? this.uP[i - nS]
          : i === nS + nP
            ? this.uE
            : i === nS + nP + 1
              ? this.uI
              : this.mu[i - nS - nP - 2];
    let norm = 0;
    for (let i = this.useSites ? 0 : nS; i < g.length; i++) if (!(u(i) <= 0 && g[i] > 0)) norm += g[i] * g[i];
    const hasE = Number.isFinite(m.equityCap) && m.equityCap > 0,
      hasI = Number.isFinite(m.incentiveCap) && m.incentiveCap > 0;
    if (norm < 1e-18 || !Number.isFinite(L)) return L;
    const t = (this.alpha * Math.max(L - lb, 1e-6 * Math.max(1, Math.abs(L)))) / norm;
    if (this.useSites) for (let s = 0; s < nS; s++) this.uS[s] = Math.max(0, this.uS[s] - t * g[s]);
    for (let p = 0; p < nP; p++) this.uP[p] = m.parks[p].hasShareRow ? Math.max(0, this.uP[p] - t * g[nS + p]) : 0;
    if (hasE) this.uE = Math.max(0, this.uE - t * g[nS + nP]);
    if (hasI) this.uI = Math.max(0, this.uI - t * g[nS + nP + 1]);
    for (let q = 0; q < nQ; q++) this.mu[q] = Math.min(m.penalty, Math.max(0, this.mu[q] - t * g[nS + nP + 2 + q]));
    return L;
  }
}
