import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Jurisdiction } from '../../../../../shared/types/jurisdiction';
import type { Industry, IndustryChain } from '../../../../../shared/types/industry';
import type { Park } from '../../../../../shared/types/park';

const forever = { staleTime: Infinity };
export const useJurisdictions = () =>
  useQuery({
    queryKey: ['jurisdictions'],
    queryFn: () => api.get<Jurisdiction[]>('/api/jurisdictions'),
    staleTime: 30_000,
  });
export const useIndustries = () =>
  useQuery({ queryKey: ['industries'], queryFn: () => api.get<Industry[]>('/api/industries'), ...forever });
export const useChainList = () =>
  useQuery({ queryKey: ['chains'], queryFn: () => api.get<IndustryChain[]>('/api/chains'), ...forever });
export const useParkList = () => useQuery({ queryKey: ['parks'], queryFn: () => api.get<Park[]>('/api/parks') });
