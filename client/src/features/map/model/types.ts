import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { PlotStatus, Readiness } from '../../../../../shared/types/park';
import type { LandUse } from '../../../../../shared/types/common';
import type { Grade } from '../../../../../shared/efficiency';

/** Properties of a plot feature as GET /api/parks/:id/plots sends them (server/services/map.service.ts). */
export interface PlotProps {
  id: number;
  code: string;
  status: PlotStatus;
  areaMu: number;
  declaredAreaMu: number | null;
  landUse: LandUse;
  readiness: Readiness;
  occupant: string | null;
  occupantId: number | null;
  projectId: number | null;
  industry: string | null;
  industryEn: string | null;
  industryId: number | null;
  /** true: occupant in the park's dominant chain; false: another industry; null: nobody on it. */
  dominant: boolean | null;
  grade: Grade | null;
  version: number;
}

/** Properties of a standard factory building feature (GET /api/parks/:id/buildings). */
export interface BuildingProps {
  id: number;
  code: string;
  name: string;
  floors: number;
  floorAreaM2: number;
  rentYuanPerM2Month: number;
  units: number;
  unitAreaM2: number;
  leasedM2: number;
  reservedM2: number;
  vacantM2: number;
  occupancy: number;
}

export type PlotFeature = Feature<Polygon, PlotProps>;
export type PlotCollection = FeatureCollection<Polygon, PlotProps>;
export type BuildingCollection = FeatureCollection<Polygon, BuildingProps>;

export type ColourMode = 'status' | 'industry' | 'grade';
export const COLOUR_MODES: readonly ColourMode[] = ['status', 'industry', 'grade'];

export type Selection = { kind: 'plot' | 'building'; id: number } | null;
