import { nationalMinFar } from '../../../shared/incentives/land-rules';
import type { LandUse } from '../../../shared/types/common';

/**
 * Static facts of the demo prefecture. County seats are approximate real locations; the
 * dominant industries are the counties' real ones (民权 refrigeration, 夏邑 textiles, 永城
 * coal chemicals, 睢县 footwear, 虞城 tape measures, 柘城 superhard materials, 示范区 NEV).
 * GB/T 4754 groups use the 2002 numbering, the one the 2008 land-use control table cites.
 */

export interface LinkSpec {
  name: string;
  nameEn: string;
  /** Code of the industry an enterprise on this link belongs to. */
  industry: string;
}

export interface ChainSpec {
  key: string;
  name: string;
  nameEn: string;
  links: LinkSpec[];
}

export const CHAIN_SPECS: ChainSpec[] = [
  {
    key: 'textile',
    name: '纺织服装产业链',
    nameEn: 'Textiles & apparel',
    links: [
      { name: '纺纱', nameEn: 'Spinning', industry: 'TEX-SPIN' },
      { name: '织造', nameEn: 'Weaving', industry: 'TEX-SPIN' },
      { name: '印染', nameEn: 'Printing & dyeing', industry: 'TEX-DYE' },
      { name: '服装', nameEn: 'Apparel', industry: 'TEX-APP' },
    ],
  },
  {
    key: 'nev',
    name: '新能源汽车产业链',
    nameEn: 'New-energy vehicles',
    links: [
      { name: '动力电池', nameEn: 'Battery', industry: 'NEV-BAT' },
      { name: '电机电控', nameEn: 'Motor & controls', industry: 'NEV-VEH' },
      { name: '汽车零部件', nameEn: 'Parts', industry: 'NEV-VEH' },
      { name: '整车制造', nameEn: 'Vehicle assembly', industry: 'NEV-VEH' },
      { name: '分拨中心', nameEn: 'Distribution centre', industry: 'NEV-VEH' },
      { name: '结算中心', nameEn: 'Settlement centre', industry: 'NEV-VEH' },
      { name: '研发中心', nameEn: 'R&D centre', industry: 'NEV-VEH' },
    ],
  },
  {
    key: 'refrig',
    name: '制冷产业链',
    nameEn: 'Refrigeration',
    links: [
      { name: '压缩机', nameEn: 'Compressors', industry: 'REF-EQP' },
      { name: '制冷机组', nameEn: 'Refrigeration units', industry: 'REF-EQP' },
      { name: '冰箱冷柜', nameEn: 'Fridges & freezers', industry: 'REF-EQP' },
      { name: '冷藏车', nameEn: 'Refrigerated trucks', industry: 'REF-EQP' },
      { name: '冷链物流', nameEn: 'Cold-chain logistics', industry: 'REF-LOG' },
    ],
  },
  {
    key: 'coalchem',
    name: '煤化工产业链',
    nameEn: 'Coal chemicals',
    links: [
      { name: '煤炭洗选', nameEn: 'Coal washing', industry: 'COAL-CHEM' },
      { name: '煤制甲醇', nameEn: 'Coal-to-methanol', industry: 'COAL-CHEM' },
      { name: '乙二醇与烯烃', nameEn: 'Glycol & olefins', industry: 'COAL-CHEM' },
      { name: '精细化工', nameEn: 'Fine chemicals', industry: 'COAL-CHEM' },
      { name: '化工新材料', nameEn: 'Chemical new materials', industry: 'COAL-CHEM' },
    ],
  },
  {
    key: 'footwear',
    name: '制鞋产业链',
    nameEn: 'Footwear',
    links: [
      { name: '鞋材', nameEn: 'Shoe materials', industry: 'SHOE' },
      { name: '鞋底', nameEn: 'Soles', industry: 'SHOE' },
      { name: '成鞋制造', nameEn: 'Shoe making', industry: 'SHOE' },
      { name: '品牌与电商', nameEn: 'Brands & e-commerce', industry: 'SHOE' },
    ],
  },
  {
    key: 'hardware',
    name: '钢卷尺五金工具产业链',
    nameEn: 'Tape measures & hardware',
    links: [
      { name: '钢带', nameEn: 'Steel strip', industry: 'HW-TOOL' },
      { name: '电镀', nameEn: 'Electroplating', industry: 'HW-PLATE' },
      { name: '钢卷尺', nameEn: 'Tape measures', industry: 'HW-TOOL' },
      { name: '五金工具', nameEn: 'Hand tools', industry: 'HW-TOOL' },
      { name: '包装物流', nameEn: 'Packaging & logistics', industry: 'HW-TOOL' },
    ],
  },
  {
    key: 'superhard',
    name: '超硬材料产业链',
    nameEn: 'Superhard materials',
    links: [
      { name: '人造金刚石', nameEn: 'Synthetic diamond', industry: 'SUPERHARD' },
      { name: '金刚石微粉', nameEn: 'Diamond micro-powder', industry: 'SUPERHARD' },
      { name: '培育钻石', nameEn: 'Lab-grown diamonds', industry: 'SUPERHARD' },
      { name: '超硬制品', nameEn: 'Superhard tools', industry: 'SUPERHARD' },
    ],
  },
  {
    key: 'food',
    name: '食品加工产业链',
    nameEn: 'Food processing',
    links: [
      { name: '粮食收储', nameEn: 'Grain storage', industry: 'FOOD' },
      { name: '面粉加工', nameEn: 'Flour milling', industry: 'FOOD' },
      { name: '速冻食品', nameEn: 'Frozen food', industry: 'FOOD' },
      { name: '休闲食品', nameEn: 'Snack food', industry: 'FOOD' },
      { name: '冷链配送', nameEn: 'Cold-chain delivery', industry: 'FOOD' },
    ],
  },
  {
    key: 'equip',
    name: '装备制造产业链',
    nameEn: 'Equipment manufacturing',
    links: [
      { name: '铸锻件', nameEn: 'Castings & forgings', industry: 'EQUIP' },
      { name: '关键零部件', nameEn: 'Key components', industry: 'EQUIP' },
      { name: '整机装配', nameEn: 'Machine assembly', industry: 'EQUIP' },
      { name: '智能控制', nameEn: 'Intelligent controls', industry: 'EQUIP' },
      { name: '售后服务', nameEn: 'After-sales service', industry: 'EQUIP' },
    ],
  },
];

