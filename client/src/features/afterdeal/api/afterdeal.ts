import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api';
import type { AgreementView, LeaseView } from '@shared/types/agreement';
import type { EfficiencyReview } from '@shared/types/efficiency-review';
import type { LandFlag } from '@shared/agreements/land-flags';

const q = (o: Record<string, number | undefined>) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

export const useAgreements = (jurisdictionId?: number) =>
  useQuery({
    queryKey: ['agreements', jurisdictionId ?? 0],
    queryFn: () => api.get<AgreementView[]>(`/api/agreements?${q({ jurisdictionId })}`),
  });

export const useExpiringLeases = (months: number, jurisdictionId?: number) =>
  useQuery({
    queryKey: ['leases-expiring', months, jurisdictionId ?? 0],
    queryFn: () => api.get<LeaseView[]>(`/api/leases/expiring?${q({ months, jurisdictionId })}`),
  });

export const useLandFlags = (jurisdictionId?: number) =>
  useQuery({
    queryKey: ['land-flags', jurisdictionId ?? 0],
    queryFn: () => api.get<LandFlag[]>(`/api/land-flags?${q({ jurisdictionId })}`),
  });

/** The kept review of (county, year), or null when none was run yet (404). */
export const reviewKey = (jurisdictionId: number, year: number) => ['efficiency-review', jurisdictionId, year] as const;
export const useReview = (jurisdictionId: number, year: number) =>
  useQuery({
    queryKey: reviewKey(jurisdictionId, year),
    queryFn: () =>
      api
        .get<EfficiencyReview>(`/api/efficiency/reviews?${q({ jurisdictionId, year })}`)
        .catch((e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
  });

export function useRunReview() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { jurisdictionId: number; year: number }) =>
      api.post<EfficiencyReview>('/api/efficiency/reviews', b),
    onSuccess: (r) => qc.setQueryData(reviewKey(r.jurisdictionId, r.year), r),
  });
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Uploads a filings workbook; a refusal comes back as ApiError with details.problems (row, column, reason). */
export function useImportFilings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      api.post<import('@shared/schemas/filing').FilingImportReport>(
        '/api/filings/import',
        file,
        file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['agreements'] }),
  });
}
