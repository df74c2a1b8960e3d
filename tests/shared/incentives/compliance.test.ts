import { describe, expect, it } from 'vitest';
import {
  checkCompliance,
  landFloorWanPerMu,
  nationalMinFar,
  type ComplianceInput,
  type IncentiveComponents,
} from '../../../shared/incentives';

// Grade 10 floor: 168 元/m² × 666.67 m²/亩 ÷ 10⁴ = 11.2 万元/亩; 70% of it = 7.84.
const park = { landGrade: 10, minFar: 1.0, minInvestmentIntensityWanPerMu: 80, minTaxPerMuWan: 15 };
const project = { investmentWan: 5000, taxWan: 1000, landNeedMu: 50 }; // 100 万元/亩 invested, 20 万元/亩 tax
const land = (price: number, prep: number, priorityProject = false): IncentiveComponents['land'] => ({
  areaMu: 50,
  priceWanPerMu: price,
  preparationCostWanPerMu: prep,
  listedPriceWanPerMu: price, // sold at the listed price: no factor concession (tested in tests/shared/rules)
  priorityProject,
  // A priority is recorded with the provincial list that names the industry (rule land.floor.priority70).
  priorityBasis: priorityProject ? '河南省优先发展产业目录（演示）' : null,
});
const equity = (over: Partial<NonNullable<IncentiveComponents['equity']>> = {}): IncentiveComponents['equity'] => ({
  amountWan: 500,
  share: 0.2,
  exitYear: 5,
  buybackRate: 0.0475,
  dividendRate: 0,
  largestShareholder: false,
  guaranteedReturn: false,
  newAttractionFund: false,
  ...over,
});
const check = (components: IncentiveComponents, over: Partial<ComplianceInput> = {}) =>
  checkCompliance({ components, project, park, gbtGroup: 17, plannedFar: 1.2, ...over });
const codes = (components: IncentiveComponents, over: Partial<ComplianceInput> = {}) =>
  check(components, over).map((w) => w.code);

describe('land price floor (国土资发〔2006〕307号, 〔2009〕56号)', () => {
  it('converts the national floor table from 元/m² to 万元/亩', () => {
    expect(landFloorWanPerMu(1)).toBeCloseTo(56, 9); // 840 / 15
    expect(landFloorWanPerMu(10)).toBeCloseTo(11.2, 9); // 168 / 15
    expect(landFloorWanPerMu(15)).toBeCloseTo(4, 9); // 60 / 15
    expect(landFloorWanPerMu(16)).toBeNull();
  });

  it('accepts a price at or above the floor and the cost', () => {
    expect(codes({ land: land(12, 9) })).toEqual([]);
    expect(codes({ land: land(11.2, 9) })).toEqual([]);
  });

  it('flags a price below the floor as an error citing 307号', () => {
    const ws = check({ land: land(10, 9) });
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({ code: 'land_below_floor', severity: 'error' });
    expect(ws[0].rule).toContain('国土资发〔2006〕307号');
    expect(ws[0].messageZh).toContain('11.2');
    expect(ws[0].messageEn).toContain('11.2');
  });

  it('lets a priority land-intensive project go to 70% of the floor (info), not below (error 56号)', () => {
    expect(check({ land: land(8, 6, true) }).map((w) => [w.code, w.severity])).toEqual([
      ['land_priority_floor_used', 'info'],
    ]);
    const ws = check({ land: land(7.5, 6, true) });
    expect(ws.map((w) => [w.code, w.severity])).toEqual([['land_below_priority_floor', 'error']]);
    expect(ws[0].rule).toContain('国土资发〔2009〕56号');
  });

  it('never below cost, even for a priority project', () => {
    expect(codes({ land: land(12, 13) })).toEqual(['land_below_cost']);
    expect(codes({ land: land(8, 10, true) })).toEqual(['land_priority_floor_used', 'land_below_cost']);
  });

  it('says so when the park has no valid grade', () => {
    expect(codes({ land: land(12, 9) }, { park: { ...park, landGrade: 0 } })).toEqual(['land_grade_unknown']);
  });
});

