import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api';
import type { SolveJob } from '@shared/types/solve-job';
import { scenarioKeys } from './scenarios';

export type { SolveJob };

export const startSolve = (scenarioId: number) => api.post<SolveJob>(`/api/scenarios/${scenarioId}/solve`);
export const getJob = (jobId: string) => api.get<SolveJob>(`/api/solve-jobs/${jobId}`);
export const cancelJob = (jobId: string) => api.post<SolveJob>(`/api/solve-jobs/${jobId}/cancel`);

const POLL_MS = 400;

/**
 * One scenario's solve: start answers at once with a job; the job is polled until it ends, then the
 * scenario (now holding the verified result) and the list are reloaded. A solve already running
 * for this scenario (409 ALREADY_SOLVING) is followed rather than reported as an error.
 */
export function useSolve(scenarioId: number) {
  const qc = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const job = useQuery({
    queryKey: ['solve-job', jobId],
    queryFn: () => getJob(jobId!),
    enabled: jobId != null,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : POLL_MS),
    staleTime: 0,
  });
  const status = job.data?.status;
  useEffect(() => {
    if (status && status !== 'running') {
      void qc.invalidateQueries({ queryKey: scenarioKeys.one(scenarioId) });
      void qc.invalidateQueries({ queryKey: scenarioKeys.list });
    }
  }, [status, qc, scenarioId]);

  const start = async () => {
    setStartError(null);
    setStarting(true);
    try {
      const j = await startSolve(scenarioId);
      qc.setQueryData(['solve-job', j.id], j);
      setJobId(j.id);
    } catch (e) {
      const running =
        e instanceof ApiError && e.code === 'ALREADY_SOLVING'
          ? (e.details as { jobId?: string } | undefined)?.jobId
          : undefined;
      if (running) setJobId(running);
      else setStartError(e);
    } finally {
      setStarting(false);
    }
  };
  const cancel = async () => {
    if (!jobId) return;
    const j = await cancelJob(jobId).catch(() => null);
    if (j) qc.setQueryData(['solve-job', jobId], j);
  };
  const running = starting || status === 'running';
  return { job: job.data ?? null, running, start, cancel, startError, clear: () => setJobId(null) };
}
