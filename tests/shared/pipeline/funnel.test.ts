import { describe, expect, it } from 'vitest';
import {
  chainOf,
  dominantChainsByJurisdiction,
  landFits,
  pipelineFunnel,
  plotFitsNeed,
  projectExportRows,
} from '../../../shared/pipeline';
import type { Project } from '../../../shared/types/project';

describe('pipelineFunnel', () => {
  const parks = [
    { id: 10, jurisdictionId: 2, dominantChainIds: [1] },
    { id: 11, jurisdictionId: 2, dominantChainIds: [2] },
    { id: 12, jurisdictionId: 3, dominantChainIds: [3] },
  ];
  const projects = [
    { stage: 'lead' as const, jurisdictionId: 2, investmentWan: 30000, chainId: 1 },
    { stage: 'signed' as const, jurisdictionId: 2, investmentWan: 10000, chainId: 2 },
    { stage: 'negotiating' as const, jurisdictionId: 2, investmentWan: 10000, chainId: null },
    { stage: 'dropped' as const, jurisdictionId: 2, investmentWan: 500000, chainId: 1 },
    { stage: 'landed' as const, jurisdictionId: 3, investmentWan: 20000, chainId: 1 },
  ];
  const f = pipelineFunnel(projects, parks, [2, 3, 4]);

  it('counts prospects and sums investment by stage and by county', () => {
    expect(f.byStage.lead).toEqual({ count: 1, investmentWan: 30000 });
    expect(f.byStage.dropped).toEqual({ count: 1, investmentWan: 500000 });
    const c2 = f.counties.find((c) => c.jurisdictionId === 2)!;
    expect(c2.total).toEqual({ count: 4, investmentWan: 550000 });
    expect(c2.byStage.signed.count).toBe(1);
    expect(f.counties.find((c) => c.jurisdictionId === 4)!.total.count).toBe(0);
  });

  it(
    'gives each park the share of its county\u2019s live pipeline in its ' +
      'dominant chains, leaving dropped ones out',
    () => {
      expect(f.parks.find((p) => p.parkId === 10)!.share).toBeCloseTo(30000 / 50000, 12);
      expect(f.parks.find((p) => p.parkId === 11)!.share).toBeCloseTo(10000 / 50000, 12);
      expect(f.parks.find((p) => p.parkId === 12)!.share).toBe(0);
    },
  );
});

describe('fit and chain helpers', () => {
  it('lets a lighter class go on heavier land, never the reverse', () => {
    expect(landFits('M1', 'M3')).toBe(true);
    expect(landFits('M3', 'M2')).toBe(false);
  });
  it('accepts plots from 90 % to 160 % of the need', () => {
    expect(plotFitsNeed(100, 89.9)).toBe(false);
    expect(plotFitsNeed(100, 90)).toBe(true);
    expect(plotFitsNeed(100, 160)).toBe(true);
    expect(plotFitsNeed(100, 161)).toBe(false);
  });
  it('takes the chain of the link before the industry\u2019s, and unions a county\u2019s dominant chains', () => {
    expect(chainOf({ industryId: 1, chainLinkId: 7 }, new Map([[1, 2]]), new Map([[7, 5]]))).toBe(5);
    expect(chainOf({ industryId: 1, chainLinkId: null }, new Map([[1, 2]]), new Map())).toBe(2);
    expect([
      ...dominantChainsByJurisdiction([
        { jurisdictionId: 2, dominantChainIds: [1] },
        { jurisdictionId: 2, dominantChainIds: [3, 1] },
      ]).get(2)!,
    ]).toEqual([1, 3]);
  });
});

describe('projectExportRows', () => {
  it('writes Chinese headers, numbers as numbers and Chinese words for enumerations', () => {
    const p: Project = {
      id: 1,
      name: '冷柜项目',
      investor: '甲公司',
      industryId: 3,
      chainLinkId: 9,
      investmentWan: 52000,
      landNeedMu: 80.5,
      reservationValueWan: 0,
      floorNeedM2: null,
      outputWan: 90000,
      taxWan: 3600,
      vatShare: 0.6,
      rampUpYears: 2,
      jobs: 400,
      pollutionClass: 'M2',
      head: 'listed',
      stage: 'signed',
      dropReason: null,
      jurisdictionId: 2,
      leaderRole: 'deputy',
      notes: '',
      version: 1,
    };
    const t = projectExportRows([p], {
      industries: [{ id: 3, name: '制冷设备' }],
      links: [{ id: 9, name: '冷柜' }],
      jurisdictions: [{ id: 2, name: '民权县' }],
    });
    const row = Object.fromEntries(t.headers.map((h, i) => [h, t.rows[0][i]]));
    expect(row).toMatchObject({
      项目名称: '冷柜项目',
      行业: '制冷设备',
      产业链环节: '冷柜',
      '固定资产投资(万元)': 52000,
      '用地需求(亩)': 80.5,
      '厂房需求(平方米)': null,
      阶段: '签约',
      龙头企业: '上市公司',
      责任领导: '副县长',
      县区: '民权县',
    });
  });
});
