import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discountedPaybackYear, irr, irrRoots, npv, paybackYear } from '../../../shared/incentives';

/** |NPV| at `rate`, relative to the size of its discounted terms. */
const relResidual = (rate: number, flows: number[]) => {
  const mag = flows.reduce((acc, c, t) => acc + Math.abs(c) / Math.pow(1 + rate, t), 0);
  return Math.abs(npv(rate, flows)) / mag;
};

describe('npv (numpy-financial convention: flows[0] undiscounted)', () => {
  it('matches numpy-financial documented example npv(0.281, [-100, 39, 59, 55, 20])', () => {
    // numpy-financial docs: -0.008478591638455 (the brief quoted -0.0084986 from memory; computing
    // -100 + 39/1.281 + 59/1.281² + 55/1.281³ + 20/1.281⁴ gives -0.0084786).
    expect(npv(0.281, [-100, 39, 59, 55, 20])).toBeCloseTo(-0.008478591638455, 12);
  });

  it("equals Excel's NPV(10%, -10000, 3000, 4200, 6800) = 1,188.44 when a leading 0 is added", () => {
    // Excel discounts its first value one period: NPV_excel(r, v) = npv(r, [0, ...v]).
    expect(npv(0.1, [0, -10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
    // Without the leading zero the first value is not discounted and the answer differs.
    expect(npv(0.1, [-10000, 3000, 4200, 6800])).toBeCloseTo(1188.44 * 1.1, 1);
  });

  it("matches Excel's second NPV example: initial cost outside NPV(), 8% → 1,922.06 and -3,749.47", () => {
    // Excel docs: NPV(8%, B3:B7) + B2 with B2 = -40000 is 1,922.06; adding a -9000 year 6 gives -3,749.47.
    // That is exactly our convention: year 0 undiscounted.
    expect(npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500])).toBeCloseTo(1922.06, 2);
    expect(npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500, -9000])).toBeCloseTo(-3749.47, 2);
  });

  it('at rate 0 is the plain sum, and rejects rates ≤ -1', () => {
    expect(npv(0, [1, 2, 3])).toBe(6);
    expect(() => npv(-1, [1, 2])).toThrow(RangeError);
  });
});

