import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateParks } from '../../../lib/reference-data';
import type { Plot } from '../../../../../shared/types/park';
import type { PlotCreate, PlotUpdate } from '../../../../../shared/schemas/plot';
import { mapKeys } from './map-data';
import { detailKeys } from './details';

export interface ImportReport {
  created: number;
  createdIds: number[];
  skipped: Array<{ index: number; code: string | null; reason: string }>;
  dryRun: boolean;
}

export const updatePlot = (id: number, patch: PlotUpdate) => api.patch<Plot>(`/api/plots/${id}`, patch);
export const createPlot = (data: PlotCreate) => api.post<Plot>('/api/plots', data);
export const importPlots = (parkId: number, fc: unknown, dryRun: boolean) =>
  api.post<ImportReport>(`/api/parks/${parkId}/plots/import?dryRun=${dryRun}`, fc);

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
    mutationFn: ({ parkId, fc, dryRun }: { parkId: number; fc: unknown; dryRun: boolean }) =>
      importPlots(parkId, fc, dryRun),
    onSuccess: (r, v) => {
      if (!r.dryRun) invalidate(v.parkId);
    },
  });
}
