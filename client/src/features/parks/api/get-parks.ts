import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ParkWithSummary } from '../../../../../shared/types/park-summary';
import type { IndustryChain } from '../../../../../shared/types/industry';

export const parksQueryKey = ['parks'] as const;
export const getParks = () => api.get<ParkWithSummary[]>('/api/parks');
export const useParks = () => useQuery({ queryKey: parksQueryKey, queryFn: getParks });

export const chainsQueryKey = ['chains'] as const;
export const getChains = () => api.get<IndustryChain[]>('/api/chains');
export const useChains = () => useQuery({ queryKey: chainsQueryKey, queryFn: getChains, staleTime: Infinity });
