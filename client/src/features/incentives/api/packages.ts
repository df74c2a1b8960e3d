import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { IncentivePackage } from '@shared/types/incentive-package';
import type { Park } from '@shared/types/park';
import type { IncentivePackageDraft } from '@shared/incentives';
import type { IncentivePackageCreate, IncentivePackageUpdate } from '@shared/schemas/incentive-package';

export const projectPackagesKey = (projectId: number) => ['packages', { projectId }] as const;
export const getProjectPackages = (projectId: number) =>
  api.get<IncentivePackage[]>(`/api/packages?projectId=${projectId}`);
export const useProjectPackages = (projectId: number | null) =>
  useQuery({
    queryKey: projectPackagesKey(projectId ?? 0),
    queryFn: () => getProjectPackages(projectId!),
    enabled: projectId != null,
    retry: false,
  });

export interface TemplatesResponse {
  park: Park;
  drafts: IncentivePackageDraft[];
}
export const templatesKey = (projectId: number, parkId: number | null) =>
  ['packages', 'templates', projectId, parkId] as const;
export const getTemplates = (projectId: number, parkId: number | null) =>
  api.get<TemplatesResponse>(`/api/packages/templates?projectId=${projectId}${parkId ? `&parkId=${parkId}` : ''}`);
export const useTemplates = (projectId: number | null, parkId: number | null) =>
  useQuery({
    queryKey: templatesKey(projectId ?? 0, parkId),
    queryFn: () => getTemplates(projectId!, parkId),
    enabled: projectId != null,
    retry: false,
  });

export type SavePackage = { id: null; body: IncentivePackageCreate } | { id: number; body: IncentivePackageUpdate };

export const savePackage = (p: SavePackage) =>
  p.id === null
    ? api.post<IncentivePackage>('/api/packages', p.body)
    : api.patch<IncentivePackage>(`/api/packages/${p.id}`, p.body);

/** Saves (creates or updates with its version) and refreshes the project's saved packages. */
export function useSavePackage(projectId: number | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: savePackage,
    onSuccess: () => qc.invalidateQueries({ queryKey: projectPackagesKey(projectId ?? 0) }),
  });
}

export const deletePackage = (id: number) => api.del<void>(`/api/packages/${id}`);

/**
 * Deletes a saved package. The list is refreshed whatever the outcome: after a refusal such as
 * 404 (someone else deleted it) the list shown is stale too.
 */
export function useDeletePackage(projectId: number) {
  const qc = useQueryClient();
  const key = projectPackagesKey(projectId);
  return useMutation({
    mutationFn: deletePackage,
    onSuccess: (_r, id) => qc.setQueryData<IncentivePackage[]>(key, (list) => list?.filter((p) => p.id !== id)),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });
}
