import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Page } from '@shared/types/common';
import type { Project } from '@shared/types/project';

/** The pipeline search of the project picker (name or investor). */
export const projectSearchKey = (q: string) => ['incentives', 'project-search', q] as const;
export const searchProjects = (q: string) =>
  api.get<Page<Project>>(`/api/projects?limit=30${q ? `&q=${encodeURIComponent(q)}` : ''}`);
export const useProjectSearch = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: projectSearchKey(q),
    queryFn: () => searchProjects(q),
    enabled,
    placeholderData: keepPreviousData,
  });

export const projectKey = (id: number) => ['projects', id] as const;
export const getProject = (id: number) => api.get<Project>(`/api/projects/${id}`);
export const useProject = (id: number | null) =>
  useQuery({ queryKey: projectKey(id ?? 0), queryFn: () => getProject(id!), enabled: id != null });
