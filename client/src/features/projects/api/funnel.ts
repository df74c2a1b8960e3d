import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Funnel } from '../../../../../shared/pipeline';

export const funnelKey = ['funnel'] as const;
export const useFunnel = () =>
  useQuery({ queryKey: funnelKey, queryFn: () => api.get<Funnel>('/api/pipeline/funnel') });
