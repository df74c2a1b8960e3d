/**
 * The project CSV columns: key, Chinese header (what the bureau's spreadsheets use) and English
 * header. Import accepts either header; export writes the Chinese one.
 */
export const PROJECT_CSV_COLUMNS = [
  { key: 'name', zh: '项目名称', en: 'name' },
  { key: 'investor', zh: '投资方', en: 'investor' },
  { key: 'industry', zh: '行业', en: 'industry' },
  { key: 'chainLink', zh: '产业链环节', en: 'chainLink' },
  { key: 'investmentWan', zh: '固定资产投资(万元)', en: 'investmentWan' },
  { key: 'landNeedMu', zh: '用地需求(亩)', en: 'landNeedMu' },
  { key: 'floorNeedM2', zh: '厂房需求(平方米)', en: 'floorNeedM2' },
  { key: 'outputWan', zh: '达产产值(万元)', en: 'outputWan' },
  { key: 'taxWan', zh: '达产税收(万元)', en: 'taxWan' },
  { key: 'vatShare', zh: '增值税占比', en: 'vatShare' },
  { key: 'rampUpYears', zh: '达产年限', en: 'rampUpYears' },
  { key: 'jobs', zh: '就业人数', en: 'jobs' },
  { key: 'pollutionClass', zh: '污染类别', en: 'pollutionClass' },
  { key: 'head', zh: '龙头企业', en: 'head' },
  { key: 'stage', zh: '阶段', en: 'stage' },
  { key: 'jurisdiction', zh: '县区', en: 'jurisdiction' },
  { key: 'leaderRole', zh: '责任领导', en: 'leaderRole' },
  { key: 'notes', zh: '备注', en: 'notes' },
] as const;

export type ProjectCsvKey = (typeof PROJECT_CSV_COLUMNS)[number]['key'];

/** Header → key, accepting Chinese, English and a few common variants (case and spaces ignored). */
export function csvHeaderKey(header: string): ProjectCsvKey | null {
  const h = header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s（）()]/g, '');
  for (const c of PROJECT_CSV_COLUMNS) {
    if (h === c.en.toLowerCase() || h === c.zh.replace(/[\s（）()]/g, '').toLowerCase()) return c.key;
    if (h === c.zh.replace(/\(.*\)$/, '').toLowerCase()) return c.key;
  }
  return null;
}

/** Chinese words users type in CSV cells for enumerations. */
export const STAGE_WORDS: Record<string, string> = {
  线索: 'lead',
  洽谈: 'negotiating',
  在谈: 'negotiating',
  签约: 'signed',
  已签约: 'signed',
  落地: 'landed',
  已落地: 'landed',
  终止: 'dropped',
};
export const HEAD_WORDS: Record<string, string> = {
  否: 'none',
  无: 'none',
  世界500强: 'global500',
  中国500强: 'china500',
  上市公司: 'listed',
  上市: 'listed',
};
export const ROLE_WORDS: Record<string, string> = { 县长: 'head', 县区长: 'head', 副县长: 'deputy' };
