import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { cancelJob, getJob, type SolveJob } from './solve';

export const startFocus = (scenarioId: number, thetas?: number[]) =>
  api.post<SolveJob>(`/api/scenarios/${scenarioId}/focus`, thetas ? { thetas } : {});

const POLL_MS = 600;

/**
 * One scenario's price-of-focus curve: start answers at once with a job, polled until it ends; its
 * points fill in as their solves finish. Nothing is saved to the scenario, so nothing is reloaded.
 */
export function useFocus(scenarioId: number) {
  const qc = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const job = useQuery({
    queryKey: ['focus-job', scenarioId, jobId],
    queryFn: () => getJob(jobId!),
    enabled: jobId != null,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'running' ? false : POLL_MS),
    staleTime: 0,
  });
  const start = async (thetas?: number[]) => {
    setStartError(null);
    try {
      const j = await startFocus(scenarioId, thetas);
      qc.setQueryData(['focus-job', scenarioId, j.id], j);
      setJobId(j.id);
    } catch (e) {
      setStartError(e);
    }
  };
  const cancel = async () => {
    if (!jobId) return;
    const j = await cancelJob(jobId).catch(() => null);
    if (j) qc.setQueryData(['focus-job', scenarioId, jobId], j);
  };
  return { job: job.data ?? null, running: job.data?.status === 'running', start, cancel, startError };
}