/**
 * Per-industry figures of a typical firm, used to make plausible enterprise years and projects.
 * revenuePerMu 万元/亩/year; taxRate = tax ÷ revenue; vaRate = value added ÷ revenue;
 * tcePerWan = energy per 万元 revenue; emisPerWan = equivalent tonnes per 万元 revenue;
 * rdShare = R&D ÷ revenue; revenuePerJob 万元. Orders of magnitude from county statistical
 * yearbooks' shape, not from any one source: this is demo data.
 */
export interface IndustrySpec {
  code: string;
  name: string;
  nameEn: string;
  noun: string;
  nounEn: string;
  pollutionClass: LandUse;
  gbtGroup: number;
  chain: string | null;
  revenuePerMu: number;
  taxRate: number;
  vaRate: number;
  tcePerWan: number;
  emisPerWan: number;
  rdShare: number;
  revenuePerJob: number;
}

const ind = (
  code: string,
  name: string,
  nameEn: string,
  noun: string,
  nounEn: string,
  pollutionClass: LandUse,
  gbtGroup: number,
  chain: string | null,
  revenuePerMu: number,
  taxRate: number,
  vaRate: number,
  tcePerWan: number,
  emisPerWan: number,
  rdShare: number,
  revenuePerJob: number,
): IndustrySpec => ({
  code,
  name,
  nameEn,
  noun,
  nounEn,
  pollutionClass,
  gbtGroup,
  chain,
  revenuePerMu,
  taxRate,
  vaRate,
  tcePerWan,
  emisPerWan,
  rdShare,
  revenuePerJob,
});

