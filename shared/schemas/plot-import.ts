import { z } from 'zod';

const bool = z.enum(['true', 'false']).default('false');
const field = z.string().trim().min(1).max(100).optional();

/** What to do with two features of one file that carry the same code. */
export const DUPLICATE_MODES = ['suffix', 'merge', 'refuse'] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];
export const AREA_UNITS = ['mu', 'm2', 'ha'] as const;

/**
 * Query of POST /api/parks/:id/plots/import (the file is the raw body). Field names are the
 * file's own column names; when a field is not given the usual names are tried (code, 编号 …).
 */
export const plotImportQuerySchema = z.object({
  dryRun: bool,
  /** One refused feature refuses the file. */
  strict: bool,
  codeField: field,
  occupantField: field,
  areaField: field,
  areaUnit: z.enum(AREA_UNITS).default('mu'),
  landUseField: field,
  statusField: field,
  duplicates: z.enum(DUPLICATE_MODES).default('refuse'),
  /** Override of the detected system: EPSG:NNNN, GCJ02 or BD09. */
  srs: z.string().trim().max(20).optional(),
});
export type PlotImportQuery = z.infer<typeof plotImportQuerySchema>;

/** The part of the query that says how the file's columns become plot attributes. */
export type FieldMapping = Pick<
  PlotImportQuery,
  'codeField' | 'occupantField' | 'areaField' | 'areaUnit' | 'landUseField' | 'statusField' | 'duplicates'
>;

export const PLOT_EXPORT_FORMATS = ['geojson', 'shapefile', 'kml', 'xlsx'] as const;
export const plotExportQuerySchema = z.object({
  format: z.enum(PLOT_EXPORT_FORMATS).default('geojson'),
  /** Shapefile only: WGS84 (4326) or CGCS2000 (4490). */
  srs: z.enum(['EPSG:4326', 'EPSG:4490']).default('EPSG:4490'),
});
