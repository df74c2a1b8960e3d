import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCompliance, landFloorWanPerMu, nationalMinFar, packageTemplates } from '../../../shared/incentives';
import type { IncentiveComponents } from '../../../shared/incentives';
import { RULE_CATALOGUE, ruleValue } from '../../../shared/rules';
import { rulesMarkdown } from '../../../shared/rules/markdown';

const park = { landGrade: 9, minFar: 1.0, minInvestmentIntensityWanPerMu: 80, minTaxPerMuWan: 15 };
const project = { investmentWan: 5000, taxWan: 1000, landNeedMu: 50 };
const codes = (components: IncentiveComponents) =>
  checkCompliance({ components, project, park, gbtGroup: 17, plannedFar: 1.2 }).map((w) => [w.code, w.severity]);
const refund = (over: Partial<NonNullable<IncentiveComponents['taxRefund']>> = {}) => ({
  taxRefund: { share: 0.5, years: 3, legalBasis: '县政府常务会议纪要', ...over },
});

describe('rules catalogue', () => {
  it('docs/rules.md is generated from the catalogue (run npm run docs:rules when this fails)', () => {
    const doc = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(doc).toBe(rulesMarkdown(RULE_CATALOGUE));
  });

  it('has unique ids; every fact cites a document and article, every setting says why', () => {
    const ids = RULE_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULE_CATALOGUE) {
      if (r.kind === 'fact') expect(r.source.document.length * r.source.article.length).toBeGreaterThan(0);
      else expect(r.why.length).toBeGreaterThan(10);
    }
  });
});

describe('国土资发〔2006〕307号 附表: grade 9 floor 204 元/m²', () => {
  it('is 13.6 万元/亩 (204 × 666.67 ÷ 10⁴), so 12.6 is below it', () => {
    expect(landFloorWanPerMu(9)).toBeCloseTo(13.6, 9);
    const land = { areaMu: 50, priceWanPerMu: 12.6, preparationCostWanPerMu: 8, priorityProject: false };
    expect(codes({ land })).toContainEqual(['land_below_floor', 'error']);
  });
});

describe('国土资发〔2008〕24号 容积率控制指标: groups 24, 42, 43', () => {
  it('24 文教体育用品 ≥ 1.0, 42 工艺品及其他 ≥ 1.0, 43 废弃资源回收 ≥ 0.7', () => {
    expect([nationalMinFar(24), nationalMinFar(42), nationalMinFar(43)]).toEqual([1.0, 1.0, 0.7]);
    expect(nationalMinFar(38)).toBeNull(); // 38 is not a 2002 manufacturing group in the table
  });
  it('building coefficient ≥ 30%, admin ≤ 7%, green ≤ 20%', () => {
    expect(ruleValue('landuse.buildingCoefficient.min')).toBe(0.3);
    expect(ruleValue('landuse.adminShare.max')).toBe(0.07);
    expect(ruleValue('landuse.greenShare.max')).toBe(0.2);
  });
});

describe('公平竞争审查条例 第十条: only law / administrative regulation / State Council approval', () => {
  it('a free-text basis (a county meeting minute) leaves the tax refund an error', () => {
    expect(codes(refund())).toEqual([['tax_refund_no_legal_basis', 'error']]);
  });
  it('a State Council approval downgrades it to a review warning', () => {
    expect(codes(refund({ legalBasisKind: 'state_council_approval' }))).toEqual([['tax_refund_selective', 'warning']]);
  });
  it('第十条第（三）项: a land discount or a rent-free period gets the fair-competition note', () => {
    const land = {
      areaMu: 50,
      priceWanPerMu: 14,
      listedPriceWanPerMu: 16,
      preparationCostWanPerMu: 8,
      priorityProject: false,
    };
    expect(codes({ land })).toEqual([['factor_concession_review', 'warning']]);
    const lease = {
      areaM2: 5000,
      marketRentYuanPerM2Month: 8,
      rentYuanPerM2Month: 8,
      freeMonths: 36,
      halfRentMonths: 0,
      leaseYears: 5,
      transferYear: null,
      transferPriceWan: 0,
      buildingCostWan: 750,
    };
    expect(codes({ lease })).toEqual([['factor_concession_review', 'warning']]);
  });
});

describe('财预〔2017〕50号 第三条: 明股实债', () => {
  it('a fixed-rate buy-back is flagged debt-like with the guaranteed-return box unticked', () => {
    const equity = {
      amountWan: 500,
      share: 0.2,
      exitYear: 5,
      buybackRate: 0.03,
      dividendRate: 0,
      largestShareholder: false,
      guaranteedReturn: false,
      newAttractionFund: false,
    };
    expect(codes({ equity })).toContainEqual(['equity_debt_like', 'warning']);
  });
});

describe('中国人民银行公告〔2019〕第15号: LPR replaces the 4.75% benchmark', () => {
  it('the equity template buys back at the dated LPR setting, 3.0% as of 2025-05-20', () => {
    const p = { id: 1, investmentWan: 5000, landNeedMu: 50, floorNeedM2: 0, taxWan: 1000, jobs: 100, rampUpYears: 2 };
    const drafts = packageTemplates(p, { landGrade: 9, listedLandPriceWanPerMu: 16, minFar: 1 });
    const eq = drafts.map((d) => d.components.equity).find((e) => e);
    expect(eq?.buybackRate).toBe(0.03);
  });
});
