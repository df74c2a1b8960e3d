import type { PlotStatus, Readiness } from './park';
import type { LandUse } from './common';
import type { Grade } from '../efficiency';

// The feature properties of the map's GeoJSON endpoints: built by server/services/map.service.ts,
// read by the map and the scenario screens.

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
