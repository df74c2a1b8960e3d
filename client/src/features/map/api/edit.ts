import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { invalidateParks } from '@/lib/reference-data';
import type { Plot } from '@shared/types/park';
import type { PlotCreate, PlotUpdate } from '@shared/schemas/plot';
import { mapKeys } from './map-data';
import { detailKeys } from './details';
import type { FieldMapping } from '@shared/schemas/plot-import';
import type { Outcome } from '@shared/import/plot-features';

export interface ImportReport {
  created: number;
  updated: number;
  createdIds: number[];
  skipped: Array<{ index: number; code: string | null; reason: string }>;
  features: Array<{ index: number; code: string; outcome: Outcome; reason?: string; note?: string }>;
  dryRun: boolean;
  format: string;
  srs: string;
  srsFrom: string;
  columns: string[];
  suggested: Partial<Record<'code' | 'occupant' | 'area' | 'landUse' | 'status', string>>;
  geometries?: Array<GeoJSON.Geometry | null>;
}

/** The mapping step's choices, sent as the import's query (shared/schemas/plot-import). */
export type ImportOptions = Partial<Record<keyof FieldMapping | 'srs', string>>;

export const updatePlot = (id: number, patch: PlotUpdate) => api.patch<Plot>(`/api/plots/${id}`, patch);
export const createPlot = (data: PlotCreate) => api.post<Plot>('/api/plots', data);
/** The file goes as it is (GeoJSON, zipped shapefile, KML, DXF); the server tells the format from its bytes. */
export const importPlots = (
  parkId: number,
  file: ArrayBuffer,
  type: string,
  dryRun: boolean,
  opts: ImportOptions = {},
) => {
  const q = new URLSearchParams({ dryRun: String(dryRun) });
  for (const [k, v] of Object.entries(opts)) if (v) q.set(k, v);
  return api.post<ImportReport>(`/api/parks/${parkId}/plots/import?${q}`, file, type || 'application/octet-stream');
};

/** After any plot write the park's GeoJSON, summaries and chain map are stale. */
function useInvalidatePark() {
  const qc = useQueryClient();
  return (parkId: number, plotId?: number) => {
    void qc.invalidateQueries({ queryKey: mapKeys.plots(parkId) });
    void invalidateParks(qc);
    void qc.invalidateQueries({ queryKey: mapKeys.chainMap(parkId) });
    if (plotId) {
      void qc.invalidateQueries({ queryKey: detailKeys.plot(plotId) });
      void qc.invalidateQueries({ queryKey: detailKeys.history(plotId) });
    }
  };
}

export function useUpdatePlot() {
  const invalidate = useInvalidatePark();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: PlotUpdate }) => updatePlot(id, patch),
    onSuccess: (p) => invalidate(p.parkId, p.id),
  });
}

export function useCreatePlot() {
  const invalidate = useInvalidatePark();
  return useMutation({ mutationFn: createPlot, onSuccess: (p) => invalidate(p.parkId, p.id) });
}

export function useImportPlots() {
  const invalidate = useInvalidatePark();
  return useMutation({
    mutationFn: (v: { parkId: number; file: ArrayBuffer; type: string; dryRun: boolean; opts?: ImportOptions }) =>
      importPlots(v.parkId, v.file, v.type, v.dryRun, v.opts),
    onSuccess: (r, v) => {
      if (!r.dryRun) invalidate(v.parkId);
    },
  });
}
