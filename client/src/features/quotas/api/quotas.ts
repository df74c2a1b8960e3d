import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { QuotaBoard } from '@shared/pipeline';
import type { Jurisdiction } from '@shared/types/jurisdiction';
import { invalidateJurisdictions, KEY_ROOTS } from '@/lib/reference-data';
import type { QuotasPut } from '@shared/schemas/quota';

export const quotasKey = (year: number) => [KEY_ROOTS.quotas, year] as const;
export const useQuotaBoard = (year: number) =>
  useQuery({ queryKey: quotasKey(year), queryFn: () => api.get<QuotaBoard>(`/api/quotas?year=${year}`) });

export function usePutQuotas() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: QuotasPut }) =>
      api.put<Jurisdiction>(`/api/jurisdictions/${id}/quotas`, body),
    onSuccess: () => Promise.all([qc.invalidateQueries({ queryKey: [KEY_ROOTS.quotas] }), invalidateJurisdictions(qc)]),
  });
}
