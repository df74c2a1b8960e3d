import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RULES_CATALOGUE,
  checkLandPrice,
  checkPlotIndicators,
  landFloorWanPerMu,
  minFarForGroup,
  ruleById,
} from '../../../shared/rules';
import { renderRulesMarkdown } from '../../../shared/rules/markdown';

describe('rules catalogue', () => {
  it('docs/rules.md is the catalogue rendered (run npm run rules:doc after a change)', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesMarkdown(RULES_CATALOGUE));
  });

  it('every rule has a unique id and a fact cites a document number', () => {
    const ids = RULES_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES_CATALOGUE) if (r.kind === 'fact') expect(r.source).toMatch(/〔\d{4}〕\d+号/);
  });
});

describe('land.floor-by-grade — 国土资发〔2006〕307号 表: 一等 840 … 九等 204 … 十五等 60 元/m²', () => {
  it('grade 9 is 204 元/m² = 13.6 万元/亩; grade 1 is 56 万元/亩; grade 15 is 4 万元/亩', () => {
    expect(landFloorWanPerMu(9)).toBeCloseTo(13.6, 9);
    expect(landFloorWanPerMu(1)).toBeCloseTo(56, 9);
    expect(landFloorWanPerMu(15)).toBeCloseTo(4, 9);
    expect(landFloorWanPerMu(16)).toBeNull();
  });

  it('a listed 12.6 万元/亩 on grade 9 is below the floor; 13.6 is not', () => {
    expect(checkLandPrice(12.6, 9)).toEqual({
      ruleId: 'land.floor-by-grade',
      field: 'landPrice',
      value: 12.6,
      limit: 13.6,
    });
    expect(checkLandPrice(13.6, 9)).toBeNull();
  });
});

describe('land.priority-floor-factor — 国土资发〔2009〕56号: 不低于所在地土地等别相对应最低价标准的70%', () => {
  it('70% applies only when the priority is recorded with its basis', () => {
    expect(ruleById('land.priority-floor-factor')).toMatchObject({ value: 0.7 });
    // grade 9: 13.6 × 0.7 = 9.52
    expect(checkLandPrice(9.6, 9, { basis: '省优先发展产业目录 第3项' })).toBeNull();
    expect(checkLandPrice(9.5, 9, { basis: '省优先发展产业目录 第3项' })?.limit).toBeCloseTo(9.52, 9);
    expect(checkLandPrice(9.6, 9, { basis: '  ' })?.ruleId).toBe('land.floor-by-grade');
    expect(checkLandPrice(9.6, 9)?.limit).toBeCloseTo(13.6, 9);
  });
});

describe('国土资发〔2008〕24号 第三条: 建筑系数 ≥ 30%, 行政办公及生活服务设施 ≤ 7%, 绿地率 ≤ 20%', () => {
  it('flags each indicator outside its limit and passes those at the limit', () => {
    expect(checkPlotIndicators({ buildingCoefficient: 0.3, adminShare: 0.07, greenShare: 0.2 })).toEqual([]);
    const ids = checkPlotIndicators({ buildingCoefficient: 0.29, adminShare: 0.08, greenShare: 0.21 }).map(
      (f) => f.ruleId,
    );
    expect(ids).toEqual(['land.building-coefficient-min', 'land.admin-living-share-max', 'land.green-share-max']);
  });
});

describe('land.min-far-by-group — 国土资发〔2008〕24号 附表 容积率控制指标', () => {
  it('has groups 24, 42 and 43 and the table values', () => {
    expect(minFarForGroup(24)).toBe(1.0); // 文教体育用品制造业
    expect(minFarForGroup(42)).toBe(1.0); // 工艺品及其他制造业
    expect(minFarForGroup(43)).toBe(0.7); // 废弃资源和废旧材料回收加工业
    expect(minFarForGroup(25)).toBe(0.5); // 石油加工、炼焦及核燃料加工业
    expect(minFarForGroup(12)).toBeNull();
  });

  it('a textile plan at FAR 0.79 breaks the 0.8 minimum', () => {
    expect(checkPlotIndicators({ far: 0.79, gbtGroup: 17 })).toEqual([
      { ruleId: 'land.min-far-by-group', field: 'far', value: 0.79, limit: 0.8 },
    ]);
    expect(checkPlotIndicators({ far: 0.8, gbtGroup: 17 })).toEqual([]);
  });
});
