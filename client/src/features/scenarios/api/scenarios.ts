import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { invalidateOccupancy, invalidatePipeline } from '@/lib/reference-data';
import type { ScenarioView as Scenario, ScenarioSummary } from '@shared/types/scenario';
import type { Levers } from '@shared/schemas/scenario-file';
import type { ScenarioCreate, ScenarioUpdate } from '@shared/schemas/scenario';
import type { ScenarioComparison } from '@shared/scenarios/compare';

export const scenarioKeys = {
  all: ['scenarios'] as const,
  list: ['scenarios', 'list'] as const,
  one: (id: number) => ['scenarios', 'one', id] as const,
  defaults: ['scenarios', 'defaults'] as const,
  compare: (ids: number[]) => ['scenarios', 'compare', ids.join(',')] as const,
};

export const listScenarios = () => api.get<ScenarioSummary[]>('/api/scenarios');
export const getScenario = (id: number) => api.get<Scenario>(`/api/scenarios/${id}`);
export const getDefaults = () => api.get<{ levers: Levers }>('/api/scenarios/defaults');
export const createScenario = (body: Partial<ScenarioCreate> & { name: string }) =>
  api.post<Scenario>('/api/scenarios', body);
export const updateScenario = (id: number, body: ScenarioUpdate) => api.patch<Scenario>(`/api/scenarios/${id}`, body);
export const deleteScenario = (id: number) => api.del<void>(`/api/scenarios/${id}`);
export const duplicateScenario = (id: number) => api.post<Scenario>(`/api/scenarios/${id}/duplicate`);
export const compareScenarios = (ids: number[]) =>
  api.get<ScenarioComparison>(`/api/scenarios/compare?ids=${ids.join(',')}`);
export const commitScenario = (id: number, version: number) =>
  api.post<{
    scenarioId: number;
    committedAt: string;
    plotsReserved: number;
    unitsReserved: number;
    tenants: number;
    buildings: number;
  }>(`/api/scenarios/${id}/commit`, { version });
export const exportUrl = (id: number) => `/api/scenarios/${id}/export.xlsx`;

export const useScenarios = () => useQuery({ queryKey: scenarioKeys.list, queryFn: listScenarios, staleTime: 0 });
export const useScenario = (id: number) =>
  useQuery({ queryKey: scenarioKeys.one(id), queryFn: () => getScenario(id), staleTime: 0 });
export const useDefaults = () =>
  useQuery({ queryKey: scenarioKeys.defaults, queryFn: getDefaults, staleTime: Infinity });
export const useComparison = (ids: number[]) =>
  useQuery({
    queryKey: scenarioKeys.compare(ids),
    queryFn: () => compareScenarios(ids),
    enabled: ids.length >= 2 && ids.length <= 3,
    staleTime: 0,
  });

/** Any write to one scenario refreshes it and the list (KPIs, status) from the server's answer. */
export function useScenarioWrites() {
  const qc = useQueryClient();
  const put = (s: Scenario) => {
    qc.setQueryData(scenarioKeys.one(s.id), s);
    void qc.invalidateQueries({ queryKey: scenarioKeys.list });
  };
  return {
    create: useMutation({ mutationFn: createScenario, onSuccess: put }),
    update: useMutation({
      mutationFn: (a: { id: number; body: ScenarioUpdate }) => updateScenario(a.id, a.body),
      onSuccess: put,
    }),
    duplicate: useMutation({ mutationFn: duplicateScenario, onSuccess: put }),
    remove: useMutation({
      mutationFn: deleteScenario,
      onSuccess: (_v, id) => {
        qc.removeQueries({ queryKey: scenarioKeys.one(id) });
        void qc.invalidateQueries({ queryKey: scenarioKeys.list });
      },
    }),
    commit: useMutation({
      mutationFn: (a: { id: number; version: number }) => commitScenario(a.id, a.version),
      onSuccess: (_r, a) => {
        void qc.invalidateQueries({ queryKey: scenarioKeys.all });
        // Reserved plots change the map and the parks' figures; placed projects change the pipeline.
        void invalidateOccupancy(qc);
        void invalidatePipeline(qc);
        void a;
      },
    }),
  };
}