export const INDUSTRY_SPECS: IndustrySpec[] = [
  ind(
    'TEX-SPIN',
    '纺纱织造',
    'Spinning & weaving',
    '纺织',
    'Textile',
    'M2',
    17,
    'textile',
    260,
    0.03,
    0.22,
    0.06,
    0.002,
    0.012,
    60,
  ),
  ind(
    'TEX-DYE',
    '印染',
    'Printing & dyeing',
    '印染',
    'Printing & Dyeing',
    'M3',
    17,
    'textile',
    280,
    0.035,
    0.25,
    0.15,
    0.01,
    0.015,
    80,
  ),
  ind(
    'TEX-APP',
    '服装服饰',
    'Apparel',
    '服饰',
    'Apparel',
    'M1',
    18,
    'textile',
    200,
    0.03,
    0.25,
    0.01,
    0.0005,
    0.01,
    30,
  ),
  ind(
    'NEV-BAT',
    '动力电池',
    'Traction batteries',
    '新能源电池',
    'New Energy Battery',
    'M2',
    39,
    'nev',
    560,
    0.04,
    0.22,
    0.04,
    0.001,
    0.04,
    180,
  ),
  ind(
    'NEV-VEH',
    '新能源汽车及零部件',
    'NEVs & parts',
    '汽车科技',
    'Auto Technology',
    'M2',
    37,
    'nev',
    480,
    0.045,
    0.2,
    0.02,
    0.001,
    0.035,
    150,
  ),
  ind(
    'REF-EQP',
    '制冷设备',
    'Refrigeration equipment',
    '制冷设备',
    'Refrigeration Equipment',
    'M2',
    39,
    'refrig',
    380,
    0.045,
    0.24,
    0.02,
    0.0008,
    0.03,
    110,
  ),
  ind(
    'REF-LOG',
    '冷链物流',
    'Cold-chain logistics',
    '冷链物流',
    'Cold Chain Logistics',
    'M1',
    58,
    'refrig',
    150,
    0.05,
    0.35,
    0.02,
    0.0003,
    0.005,
    90,
  ),
  ind(
    'COAL-CHEM',
    '煤化工',
    'Coal chemicals',
    '化工',
    'Chemical',
    'M3',
    26,
    'coalchem',
    650,
    0.06,
    0.28,
    0.8,
    0.02,
    0.015,
    300,
  ),
  ind('SHOE', '制鞋', 'Footwear', '鞋业', 'Footwear', 'M2', 19, 'footwear', 220, 0.03, 0.25, 0.012, 0.0006, 0.01, 35),
  ind(
    'HW-TOOL',
    '钢卷尺及五金工具',
    'Tape measures & hand tools',
    '五金工具',
    'Hardware Tools',
    'M2',
    34,
    'hardware',
    280,
    0.04,
    0.26,
    0.03,
    0.001,
    0.02,
    70,
  ),
  ind(
    'HW-PLATE',
    '电镀',
    'Electroplating',
    '表面处理',
    'Surface Treatment',
    'M3',
    34,
    'hardware',
    240,
    0.04,
    0.3,
    0.08,
    0.012,
    0.015,
    80,
  ),
  ind(
    'SUPERHARD',
    '超硬材料',
    'Superhard materials',
    '超硬材料',
    'Superhard Materials',
    'M2',
    31,
    'superhard',
    420,
    0.07,
    0.35,
    0.15,
    0.002,
    0.04,
    120,
  ),
  ind(
    'FOOD',
    '食品加工',
    'Food processing',
    '食品',
    'Foods',
    'M1',
    13,
    'food',
    330,
    0.035,
    0.22,
    0.04,
    0.0015,
    0.01,
    90,
  ),
  ind(
    'EQUIP',
    '装备制造',
    'Equipment manufacturing',
    '机械装备',
    'Machinery',
    'M2',
    35,
    'equip',
    320,
    0.045,
    0.26,
    0.025,
    0.0008,
    0.035,
    100,
  ),
  ind(
    'PACK',
    '包装印刷',
    'Packaging & printing',
    '包装',
    'Packaging',
    'M1',
    23,
    null,
    200,
    0.035,
    0.24,
    0.03,
    0.0008,
    0.01,
    60,
  ),
  ind(
    'PLAST',
    '塑料制品',
    'Plastic products',
    '塑业',
    'Plastics',
    'M2',
    30,
    null,
    230,
    0.035,
    0.22,
    0.05,
    0.001,
    0.01,
    70,
  ),
  ind(
    'BLDM',
    '新型建材',
    'Building materials',
    '建材',
    'Building Materials',
    'M2',
    31,
    null,
    200,
    0.04,
    0.25,
    0.2,
    0.003,
    0.01,
    80,
  ),
  ind(
    'ELEC',
    '电子信息',
    'Electronics',
    '电子',
    'Electronics',
    'M1',
    40,
    null,
    450,
    0.035,
    0.22,
    0.02,
    0.0003,
    0.05,
    80,
  ),
];

