import type { FeatureCollection, Polygon } from 'geojson';
import type { PlotStatus } from '../../../../../shared/types/park';

/** The fields of GET /api/parks/:id/plots that the scenario map reads (server/services/map.service.ts). */
export interface PlotProps {
  id: number;
  code: string;
  status: PlotStatus;
  areaMu: number;
  occupant: string | null;
  projectId: number | null;
}

/** The fields of GET /api/parks/:id/buildings that the scenario map reads. */
export interface BuildingProps {
  id: number;
  code: string;
  name: string;
  vacantM2: number;
  reservedM2: number;
}

export type PlotCollection = FeatureCollection<Polygon, PlotProps>;
export type BuildingCollection = FeatureCollection<Polygon, BuildingProps>;
