import type { Feature, FeatureCollection, Polygon } from 'geojson';

export type { PlotProps, BuildingProps } from '@shared/types/map-features';
import type { PlotProps, BuildingProps } from '@shared/types/map-features';

export type PlotFeature = Feature<Polygon, PlotProps>;
export type PlotCollection = FeatureCollection<Polygon, PlotProps>;
export type BuildingCollection = FeatureCollection<Polygon, BuildingProps>;

export type ColourMode = 'status' | 'industry' | 'grade';
export const COLOUR_MODES: readonly ColourMode[] = ['status', 'industry', 'grade'];

export type Selection = { kind: 'plot' | 'building'; id: number } | null;
