import type { FactRule, SettingRule } from './types';

const FCR = '公平竞争审查条例（国务院令第783号，2024-08-01施行）';

/** The only bases under which a selective tax or cost concession may be given (公平竞争审查条例 第十条). */
export const LEGAL_BASIS_KINDS = ['law', 'administrative_regulation', 'state_council_approval'] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];

export const COMPLIANCE_RULES = [
  {
    id: 'fcr.taxConcession',
    kind: 'fact',
    titleZh: '没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者税收优惠或选择性、差异化的财政奖励、补贴',
    titleEn:
      'No tax concession or selective subsidy to a given firm without a law, an administrative regulation ' +
      'or State Council approval',
    unit: '—',
    value: 1,
    source: { document: FCR, article: '第十条第（一）（二）项' },
    verified: false,
  },
  {
    id: 'fcr.factorConcession',
    kind: 'fact',
    titleZh: '没有法律、行政法规依据或者未经国务院批准，不得给予特定经营者要素获取等方面的优惠（土地、厂房租金优惠）',
    titleEn: 'No concession on access to factors (land, premises) to a given firm without such a basis',
    unit: '—',
    value: 1,
    source: { document: FCR, article: '第十条第（三）项' },
    verified: false,
  },
  {
    id: 'fund.noGuaranteedReturn',
    kind: 'fact',
    titleZh: '政府出资人不得向其他出资人承诺投资本金不受损失，不得承诺最低收益',
    titleEn: 'The government investor may not promise others their principal or a minimum return',
    unit: '—',
    value: 1,
    source: { document: '政府投资基金暂行管理办法（财预〔2015〕210号）', article: '第二十一条' },
    verified: false,
  },
  {
    id: 'fund.debtLikeEquity',
    kind: 'fact',
    titleZh: '明股实债：约定固定收益回购的股权投资实为债权，不得以此变相举债或规避监管',
    titleEn: 'Equity with a fixed-return buy-back is debt in substance (明股实债)',
    unit: '—',
    value: 1,
    source: { document: '关于进一步规范地方政府举债融资行为的通知（财预〔2017〕50号）', article: '第三条' },
    verified: false,
  },
  {
    id: 'fund.noNewAttractionFund',
    kind: 'fact',
    titleZh: '不得新设以招商引资为目的的政府投资基金',
    titleEn: 'No new government investment fund set up for investment attraction',
    unit: '—',
    value: 1,
    source: { document: '关于促进政府投资基金高质量发展的指导意见（国办发〔2025〕1号）', article: '—' },
    verified: false,
  },
  {
    id: 'fund.stakeCap',
    kind: 'setting',
    titleZh: '政府持股比例上限；政府不宜成为第一大股东',
    titleEn: 'Largest government stake; the government should not be the largest shareholder',
    unit: '比例',
    default: 0.3,
    why: '无全国性文件规定；多数地方政府投资基金管理办法限定政府出资不超过30%且不为第一大股东。',
    verified: false,
  },
  {
    id: 'rate.benchmark',
    kind: 'setting',
    titleZh: '回购基准利率：一年期贷款市场报价利率（LPR）',
    titleEn: 'Benchmark rate for buy-backs: the one-year loan prime rate (LPR)',
    unit: '年利率',
    default: 0.03,
    asOf: '2025-05-20',
    why: '2019年LPR改革后贷款利率参照LPR，4.75%（2015-10-24基准利率）已停用；默认取2025-05-20公布的一年期LPR 3.0%，按月更新。',
    source: { document: '中国人民银行公告〔2019〕第15号', article: '第一条' },
    verified: false,
  },
] as const satisfies readonly (FactRule | SettingRule)[];