describe('government equity', () => {
  // Every fixed-rate buy-back is also flagged debt-like (明股实债); tests/shared/rules covers that flag.
  const codes = (c: IncentiveComponents) =>
    check(c)
      .map((w) => w.code)
      .filter((x) => x !== 'equity_debt_like');
  const check2 = (c: IncentiveComponents) => check(c).filter((w) => w.code !== 'equity_debt_like');
  it('a 20% stake bought back at benchmark interest passes', () => {
    expect(codes({ equity: equity() })).toEqual([]);
    expect(codes({ equity: equity({ share: 0.3 }) })).toEqual([]);
  });

  it('above the 30% cap, or largest shareholder → warning', () => {
    expect(codes({ equity: equity({ share: 0.35 }) })).toEqual(['equity_above_cap']);
    expect(codes({ equity: equity({ largestShareholder: true }) })).toEqual(['equity_largest_shareholder']);
    expect(codes({ equity: equity({ share: 0.5 }) })).toEqual(['equity_above_cap', 'equity_largest_shareholder']);
  });

  it('guaranteed returns (财预〔2015〕210号) and a new attraction fund (国办发〔2025〕1号) are errors', () => {
    const g = check2({ equity: equity({ guaranteedReturn: true }) });
    expect(g.map((w) => [w.code, w.severity])).toEqual([['equity_guaranteed_return', 'error']]);
    expect(g[0].rule).toContain('财预〔2015〕210号');
    const f = check2({ equity: equity({ newAttractionFund: true }) });
    expect(f.map((w) => [w.code, w.severity])).toEqual([['equity_new_attraction_fund', 'error']]);
    expect(f[0].rule).toContain('国办发〔2025〕1号');
  });

  it('a buy-back below the discount rate, or after the horizon, is pointed out', () => {
    expect(codes({ equity: equity({ buybackRate: 0.02 }) })).toEqual(['equity_buyback_below_rate']);
    expect(codes({ equity: equity({ exitYear: 20 }) })).toEqual(['equity_exit_after_horizon']);
  });
});

describe('selective tax refund (公平竞争审查条例)', () => {
  it(
    'always warns; an error without a typed legal basis (law / ' +
      'administrative regulation / State Council approval)',
    () => {
      const withBasis = check({
        taxRefund: { share: 0.5, years: 3, legalBasis: '国务院批复', legalBasisKind: 'state_council_approval' },
      });
      expect(withBasis.map((w) => [w.code, w.severity])).toEqual([['tax_refund_selective', 'warning']]);
      expect(withBasis[0].rule).toContain('公平竞争审查条例');
      for (const legalBasis of [null, '', '  ', '某省人民政府令']) {
        const ws = check({ taxRefund: { share: 0.5, years: 3, legalBasis } });
        expect(ws.map((w) => [w.code, w.severity])).toEqual([['tax_refund_no_legal_basis', 'error']]);
      }
    },
  );

  it('an equipment subsidy carries an info note under the same rule', () => {
    expect(codes({ equipmentSubsidy: { amountWan: 100, year: 1 } })).toEqual(['subsidy_selective']);
  });
});

describe('FAR and park minimums (国土资发〔2008〕24号)', () => {
  it('reads the national FAR minimum by GB/T 4754 group', () => {
    expect(nationalMinFar(17)).toBe(0.8); // textiles
    expect(nationalMinFar(18)).toBe(1.0); // apparel & footwear
    expect(nationalMinFar(25)).toBe(0.5); // petroleum & coking
    expect(nationalMinFar(24)).toBe(1.0); // 文教体育用品, now in the table
  });

  it('below the national minimum is an error; below only the park minimum a warning', () => {
    expect(check({}, { plannedFar: 0.7 }).map((w) => [w.code, w.severity])).toEqual([['far_below_national', 'error']]);
    expect(check({}, { plannedFar: 0.9 }).map((w) => [w.code, w.severity])).toEqual([['far_below_park', 'warning']]);
    expect(codes({}, { plannedFar: 1.0 })).toEqual([]);
    expect(codes({}, { plannedFar: null })).toEqual(['far_not_checked']);
  });

  it('investment intensity and tax per mu below the park minimum warn', () => {
    // 5000 / 50 = 100 万元/亩 < 150; 1000 / 50 = 20 万元/亩 < 25.
    const stricter = { ...park, minInvestmentIntensityWanPerMu: 150, minTaxPerMuWan: 25 };
    expect(codes({}, { park: stricter })).toEqual(['investment_intensity_below_park', 'tax_per_mu_below_park']);
    // The land component's area is used when given: 5000 / 40 = 125 ≥ 120.
    expect(
      codes({ land: { ...land(12, 9)!, areaMu: 40 } }, { park: { ...park, minInvestmentIntensityWanPerMu: 120 } }),
    ).toEqual([]);
  });
});