/** Rule landuse.far.min (国土资发〔2008〕24号), GB/T 4754-2002 major group; an unlisted group is a seed bug. */
export function minFarForGroup(group: number): number {
  const far = nationalMinFar(group);
  if (far === null) throw new Error(`GB/T 4754 group ${group} has no national FAR minimum`);
  return far;
}

export interface JurisdictionSpec {
  key: string;
  name: string;
  nameEn: string;
  short: string;
  shortEn: string;
  kind: 'city' | 'county' | 'district';
  /** County seat, approximate real location [lon, lat]. */
  seat: [number, number];
  headTitle: string;
  deputyTitle: string;
  /**
   * Retained share of VAT and CIT when fixed here instead of drawn: for counties added after the
   * demo's random draws were settled, so adding one leaves every other seeded value unchanged.
   */
  retainedShare?: number;
}

export const JURISDICTION_SPECS: JurisdictionSpec[] = [
  {
    key: 'city',
    name: '商丘市',
    nameEn: 'Shangqiu City',
    short: '商丘',
    shortEn: 'Shangqiu',
    kind: 'city',
    seat: [115.656, 34.415],
    headTitle: '市长',
    deputyTitle: '副市长',
  },
  {
    key: 'liangyuan',
    name: '梁园区',
    nameEn: 'Liangyuan District',
    short: '梁园',
    shortEn: 'Liangyuan',
    kind: 'district',
    seat: [115.633, 34.444],
    headTitle: '区长',
    deputyTitle: '副区长',
  },
  {
    key: 'suiyang',
    name: '睢阳区',
    nameEn: 'Suiyang District',
    short: '睢阳',
    shortEn: 'Suiyang',
    kind: 'district',
    seat: [115.653, 34.388],
    headTitle: '区长',
    deputyTitle: '副区长',
  },
  {
    key: 'minquan',
    name: '民权县',
    nameEn: 'Minquan County',
    short: '民权',
    shortEn: 'Minquan',
    kind: 'county',
    seat: [115.148, 34.648],
    headTitle: '县长',
    deputyTitle: '副县长',
  },
  {
    key: 'suixian',
    name: '睢县',
    nameEn: 'Sui County',
    short: '睢县',
    shortEn: 'Suixian',
    kind: 'county',
    seat: [115.071, 34.446],
    headTitle: '县长',
    deputyTitle: '副县长',
  },
  {
    key: 'zhecheng',
    name: '柘城县',
    nameEn: 'Zhecheng County',
    short: '柘城',
    shortEn: 'Zhecheng',
    kind: 'county',
    seat: [115.306, 34.091],
    headTitle: '县长',
    deputyTitle: '副县长',
  },
  {
    key: 'yucheng',
    name: '虞城县',
    nameEn: 'Yucheng County',
    short: '虞城',
    shortEn: 'Yucheng',
    kind: 'county',
    seat: [115.863, 34.4],
    headTitle: '县长',
    deputyTitle: '副县长',
  },
  {
    key: 'xiayi',
    name: '夏邑县',
    nameEn: 'Xiayi County',
    short: '夏邑',
    shortEn: 'Xiayi',
    kind: 'county',
    seat: [116.131, 34.237],
    headTitle: '县长',
    deputyTitle: '副县长',
  },
  {
    key: 'yongcheng',
    name: '永城市',
    nameEn: 'Yongcheng (county-level city)',
    short: '永城',
    shortEn: 'Yongcheng',
    kind: 'county',
    seat: [116.449, 33.929],
    headTitle: '市长',
    deputyTitle: '副市长',
  },
  {
    key: 'demo',
    name: '商丘城乡一体化示范区',
    nameEn: 'Shangqiu Demonstration Zone',
    short: '示范区',
    shortEn: 'Demo Zone',
    kind: 'district',
    seat: [115.58, 34.4],
    headTitle: '管委会主任',
    deputyTitle: '管委会副主任',
  },
  {
    // The prefecture's sixth county; no demo park yet (its projects and land would come with one).
    key: 'ningling',
    name: '宁陵县',
    nameEn: 'Ningling County',
    short: '宁陵',
    shortEn: 'Ningling',
    kind: 'county',
    seat: [115.313, 34.46],
    headTitle: '县长',
    deputyTitle: '副县长',
    retainedShare: 0.7,
  },
];

