// shpjs ships no types; these are the two low-level readers the import uses.
declare module 'shpjs' {
  /** Geometries of a .shp; with `prj` false the coordinates are left in the file's system. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string | false): GeoJSON.Geometry[];
  /** Rows of a .dbf, decoded with the .cpg's encoding (UTF-8 when absent). */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, cpg?: string): Array<Record<string, unknown>>;
}
