import type { SettingRule } from './types';

const DOC_24 = '工业项目建设用地控制指标（国土资发〔2008〕24号）';

/**
 * 地区分类 (region class 1–7) of each land grade of 国土资发〔2006〕307号, as the 24号 application
 * notes map them: class 1 = grades 1–3, 2 = 4–6, 3 = 7–8, 4 = 9–10, 5 = 11–12, 6 = 13–14, 7 = 15.
 */
export const REGION_CLASS_BY_LAND_GRADE: Readonly<Record<string, number>> = {
  1: 1,
  2: 1,
  3: 1,
  4: 2,
  5: 2,
  6: 2,
  7: 3,
  8: 3,
  9: 4,
  10: 4,
  11: 5,
  12: 5,
  13: 6,
  14: 6,
  15: 7,
};

/**
 * Minimum investment intensity (固定资产投资 ÷ 用地面积), 万元/公顷, by GB/T 4754-2002 major group
 * and region class 1..7 (index 0 = class 1), from the 24号 table 《工业项目建设用地投资强度控制指标》.
 * ÷ 15 gives 万元/亩. Same group numbering as the FAR table.
 */
export const MIN_INVESTMENT_WAN_PER_HA: Readonly<Record<string, readonly number[]>> = {
  13: [3060, 2180, 1470, 1040, 780, 560, 450],
  14: [3060, 2180, 1470, 1040, 780, 560, 450],
  15: [3060, 2180, 1470, 1040, 780, 560, 450],
  16: [3060, 2180, 1470, 1040, 780, 560, 450],
  17: [2670, 1890, 1280, 900, 670, 490, 390],
  18: [2670, 1890, 1280, 900, 670, 490, 390],
  19: [2670, 1890, 1280, 900, 670, 490, 390],
  20: [2130, 1510, 1020, 720, 530, 390, 310],
  21: [2130, 1510, 1020, 720, 530, 390, 310],
  22: [2480, 1760, 1190, 840, 630, 450, 360],
  23: [2480, 1760, 1190, 840, 630, 450, 360],
  24: [2480, 1760, 1190, 840, 630, 450, 360],
  25: [4800, 3410, 2300, 1630, 1220, 880, 700],
  26: [4050, 2880, 1940, 1370, 1030, 740, 590],
  27: [4350, 3090, 2090, 1480, 1110, 800, 630],
  28: [4350, 3090, 2090, 1480, 1110, 800, 630],
  29: [3090, 2190, 1480, 1050, 790, 570, 450],
  30: [3090, 2190, 1480, 1050, 790, 570, 450],
  31: [2900, 2060, 1390, 980, 740, 530, 420],
  32: [3860, 2740, 1850, 1310, 980, 710, 560],
  33: [3860, 2740, 1850, 1310, 980, 710, 560],
  34: [3220, 2290, 1550, 1090, 820, 590, 470],
  35: [3620, 2570, 1740, 1230, 920, 660, 530],
  36: [3620, 2570, 1740, 1230, 920, 660, 530],
  37: [3860, 2740, 1850, 1310, 980, 710, 560],
  39: [3620, 2570, 1740, 1230, 920, 660, 530],
  40: [4990, 3540, 2390, 1690, 1270, 920, 730],
  41: [4990, 3540, 2390, 1690, 1270, 920, 730],
  42: [2480, 1760, 1190, 840, 630, 450, 360],
  43: [2130, 1510, 1020, 720, 530, 390, 310],
};

/** The table flattened for the catalogue's value: key `group/class`. */
const flat: Record<string, number> = {};
for (const [group, row] of Object.entries(MIN_INVESTMENT_WAN_PER_HA))
  row.forEach((v, i) => (flat[`${group}/${i + 1}`] = v));

/*
 * Both tables are settings, not facts: they were typed from memory and no copy of the 24号 表1 or
 * of its 地区分类 was found to compare them with (the public copies found print the text and the
 * FAR table only). The checks keep using them, cited as settings to be checked.
 */
const TO_CHECK =
  '未找到国土资发〔2008〕24号表1及附件地区分类的可核对文本（所见公开转载仅含正文与表2容积率）；各数值须按公报原文逐项核对后方可作为依据';

export const INVESTMENT_RULES = [
  {
    id: 'landuse.regionClass',
    kind: 'setting',
    titleZh: '投资强度地区分类（按工业用地出让最低价标准的土地等别）',
    titleEn: 'Region class of the investment-intensity table, by land grade',
    unit: '类',
    default: REGION_CLASS_BY_LAND_GRADE,
    why: '按土地等别归入投资强度表的七类地区；分组待核对',
    source: { document: DOC_24, article: '附件1《控制指标应用说明》（地区分类）' },
    verified: false,
    check: TO_CHECK,
  },
  {
    id: 'landuse.investment.min',
    kind: 'setting',
    titleZh: '工业项目投资强度下限（按行业大类/地区分类，键为“行业代码/地区类”）',
    titleEn: 'Minimum investment intensity by GB/T 4754 group and region class (key group/class)',
    unit: '万元/公顷（÷15 = 万元/亩）',
    default: flat,
    why: '投资强度下限的默认值，取自表1的记忆录入，未经核对；县（市、区）可按公报原文或本省标准改正',
    source: { document: DOC_24, article: '第四条第（一）项及表1《工业项目建设用地投资强度控制指标》' },
    verified: false,
    check: TO_CHECK,
  },
] as const satisfies readonly SettingRule[];
