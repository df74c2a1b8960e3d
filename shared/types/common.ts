/** 万元 (10,000 yuan). All money in ParkPlan is stored in 万元. */
export type Wan = number;
/** 亩 (1 亩 = 666.67 m²). All land areas are stored in 亩. */
export type Mu = number;
/** Square metres: building floor areas. */
export type SqM = number;
export type Id = number;

/** GeoJSON (RFC 7946) polygon in WGS84, [lon, lat] order. */
export interface GeoPolygon {
  type: 'Polygon';
  coordinates: number[][][];
}

export const LAND_USES = ['M1', 'M2', 'M3'] as const;
/** Industrial land-use class: M1 light (no nuisance) … M3 heavy pollution. */
export type LandUse = (typeof LAND_USES)[number];

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}
