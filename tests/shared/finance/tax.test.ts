import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taxPv } from '../../../shared/allocation/value';
import { rampShare, retainedTaxPv } from '../../../shared/finance';
import { financeSettings, npv, retainedTaxFlows } from '../../../shared/incentives';
import { DEFAULT_LEVERS } from '../../../shared/schemas/scenario-file';
import { project } from '../../fixtures/allocation/build';

describe('one tax stream for the engine and the incentive screen', () => {
  it(
    "a scenario placement's tax PV equals the incentive screen's NPV of " +
      'retained tax (same project, horizon, rate)',
    () => {
      fc.assert(
        fc.property(
          fc.record({
            taxWan: fc.double({ min: 0, max: 1e5, noNaN: true }),
            vatShare: fc.double({ min: 0, max: 1, noNaN: true }),
            rampUpYears: fc.integer({ min: 0, max: 8 }),
            retainedShareVat: fc.double({ min: 0, max: 1, noNaN: true }),
            retainedShareCit: fc.double({ min: 0, max: 1, noNaN: true }),
            horizonYears: fc.integer({ min: 1, max: 30 }),
            discountRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
          }),
          (x) => {
            const j = { id: 1, retainedShareVat: x.retainedShareVat, retainedShareCit: x.retainedShareCit, quotas: [] };
            const lv = { ...DEFAULT_LEVERS, horizonYears: x.horizonYears, discountRate: x.discountRate };
            const engine = taxPv(
              project(1, { taxWan: x.taxWan, vatShare: x.vatShare, rampUpYears: x.rampUpYears }),
              j,
              lv,
              0,
            );
            const s = financeSettings(j, { horizonYears: x.horizonYears, discountRate: x.discountRate });
            const screen = npv(
              s.discountRate,
              retainedTaxFlows({ ...x, investmentWan: 0, jobs: 0, landNeedMu: null }, s),
            );
            expect(engine).toBeCloseTo(screen, 6);
          },
        ),
      );
    },
  );

  it('a readiness delay shifts production: year u of operation produces min(1, u / rampUp)', () => {
    expect([0, 1, 2, 3, 4, 5].map((t) => rampShare(t, 2, 2))).toEqual([0, 0, 0, 0.5, 1, 1]);
    // 100 a year, ramp 2, delay 1, horizon 3, 10%: 0 + 50/1.1² + 100/1.1³
    expect(retainedTaxPv(100, 2, 3, 0.1, 1)).toBeCloseTo(50 / 1.1 ** 2 + 100 / 1.1 ** 3, 12);
  });
});