describe('irr', () => {
  it.each([
    // numpy-financial documented examples with a single root
    [[-100, 39, 59, 55, 20], 0.28095],
    [[-100, 0, 0, 74], -0.0955],
    [[-100, 100, 0, 7], 0.0621],
    // Excel IRR documentation: 8.66% (5 years), -2.12% (4 years), -44.35% (2 years)
    [[-70000, 12000, 15000, 18000, 21000, 26000], 0.0866],
    [[-70000, 12000, 15000, 18000, 21000], -0.0212],
    [[-70000, 12000, 15000], -0.4435],
  ])('irr(%j) ≈ %d and zeroes the NPV', (flows, expected) => {
    const r = irr(flows);
    expect(r).not.toBeNull();
    expect(r as number).toBeCloseTo(expected, 4);
    expect(relResidual(r as number, flows)).toBeLessThan(1e-9);
  });

  it("answers null for numpy examples that have several roots, and irrRoots lists numpy's pick", () => {
    // numpy-financial returns the root nearest 0: -0.0833 and 0.0886. Both flows have more roots
    // inside -99%..+1000% (-67.9%; -87.0% and 71.0%), so the IRR is not unique and we answer null.
    expect(irr([-100, 100, 0, -7])).toBeNull();
    const r1 = irrRoots([-100, 100, 0, -7]);
    expect(r1).toHaveLength(2);
    expect(r1[0]).toBeCloseTo(-0.6789, 4);
    expect(r1[1]).toBeCloseTo(-0.0833, 4);

    expect(irr([-5, 10.5, 1, -8, 1])).toBeNull();
    const r2 = irrRoots([-5, 10.5, 1, -8, 1]);
    expect(r2).toHaveLength(3);
    const nearestZero = r2.reduce((a, b) => (Math.abs(b) < Math.abs(a) ? b : a));
    expect(nearestZero).toBeCloseTo(0.0886, 4);
    for (const r of [...r1]) expect(relResidual(r, [-100, 100, 0, -7])).toBeLessThan(1e-9);
    for (const r of r2) expect(relResidual(r, [-5, 10.5, 1, -8, 1])).toBeLessThan(1e-9);
  });

  it('answers null for [-1, 6, -11, 6] whose NPV vanishes at 0%, 100% and 200%', () => {
    // -1 + 6x - 11x² + 6x³ = (x-1)(2x-1)(3x-1), x = 1/(1+r) → r = 0, 1, 2.
    expect(irr([-1, 6, -11, 6])).toBeNull();
    const roots = irrRoots([-1, 6, -11, 6]);
    expect(roots).toHaveLength(3);
    [0, 1, 2].forEach((expected, i) => expect(roots[i]).toBeCloseTo(expected, 9));
  });

  it('finds two roots closer together than its scan grid (10.0% and 10.2%) and answers null', () => {
    // (x - 1/1.10)(x - 1/1.102) = x² - (a+b)x + ab: NPV vanishes at r = 10% and 10.2% only.
    const a = 1 / 1.1;
    const b = 1 / 1.102;
    const flows = [a * b, -(a + b), 1];
    expect(irr(flows)).toBeNull();
    const roots = irrRoots(flows);
    expect(roots).toHaveLength(2);
    expect(roots[0]).toBeCloseTo(0.1, 8);
    expect(roots[1]).toBeCloseTo(0.102, 8);
  });

  it('answers null when no rate exists', () => {
    expect(irr([100, 50, 20])).toBeNull(); // all positive
    expect(irr([-100, -50])).toBeNull(); // all negative
    expect(irr([0, 0, 0])).toBeNull();
    expect(irr([])).toBeNull();
    expect(irr([-1, 3, -2.25])).toBeNull(); // -(1 - 1.5x)² ≤ 0: touches zero at 50% without crossing
    expect(irr([1, -1, 1])).toBeNull(); // 1 - x + x² > 0 for all x
  });

  it('answers null when the only root lies outside the sensible range', () => {
    // -1 + 20/(1+r) = 0 → r = 1900%, above +1000%.
    expect(irr([-1, 20])).toBeNull();
    expect(irr([-1, 20], -0.99, 30)).toBeCloseTo(19, 8);
  });

  it('property: any rate returned zeroes the NPV; a single sign change always has one', () => {
    const flow = fc.double({ min: -1000, max: 1000, noNaN: true });
    fc.assert(
      fc.property(fc.array(flow, { minLength: 2, maxLength: 31 }), (flows) => {
        const r = irr(flows);
        if (r !== null) expect(relResidual(r, flows)).toBeLessThan(1e-9);
      }),
      { numRuns: 300, seed: 42 },
    );
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.array(fc.double({ min: 0.5, max: 500, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (out, ins) => {
          const flows = [-out, ...ins];
          // One sign change ⇒ NPV rises monotonically in x = 1/(1+r): exactly one root for r > -1
          // (Descartes). Find it by plain bisection in x and compare when it lies well inside the range.
          const f = (x: number) => flows.reduce((acc, c, t) => acc + c * Math.pow(x, t), 0);
          let lo = 1e-9;
          let hi = 1e3;
          for (let i = 0; i < 200; i++) {
            const mid = 0.5 * (lo + hi);
            if (f(mid) < 0) lo = mid;
            else hi = mid;
          }
          const root = 1 / (0.5 * (lo + hi)) - 1;
          const r = irr(flows);
          if (root > -0.98 && root < 9.9) {
            expect(r).not.toBeNull();
            expect(r as number).toBeCloseTo(root, 8);
          } else if (root < -0.995 || root > 10.1) {
            expect(r).toBeNull();
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('payback', () => {
  it('is the first year from which the cumulative flow stays ≥ 0', () => {
    // cumulative: -100, -40, 0, 30 → year 2.
    expect(paybackYear([-100, 60, 40, 30])).toBe(2);
    // cumulative: -100, 10, -5, 25 → turns ≥ 0 in year 1 but dips again; stays from year 3.
    expect(paybackYear([-100, 110, -15, 30])).toBe(3);
    expect(paybackYear([10, 5])).toBe(0);
    expect(paybackYear([-100, 10, 10])).toBeNull();
  });

  it('discounted payback comes later than the undiscounted one', () => {
    // Discounted at 10%: -100, 54.55, 33.06, 22.54 → cumulative -100, -45.45, -12.40, 10.14 → year 3.
    expect(paybackYear([-100, 60, 40, 30])).toBe(2);
    expect(discountedPaybackYear(0.1, [-100, 60, 40, 30])).toBe(3);
    expect(discountedPaybackYear(0.1, [-100, 60, 40])).toBeNull();
  });
});
