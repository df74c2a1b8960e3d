import type { FeatureCollection, Polygon } from 'geojson';
import type { BuildingProps as MapBuildingProps, PlotProps as MapPlotProps } from '@shared/types/map-features';

/** The fields of GET /api/parks/:id/plots that the scenario map reads. */
export type PlotProps = Pick<MapPlotProps, 'id' | 'code' | 'status' | 'areaMu' | 'occupant' | 'projectId'>;
/** The fields of GET /api/parks/:id/buildings that the scenario map reads. */
export type BuildingProps = Pick<MapBuildingProps, 'id' | 'code' | 'name' | 'vacantM2' | 'reservedM2'>;

export type PlotCollection = FeatureCollection<Polygon, PlotProps>;
export type BuildingCollection = FeatureCollection<Polygon, BuildingProps>;
