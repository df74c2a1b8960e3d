import type { Model } from './model';

const EPS = 1e-7;

/**
 * A solution with the running totals every constraint needs, so that a move is checked in O(1).
 * Per project: slot (index into its slots), choice (package) and site, or -1 when left out.
 */
export class State {
  slot: Int32Array;
  choice: Int32Array;
  site: Int32Array;
  used: Float64Array;
  shareSlack: Float64Array;
  quotaAch: Int32Array;
  equity = 0;
  incentive = 0;
  valueSum = 0;

  constructor(readonly m: Model) {
    const n = m.projects.length;
    this.slot = new Int32Array(n).fill(-1);
    this.choice = new Int32Array(n).fill(-1);
    this.site = new Int32Array(n).fill(-1);
    this.used = new Float64Array(m.sites.length);
    this.shareSlack = Float64Array.from(m.parks, (p) => -p.rhs);
    this.quotaAch = new Int32Array(m.quotas.length);
  }

  clone(): State {
    const s = new State(this.m);
    s.copyFrom(this);
    return s;
  }

  copyFrom(o: State): void {
    this.slot.set(o.slot);
    this.choice.set(o.choice);
    this.site.set(o.site);
    this.used.set(o.used);
    this.shareSlack.set(o.shareSlack);
    this.quotaAch.set(o.quotaAch);
    this.equity = o.equity;
    this.incentive = o.incentive;
    this.valueSum = o.valueSum;
  }

  shortfall(): number {
    let s = 0;
    this.m.quotas.forEach((q, i) => {
      s += Math.max(0, q.target - this.quotaAch[i]);
    });
    return s;
  }

  objective(): number {
    return this.valueSum - this.m.penalty * this.shortfall();
  }

  /** Objective gain from quotas if project p is added (penalty saved on unmet quotas). */
  quotaGain(p: number): number {
    let g = 0;
    for (const q of this.m.projects[p].quotas) if (this.quotaAch[q] < this.m.quotas[q].target) g += this.m.penalty;
    return g;
  }

  /** Objective loss from quotas if placed project p is removed. */
  quotaLoss(p: number): number {
    let g = 0;
    for (const q of this.m.projects[p].quotas) if (this.quotaAch[q] <= this.m.quotas[q].target) g += this.m.penalty;
    return g;
  }

  /** Free capacity; an indivisible site that holds a project has none. */
  siteRoom(s: number): number {
    const site = this.m.sites[s];
    return site.solo && this.used[s] > 0 ? 0 : site.cap - this.used[s];
  }

  /** Whether p fits with (slot, choice) at site s given everything else placed (share, budgets, capacity). */
  fits(p: number, slotIdx: number, choiceIdx: number, s: number): boolean {
    const sl = this.m.projects[p].slots[slotIdx];
    const c = sl.choices[choiceIdx];
    if (this.used[s] + sl.need > this.m.sites[s].cap * (1 + 1e-12) + EPS) return false;
    if (this.m.sites[s].solo && this.used[s] > 0) return false;
    if (sl.shareCoef < 0 && this.shareSlack[sl.park] + sl.shareCoef < -EPS) return false;
    if (c.equity > 0 && this.equity + c.equity > this.m.equityCap + EPS) return false;
    if (c.incentive > 0 && this.incentive + c.incentive > this.m.incentiveCap + EPS) return false;
    return true;
  }

  place(p: number, slotIdx: number, choiceIdx: number, s: number): void {
    const sl = this.m.projects[p].slots[slotIdx];
    const c = sl.choices[choiceIdx];
    this.slot[p] = slotIdx;
    this.choice[p] = choiceIdx;
    this.site[p] = s;
    this.used[s] += sl.need;
    this.shareSlack[sl.park] += sl.shareCoef;
    this.equity += c.equity;
    this.incentive += c.incentive;
    this.valueSum += c.value;
    for (const q of this.m.projects[p].quotas) this.quotaAch[q]++;
  }

  remove(p: number): void {
    const si = this.slot[p];
    if (si < 0) return;
    const sl = this.m.projects[p].slots[si];
    const c = sl.choices[this.choice[p]];
    this.used[this.site[p]] -= sl.need;
    this.shareSlack[sl.park] -= sl.shareCoef;
    this.equity -= c.equity;
    this.incentive -= c.incentive;
    this.valueSum -= c.value;
    for (const q of this.m.projects[p].quotas) this.quotaAch[q]--;
    this.slot[p] = -1;
    this.choice[p] = -1;
    this.site[p] = -1;
  }

  /** Value of p's current placement including its quota contribution. */
  placedWorth(p: number): number {
    const si = this.slot[p];
    return si < 0 ? 0 : this.m.projects[p].slots[si].choices[this.choice[p]].value + this.quotaLoss(p);
  }

  /** Parks whose dominant-share row is violated (only removals of dominant projects can cause it). */
  shareViolations(): number[] {
    const out: number[] = [];
    this.m.parks.forEach((pk, i) => {
      if (pk.hasShareRow && this.shareSlack[i] < -EPS) out.push(i);
    });
    return out;
  }

  /** Objective with a prohibitive penalty per missing must-place project: lets the search repair them. */
  penalized(): number {
    let miss = 0;
    this.m.projects.forEach((pr, p) => {
      if (pr.must && this.slot[p] < 0) miss++;
    });
    return this.objective() - 1e12 * miss;
  }

  mustMissing(): number[] {
    const out: number[] = [];
    this.m.projects.forEach((pr, p) => {
      if (pr.must && this.slot[p] < 0) out.push(p);
    });
    return out;
  }
}
