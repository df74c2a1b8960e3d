import { describe, expect, it } from 'vitest';
import { checkIndicators, EMPTY_INDICATORS, indicatorLimits } from '../../../shared/land-use';
import { checkCompliance, type IncentiveComponents } from '../../../shared/incentives';
import { MIN_INVESTMENT_WAN_PER_HA, minInvestmentWanPerMu, regionClassOf, rule } from '../../../shared/rules';

const ok = { far: 1.2, buildingCoefficient: 0.45, adminShare: 0.05, greenShare: 0.1, investmentWanPerMu: 200 };
const codes = (ind: Partial<typeof ok>, gbtGroup: number | null = 17, landGrade = 10) =>
  checkIndicators('planned', { ...EMPTY_INDICATORS, ...ind }, { landGrade, gbtGroup }).map((f) => [
    f.field,
    f.code,
    f.severity,
  ]);

describe('国土资发〔2008〕24号 第四条第（三）（四）（五）项: building coefficient, admin and green shares', () => {
  it('a lawful plan has no findings', () => {
    expect(codes(ok)).toEqual([]);
  });
  it('building coefficient 29% < 30% is an error; exactly 30% is lawful', () => {
    expect(codes({ buildingCoefficient: 0.29 })).toEqual([
      ['planned.buildingCoefficient', 'building_coefficient_below_min', 'error'],
    ]);
    expect(codes({ buildingCoefficient: 0.3 })).toEqual([]);
  });
  it('admin 8% > 7% and green 21% > 20% are errors, cited to 第四条第（四）/（五）项', () => {
    const found = checkIndicators(
      'actual',
      { ...EMPTY_INDICATORS, adminShare: 0.08, greenShare: 0.21 },
      {
        landGrade: 10,
        gbtGroup: 17,
      },
    );
    expect(found.map((f) => [f.field, f.code])).toEqual([
      ['actual.adminShare', 'admin_share_above_max'],
      ['actual.greenShare', 'green_share_above_max'],
    ]);
    expect(found[0].rule).toBe('工业项目建设用地控制指标（国土资发〔2008〕24号） 第四条第（四）项');
    expect(found[1].rule).toBe('工业项目建设用地控制指标（国土资发〔2008〕24号） 第四条第（五）项');
    expect(found[0].messageZh).toContain('实际');
  });
});

describe('国土资发〔2008〕24号 表1: investment intensity by region class and industry', () => {
  it('region classes follow the land grades: 9–10 → 第四类, 11–12 → 第五类, 15 → 第七类', () => {
    expect([9, 10, 11, 12, 15, 16].map(regionClassOf)).toEqual([4, 4, 5, 5, 7, null]);
  });
  it('textiles (17) on grade-10 land: 900 万元/公顷 = 60 万元/亩; on grade 11: 670 ÷ 15', () => {
    expect(MIN_INVESTMENT_WAN_PER_HA[17][3]).toBe(900);
    expect(minInvestmentWanPerMu(17, 10)).toBeCloseTo(60, 9);
    expect(minInvestmentWanPerMu(17, 11)).toBeCloseTo(670 / 15, 9);
    expect(minInvestmentWanPerMu(38, 10)).toBeNull();
  });
  it('the table and its region classes are unchecked settings, and findings say so', () => {
    const found = checkIndicators(
      'planned',
      { ...EMPTY_INDICATORS, investmentWanPerMu: 59 },
      { landGrade: 10, gbtGroup: 17 },
    );
    expect(found[0].rule).toContain('（设置项，数值待核对）');
    for (const id of ['landuse.investment.min', 'landuse.regionClass'] as const) {
      const r = rule(id);
      expect([r.kind, r.verified]).toEqual(['setting', false]);
      expect(r.check).toContain('须按公报原文逐项核对');
    }
    expect(rule('landuse.far.min').kind).toBe('fact');
  });
  it('every row falls from class 1 to class 7', () => {
    for (const row of Object.values(MIN_INVESTMENT_WAN_PER_HA)) {
      expect(row).toHaveLength(7);
      for (let i = 1; i < 7; i++) expect(row[i]).toBeLessThan(row[i - 1]);
    }
  });
  it('a planned 59 万元/亩 textile plot on grade-10 land is below 60: error; 61 is lawful', () => {
    expect(codes({ investmentWanPerMu: 59 })).toEqual([
      ['planned.investmentWanPerMu', 'investment_intensity_below_national', 'error'],
    ]);
    expect(codes({ investmentWanPerMu: 61 })).toEqual([]);
  });
  it('FAR 0.7 for textiles (≥ 0.8, 表2) is an error; with no industry on the plot it is an info', () => {
    expect(codes({ far: 0.7 })).toEqual([['planned.far', 'far_below_national', 'error']]);
    expect(codes({ far: 0.7 }, null)).toEqual([['planned.far', 'far_industry_unknown', 'info']]);
    expect(indicatorLimits({ landGrade: 10, gbtGroup: 17 }).minFar).toBe(0.8);
  });
  it('a package whose project invests 55 万元/亩 of textiles on grade-10 land is an error', () => {
    const park = { landGrade: 10, minFar: 0.8, minInvestmentIntensityWanPerMu: 40, minTaxPerMuWan: 1 };
    const ws = checkCompliance({
      components: {},
      project: { investmentWan: 5500, taxWan: 500, landNeedMu: 100 },
      park,
      gbtGroup: 17,
      plannedFar: 1,
    });
    expect(ws.map((w) => [w.code, w.severity])).toEqual([['investment_intensity_below_national', 'error']]);
  });
});

describe('国土资发〔2009〕56号 第二条: the 70% floor needs a recorded priority and a land-intensive project', () => {
  // Grade 10 floor 11.2 万元/亩; 70% = 7.84. Textiles: 60 万元/亩 minimum, FAR ≥ 0.8.
  const park = { landGrade: 10, minFar: 0.8, minInvestmentIntensityWanPerMu: 50, minTaxPerMuWan: 1 };
  const land = (priorityBasis: string | null): IncentiveComponents['land'] => ({
    areaMu: 50,
    priceWanPerMu: 8,
    preparationCostWanPerMu: 5,
    listedPriceWanPerMu: 8,
    priorityProject: true,
    priorityBasis,
  });
  const run = (basis: string | null, investmentWan: number) =>
    checkCompliance({
      components: { land: land(basis) },
      project: { investmentWan, taxWan: 500, landNeedMu: 50 },
      park,
      gbtGroup: 17,
      plannedFar: 1,
    }).map((w) => [w.code, w.severity]);

  it('ticked without a basis: error, the full floor applies', () => {
    expect(run(null, 5000)).toEqual([['land_priority_no_basis', 'error']]);
    expect(run('   ', 5000)).toEqual([['land_priority_no_basis', 'error']]);
  });
  it('with a basis and 100 万元/亩 invested: allowed (info naming the basis)', () => {
    expect(run('豫政〔2024〕1号（演示）', 5000)).toEqual([['land_priority_floor_used', 'info']]);
  });
  it('with a basis but 50 万元/亩 invested (< 60): not land-intensive, error', () => {
    expect(run('豫政〔2024〕1号（演示）', 2500)).toEqual([
      ['land_priority_not_intensive', 'error'],
      ['investment_intensity_below_national', 'error'],
    ]);
  });
});
