import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { getParkPlots } from '@/lib/park-plots';
import type { ChainMap } from '@shared/types/park-summary';
import type { BuildingCollection, PlotCollection } from '../model/types';

export interface MapConfig {
  tileHosts: string[];
  tiandituKey: string | null;
}

export const mapKeys = {
  config: ['map', 'config'] as const,
  plots: (parkId: number) => ['map', 'plots', parkId] as const,
  buildings: (parkId: number) => ['map', 'buildings', parkId] as const,
  chainMap: (parkId: number) => ['map', 'chain-map', parkId] as const,
};

export const mapConfigQuery = {
  queryKey: mapKeys.config,
  queryFn: () => api.get<MapConfig>('/api/config/map'),
  staleTime: Infinity,
};
export const useMapConfig = () => useQuery(mapConfigQuery);

// Plots come packed (lib/park-plots); the browser's HTTP cache and the server's ETag make a revisit a 304.
// structuralSharing is off: deep-comparing 20,000 polygons costs more than redrawing them.
export const plotsQuery = (parkId: number) => ({
  queryKey: mapKeys.plots(parkId),
  queryFn: (): Promise<PlotCollection> => getParkPlots(parkId),
  structuralSharing: false,
});
export const usePlots = (parkId: number | null) => useQuery({ ...plotsQuery(parkId ?? 0), enabled: parkId != null });

export const buildingsQuery = (parkId: number) => ({
  queryKey: mapKeys.buildings(parkId),
  queryFn: () => api.get<BuildingCollection>(`/api/parks/${parkId}/buildings`),
  structuralSharing: false,
});
export const useBuildings = (parkId: number | null) =>
  useQuery({ ...buildingsQuery(parkId ?? 0), enabled: parkId != null });

export const useChainMap = (parkId: number | null) =>
  useQuery({
    queryKey: mapKeys.chainMap(parkId ?? 0),
    queryFn: () => api.get<ChainMap[]>(`/api/parks/${parkId}/chain-map`),
    enabled: parkId != null,
  });
