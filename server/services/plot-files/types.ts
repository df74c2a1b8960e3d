export type PlotFileFormat = 'geojson' | 'shapefile' | 'kml' | 'dxf';

export interface RawFeature {
  type: 'Feature';
  geometry: GeoJSON.Geometry | null;
  properties: Record<string, unknown>;
  /** The shapefile or CAD layer the feature came from, for the report. */
  layer?: string;
}

/** A file's features in its own coordinates, before the system is known. */
export interface RawFeatures {
  format: PlotFileFormat;
  features: RawFeature[];
  /** The .prj text, when the file carried one. */
  prj: string | null;
  /** A system the format itself fixes (KML and GeoJSON are WGS84 by definition). */
  fixedEpsg?: number;
}