export interface ParkSpec {
  jurisdiction: string;
  code: string;
  name: string;
  nameEn: string;
  chains: string[];
  /** Park centre offset from the county seat, km east / north (parks sit on the seat's edge). */
  offsetKm: [number, number];
  /** Target boundary area, km². */
  areaKm2: number;
  /** Dominant land-use class of the park's plots. */
  landUse: LandUse;
}

export const PARK_SPECS: ParkSpec[] = [
  {
    jurisdiction: 'minquan',
    code: 'MQ',
    name: '民权高新技术产业开发区',
    nameEn: 'Minquan Hi-tech Industrial Development Zone',
    chains: ['refrig'],
    offsetKm: [2.5, -2.5],
    areaKm2: 5.6,
    landUse: 'M2',
  },
  {
    jurisdiction: 'xiayi',
    code: 'XY',
    name: '夏邑县产业集聚区',
    nameEn: 'Xiayi Industrial Cluster',
    chains: ['textile'],
    offsetKm: [-2.6, -2.2],
    areaKm2: 5.0,
    landUse: 'M2',
  },
  {
    jurisdiction: 'xiayi',
    code: 'XD',
    name: '夏邑印染产业园',
    nameEn: 'Xiayi Printing & Dyeing Park',
    chains: ['textile'],
    offsetKm: [3.2, 1.8],
    areaKm2: 2.4,
    landUse: 'M3',
  },
  {
    jurisdiction: 'yongcheng',
    code: 'YC',
    name: '永城市煤化工产业园',
    nameEn: 'Yongcheng Coal Chemical Park',
    chains: ['coalchem'],
    offsetKm: [-4.0, 3.0],
    areaKm2: 5.8,
    landUse: 'M3',
  },
  {
    jurisdiction: 'suixian',
    code: 'SX',
    name: '睢县产业集聚区',
    nameEn: 'Suixian Industrial Cluster (footwear)',
    chains: ['footwear'],
    offsetKm: [2.2, -2.0],
    areaKm2: 4.6,
    landUse: 'M2',
  },
  {
    jurisdiction: 'yucheng',
    code: 'YU',
    name: '虞城县产业集聚区',
    nameEn: 'Yucheng Industrial Cluster (tape measures)',
    chains: ['hardware'],
    offsetKm: [2.0, -2.4],
    areaKm2: 4.4,
    landUse: 'M2',
  },
  {
    jurisdiction: 'yucheng',
    code: 'YD',
    name: '虞城电镀生态园',
    nameEn: 'Yucheng Electroplating Eco-park',
    chains: ['hardware'],
    offsetKm: [-2.6, 2.8],
    areaKm2: 2.2,
    landUse: 'M3',
  },
  {
    jurisdiction: 'zhecheng',
    code: 'ZC',
    name: '柘城县产业集聚区',
    nameEn: 'Zhecheng Industrial Cluster (superhard materials)',
    chains: ['superhard'],
    offsetKm: [2.4, -1.8],
    areaKm2: 4.2,
    landUse: 'M2',
  },
  {
    jurisdiction: 'demo',
    code: 'SF',
    name: '商丘新能源汽车产业园',
    nameEn: 'Shangqiu New-Energy Vehicle Park',
    chains: ['nev'],
    offsetKm: [-1.6, -3.0],
    areaKm2: 5.9,
    landUse: 'M2',
  },
  {
    jurisdiction: 'liangyuan',
    code: 'LY',
    name: '梁园产业集聚区',
    nameEn: 'Liangyuan Industrial Cluster (food)',
    chains: ['food'],
    offsetKm: [-1.0, 4.5],
    areaKm2: 4.0,
    landUse: 'M1',
  },
  {
    jurisdiction: 'suiyang',
    code: 'SY',
    name: '睢阳产业集聚区',
    nameEn: 'Suiyang Industrial Cluster (equipment)',
    chains: ['equip'],
    offsetKm: [3.5, -3.5],
    areaKm2: 4.5,
    landUse: 'M2',
  },
];

