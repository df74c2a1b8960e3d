import { useRef } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { KEY_ROOTS } from '@/lib/reference-data';
import { api } from '@/lib/api';
import { getParkPlots } from '@/lib/park-plots';
import type { Project } from '@shared/types/project';
import type { IncentivePackage } from '@shared/types/incentive-package';
import type { Page } from '@shared/types/common';
import type { BuildingCollection, PlotCollection } from '../model/map-types';

// Projects, packages and geometry a result names. Kept under this feature's own keys ('scen-ref'), refreshed on
// commit; parks and jurisdictions come from lib/reference-data.
const k = (...xs: unknown[]) => [KEY_ROOTS.scenarioRefs, ...xs];

export const useProjects = () =>
  useQuery({
    queryKey: k('projects'),
    queryFn: () => api.get<Page<Project>>('/api/projects?limit=5000'),
    staleTime: 60_000,
    select: (p) => p.items,
  });
export const usePackages = () =>
  useQuery({
    queryKey: k('packages'),
    queryFn: () => api.get<IncentivePackage[]>('/api/packages?templates=false'),
    staleTime: 60_000,
  });

/** Plots and factory buildings (GeoJSON) of the given parks; the server answers revisits with 304. */
export function useParkGeo(parkIds: number[]) {
  const plots = useQueries({
    queries: parkIds.map((id) => ({
      queryKey: k('plots', id),
      queryFn: (): Promise<PlotCollection> => getParkPlots(id),
      staleTime: 0,
      structuralSharing: false,
    })),
  });
  const buildings = useQueries({
    queries: parkIds.map((id) => ({
      queryKey: k('buildings', id),
      queryFn: () => api.get<BuildingCollection>(`/api/parks/${id}/buildings`),
      staleTime: 0,
      structuralSharing: false,
    })),
  });
  const loading = plots.some((q) => q.isLoading) || buildings.some((q) => q.isLoading);
  return {
    plots: useStable(plots.map((q) => q.data ?? null)),
    buildings: useStable(buildings.map((q) => q.data ?? null)),
    loading,
  };
}

/** The previous array when every element is the same object: the map rebuilds a layer only on new data. */
function useStable<T>(xs: T[]): T[] {
  const ref = useRef<T[]>(xs);
  const prev = ref.current;
  if (prev.length !== xs.length || xs.some((x, i) => x !== prev[i])) ref.current = xs;
  return ref.current;
}
