import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Building, Plot, Unit } from '@shared/types/park';
import type { Enterprise } from '@shared/types/enterprise';
import type { AuditEvent } from '@shared/types/user';
import type { GradeResult } from '@shared/efficiency';
import type { Page } from '@shared/types/common';
import type { PlotLandUse } from '@shared/land-use';

export const detailKeys = {
  plot: (id: number) => ['map', 'plot', id] as const,
  history: (id: number) => ['map', 'plot-history', id] as const,
  landUse: (id: number) => ['map', 'plot-land-use', id] as const,
  building: (id: number) => ['map', 'building', id] as const,
  enterprise: (id: number) => ['map', 'enterprise', id] as const,
  grade: (id: number) => ['map', 'grade', id] as const,
  search: (q: string) => ['map', 'search', q] as const,
  enterpriseSearch: (q: string) => ['map', 'enterprise-search', q] as const,
};

export const usePlot = (id: number | null) =>
  useQuery({
    queryKey: detailKeys.plot(id ?? 0),
    queryFn: () => api.get<Plot>(`/api/plots/${id}`),
    enabled: id != null,
    staleTime: 0,
  });

/** The plot's land-use indicators with the national limits and what breaks them (国土资发〔2008〕24号). */
export const usePlotLandUse = (id: number | null) =>
  useQuery({
    queryKey: detailKeys.landUse(id ?? 0),
    queryFn: () => api.get<PlotLandUse>(`/api/plots/${id}/land-use`),
    enabled: id != null,
    staleTime: 0,
  });

export const usePlotHistory = (id: number | null) =>
  useQuery({
    queryKey: detailKeys.history(id ?? 0),
    queryFn: () => api.get<AuditEvent[]>(`/api/plots/${id}/history`),
    enabled: id != null,
    staleTime: 0,
  });

export type BuildingWithUnits = Building & { units: Unit[] };
export const useBuilding = (id: number | null) =>
  useQuery({
    queryKey: detailKeys.building(id ?? 0),
    queryFn: () => api.get<BuildingWithUnits>(`/api/buildings/${id}`),
    enabled: id != null,
  });

export const getEnterprise = (id: number) => api.get<Enterprise>(`/api/enterprises/${id}`);
export const useEnterprise = (id: number | null) =>
  useQuery({ queryKey: detailKeys.enterprise(id ?? 0), queryFn: () => getEnterprise(id!), enabled: id != null });

export const useGrade = (enterpriseId: number | null) =>
  useQuery({
    queryKey: detailKeys.grade(enterpriseId ?? 0),
    queryFn: () => api.get<{ grade: GradeResult | null }>(`/api/map/grades/${enterpriseId}`),
    enabled: enterpriseId != null,
  });

export interface MapSearchResult {
  plots: Array<{ id: number; parkId: number; code: string; status: string }>;
  enterprises: Array<{ id: number; name: string; nameEn: string; parkIds: number[] }>;
}
export const useMapSearch = (q: string) =>
  useQuery({
    queryKey: detailKeys.search(q),
    queryFn: () => api.get<MapSearchResult>(`/api/map/search?q=${encodeURIComponent(q)}`),
    enabled: q.trim().length >= 2,
  });

/** Enterprises by name, for choosing a plot's occupant. */
export const useEnterpriseSearch = (q: string) =>
  useQuery({
    queryKey: detailKeys.enterpriseSearch(q),
    queryFn: () => api.get<Page<Enterprise>>(`/api/enterprises?q=${encodeURIComponent(q)}&limit=8`),
    enabled: q.trim().length >= 1,
  });
