import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invalidatePipeline, KEY_ROOTS } from '@/lib/reference-data';
import { api } from '@/lib/api';
import type { Page } from '@shared/types/common';
import type { Project } from '@shared/types/project';
import type { AuditEvent } from '@shared/types/user';
import type { IncentivePackage } from '@shared/types/incentive-package';
import type { Candidate } from '@shared/pipeline';
import type { ProjectCreate } from '@shared/schemas/project';

/** Viewers get projects without the financial fields. */
export type ProjectRow = Omit<Project, 'investmentWan' | 'outputWan' | 'taxWan' | 'vatShare' | 'notes'> &
  Partial<Project>;

export const projectsKey = [KEY_ROOTS.projects] as const;
// The whole pipeline (a city holds hundreds of prospects): filtering and sorting happen in the browser.
export const useProjects = () =>
  useQuery({
    queryKey: projectsKey,
    queryFn: () => api.get<Page<ProjectRow>>('/api/projects?limit=5000').then((p) => p.items),
  });

export const useHistory = (id: number) =>
  useQuery({
    queryKey: [KEY_ROOTS.projects, id, 'history'],
    queryFn: () => api.get<AuditEvent[]>(`/api/projects/${id}/history`),
  });
export const useCandidates = (id: number) =>
  useQuery({
    queryKey: [KEY_ROOTS.projects, id, 'candidates'],
    queryFn: () => api.get<Candidate[]>(`/api/projects/${id}/candidates`),
  });
export const usePackages = (id: number) =>
  useQuery({
    queryKey: ['packages', { projectId: id }],
    queryFn: () => api.get<IncentivePackage[]>(`/api/packages?projectId=${id}`),
  });

/** Every write changes the pipeline, the quota board and the funnel: refresh them all. */
function useInvalidate() {
  const qc = useQueryClient();
  return () => invalidatePipeline(qc);
}

export function usePatchProject() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<ProjectCreate> & { id: number; version: number }) =>
      api.patch<Project>(`/api/projects/${id}`, body),
    onSuccess: done,
  });
}
export function useCreateProject() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (body: ProjectCreate) => api.post<Project>('/api/projects', body),
    onSuccess: done,
  });
}
export function useDeleteProject() {
  const done = useInvalidate();
  return useMutation({ mutationFn: (id: number) => api.del<void>(`/api/projects/${id}`), onSuccess: done });
}
export function useLandProject() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: ({ id, plotId }: { id: number; plotId?: number }) =>
      api.post<{ project: Project; plot: { code: string } | null; units: Array<{ code: string }> }>(
        `/api/projects/${id}/land`,
        plotId ? { plotId } : {},
      ),
    onSuccess: done,
  });
}

export interface ImportReport {
  created: number;
  createdIds: number[];
  skipped: Array<{ row: number; field: string; reason: string }>;
  dryRun: boolean;
}
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useImportProjects() {
  const done = useInvalidate();
  return useMutation({
    // CSV text, or an .xlsx workbook sent as it is (the server reads its first sheet).
    mutationFn: ({ body, dryRun }: { body: string | Blob; dryRun: boolean }) =>
      api.post<ImportReport>(
        `/api/projects/import?dryRun=${dryRun}`,
        body,
        typeof body === 'string' ? 'text/csv' : XLSX,
      ),
    onSuccess: (r) => (r.dryRun ? undefined : done()),
  });
}
