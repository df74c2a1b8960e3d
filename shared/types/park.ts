import type { GeoPolygon, Id, LandUse, Mu, SqM, Wan } from './common';

export interface Park {
  id: Id;
  jurisdictionId: Id;
  name: string;
  nameEn: string;
  boundary: GeoPolygon;
  dominantChainIds: Id[];
  /** Minimum share of allocated space that must go to the dominant chain(s), 0..1 (default 0.7). */
  minDominantShare: number;
  /** National industrial land grade 1..15 (国土资发〔2006〕307号). */
  landGrade: number;
  listedLandPriceWanPerMu: Wan;
  minInvestmentIntensityWanPerMu: Wan;
  minTaxPerMuWan: Wan;
  minFar: number;
  version: number;
}

export const PLOT_STATUSES = ['vacant', 'reserved', 'under_construction', 'occupied', 'unavailable'] as const;
export type PlotStatus = (typeof PLOT_STATUSES)[number];
export const READINESS = ['ready', 'partial', 'raw'] as const;
/** 七通一平: ready = fully serviced and levelled. */
export type Readiness = (typeof READINESS)[number];

/**
 * 工业项目建设用地控制指标 of one plot (国土资发〔2008〕24号): planned (规划条件, set when the plot is
 * planned or a project's site plan is entered) or actual (as built, for landed plots). Null = not
 * entered. Shares are 0..1.
 */
export interface LandUseIndicators {
  /** 容积率: total floor area ÷ site area. */
  far: number | null;
  /** 建筑系数: footprint of buildings, structures and yards ÷ site area. */
  buildingCoefficient: number | null;
  /** 行政办公及生活服务设施用地所占比重. */
  adminShare: number | null;
  /** 绿地率. */
  greenShare: number | null;
  /** 投资强度: fixed-asset investment ÷ site area, 万元/亩. */
  investmentWanPerMu: number | null;
}

export interface PlotIndicators {
  planned: LandUseIndicators;
  actual: LandUseIndicators;
}

export interface Plot {
  id: Id;
  parkId: Id;
  code: string;
  polygon: GeoPolygon;
  /** Computed from the polygon (geodesic), never typed in. */
  areaMu: Mu;
  /** Area declared by the source document, if any; flagged when it differs > 5% from areaMu. */
  declaredAreaMu: Mu | null;
  landUse: LandUse;
  status: PlotStatus;
  readiness: Readiness;
  enterpriseId: Id | null;
  /** The project a reserved plot is promised to. */
  projectId: Id | null;
  /**
   * Land-use indicators; absent or null = none entered (rows written before they existed, and
   * plots made by code that does not set them).
   */
  indicators?: PlotIndicators | null;
  version: number;
}

export const UNIT_STATUSES = ['vacant', 'reserved', 'leased'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** 标准化厂房: a standard factory building with leasable units. */
export interface Building {
  id: Id;
  parkId: Id;
  plotId: Id | null;
  code: string;
  name: string;
  footprint: GeoPolygon;
  floors: number;
  floorAreaM2: SqM;
  ceilingHeightM: number;
  floorLoadKnPerM2: number;
  rentYuanPerM2Month: number;
  version: number;
}

export interface Unit {
  id: Id;
  buildingId: Id;
  code: string;
  floor: number;
  areaM2: SqM;
  status: UnitStatus;
  enterpriseId: Id | null;
  projectId: Id | null;
  version: number;
}
