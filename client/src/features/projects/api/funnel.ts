import { useQuery } from '@tanstack/react-query';
import { KEY_ROOTS } from '@/lib/reference-data';
import { api } from '@/lib/api';
import type { Funnel } from '@shared/pipeline';

export const funnelKey = [KEY_ROOTS.funnel] as const;
export const useFunnel = () =>
  useQuery({ queryKey: funnelKey, queryFn: () => api.get<Funnel>('/api/pipeline/funnel') });
