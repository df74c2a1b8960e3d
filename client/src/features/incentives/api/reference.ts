import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Jurisdiction } from '../../../../../shared/types/jurisdiction';
import type { Industry } from '../../../../../shared/types/industry';
import type { Park } from '../../../../../shared/types/park';

// Reference tables the finance settings and compliance checks read; small and rarely changed.
export const jurisdictionsKey = ['jurisdictions'] as const;
export const useJurisdictions = () =>
  useQuery({
    queryKey: jurisdictionsKey,
    queryFn: () => api.get<Jurisdiction[]>('/api/jurisdictions'),
    staleTime: Infinity,
  });

export const industriesKey = ['industries'] as const;
export const useIndustries = () =>
  useQuery({ queryKey: industriesKey, queryFn: () => api.get<Industry[]>('/api/industries'), staleTime: Infinity });

/** Same key as the parks feature's list (same response), so the cache is shared. */
export const parksKey = ['parks'] as const;
export const useParkList = () => useQuery({ queryKey: parksKey, queryFn: () => api.get<Park[]>('/api/parks') });
