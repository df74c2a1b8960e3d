/**
 * Discounting primitives. Year-indexed flows: flows[t] happens at the end of year t, flows[0]
 * at signing and is not discounted.
 */

/**
 * Net present value: Σ flows[t] / (1 + rate)^t, with flows[0] undiscounted — numpy-financial's
 * `npv` convention. Excel's NPV() discounts its first value by one period, so
 * Excel NPV(r, v1..vn) = npv(r, [0, v1..vn]).
 */
export function npv(rate: number, flows: readonly number[]): number {
  if (!(rate > -1)) throw new RangeError(`npv: rate must be > -1, got ${rate}`);
  const x = 1 / (1 + rate);
  let acc = 0;
  for (let t = flows.length - 1; t >= 0; t--) acc = acc * x + flows[t]; // Horner in x = 1/(1+r)
  return acc;
}

/** flows[t] / (1 + rate)^t for each t. */
export function discountFlows(rate: number, flows: readonly number[]): number[] {
  const out = new Array<number>(flows.length);
  let df = 1;
  for (let t = 0; t < flows.length; t++) {
    out[t] = flows[t] * df;
    df /= 1 + rate;
  }
  return out;
}

export function cumulative(flows: readonly number[]): number[] {
  const out = new Array<number>(flows.length);
  let acc = 0;
  for (let t = 0; t < flows.length; t++) out[t] = acc += flows[t];
  return out;
}

/**
 * Undiscounted payback: the first year from which the cumulative flow is ≥ 0 and stays so to the
 * end of the flows; 0 if it never goes negative; null if it is still negative at the end.
 * A tolerance of 1e-9 × Σ|flows| absorbs rounding noise around an exact break-even.
 */
export function paybackYear(flows: readonly number[]): number | null {
  if (flows.length === 0) return null;
  let scale = 0;
  for (const c of flows) scale += Math.abs(c);
  const eps = 1e-9 * scale;
  let acc = 0;
  let lastNegative = -1;
  for (let t = 0; t < flows.length; t++) {
    acc += flows[t];
    if (acc < -eps) lastNegative = t;
  }
  if (lastNegative === flows.length - 1) return null;
  return lastNegative + 1;
}

/** Discounted payback: paybackYear of the flows discounted at `rate` (year 0 undiscounted). */
export function discountedPaybackYear(rate: number, flows: readonly number[]): number | null {
  return paybackYear(discountFlows(rate, flows));
}