/** Made-up brand syllables for fictitious company names (with a pinyin-like English form). */
export const BRANDS: [string, string][] = [
  ['冷谷', 'Lenggu'],
  ['华霜', 'Huashuang'],
  ['瑞澜', 'Ruilan'],
  ['岚拓', 'Lantuo'],
  ['澄屹', 'Chengyi'],
  ['朔航', 'Shuohang'],
  ['沐川', 'Muchuan'],
  ['禾翎', 'Heling'],
  ['曜森', 'Yaosen'],
  ['启霁', 'Qiji'],
  ['泓砚', 'Hongyan'],
  ['骁炬', 'Xiaoju'],
  ['翊辰', 'Yichen'],
  ['霖朴', 'Linpu'],
  ['璟岳', 'Jingyue'],
  ['钧澈', 'Junche'],
  ['檀曦', 'Tanxi'],
  ['砺川', 'Lichuan'],
  ['蔚棠', 'Weitang'],
  ['栎宸', 'Lichen'],
  ['衡漾', 'Hengyang'],
  ['霁峰', 'Jifeng'],
  ['柯屿', 'Keyu'],
  ['芮嘉', 'Ruijia'],
  ['溯源', 'Suyuan'],
  ['锐岑', 'Ruicen'],
  ['拓岚', 'Tuolan'],
  ['晟朗', 'Shenglang'],
  ['弈帆', 'Yifan'],
  ['澜汐', 'Lanxi'],
  ['筠石', 'Junshi'],
  ['穹宇', 'Qiongyu'],
  ['昶禾', 'Changhe'],
  ['篆川', 'Zhuanchuan'],
  ['珩泰', 'Hengtai'],
  ['霄翎', 'Xiaoling'],
  ['铂岸', "Bo'an"],
  ['逸垣', 'Yiyuan'],
  ['晞野', 'Xiye'],
  ['枫屹', 'Fengyi'],
];

/** Investor home provinces (real places; the companies are not). */
export const INVESTOR_ORIGINS: [string, string][] = [
  ['浙江', 'Zhejiang'],
  ['江苏', 'Jiangsu'],
  ['广东', 'Guangdong'],
  ['福建', 'Fujian'],
  ['上海', 'Shanghai'],
  ['山东', 'Shandong'],
  ['北京', 'Beijing'],
  ['深圳', 'Shenzhen'],
  ['郑州', 'Zhengzhou'],
  ['安徽', 'Anhui'],
];

export const DROP_REASONS = [
  '投资方资金链紧张，暂缓投资',
  '要求的土地价格低于国家最低价标准',
  '环评要求无法满足（园区无M3用地）',
  '与园区主导产业不符，未通过准入评估',
  '投资方转投其他省份园区',
  '亩均税收承诺低于园区门槛',
];
