import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from './api';
import type { Jurisdiction } from '@shared/types/jurisdiction';
import type { Industry, IndustryChain } from '@shared/types/industry';
import type { ParkWithSummary } from '@shared/types/park-summary';

/**
 * The city's reference tables, fetched once for every feature: one key, one response type and one
 * staleness each. Parks carry live summaries (occupancy changes with every commit or edit), so they
 * go stale quickly; jurisdictions change when quotas are set; the industry catalogue and the chains
 * change only with a data release, so they are never refetched within a session.
 */
export const referenceKeys = {
  all: ['reference'] as const,
  parks: ['reference', 'parks'] as const,
  jurisdictions: ['reference', 'jurisdictions'] as const,
  industries: ['reference', 'industries'] as const,
  chains: ['reference', 'chains'] as const,
};

const STALE_MS = { parks: 30_000, jurisdictions: 300_000, industries: Infinity, chains: Infinity } as const;

export const parksQuery = {
  queryKey: referenceKeys.parks,
  queryFn: () => api.get<ParkWithSummary[]>('/api/parks'),
  staleTime: STALE_MS.parks,
};

export const useParks = () => useQuery(parksQuery);

export const useJurisdictions = (enabled = true) =>
  useQuery({
    queryKey: referenceKeys.jurisdictions,
    queryFn: () => api.get<Jurisdiction[]>('/api/jurisdictions'),
    staleTime: STALE_MS.jurisdictions,
    enabled,
  });

export const useIndustries = () =>
  useQuery({
    queryKey: referenceKeys.industries,
    queryFn: () => api.get<Industry[]>('/api/industries'),
    staleTime: STALE_MS.industries,
  });

export const useChains = () =>
  useQuery({
    queryKey: referenceKeys.chains,
    queryFn: () => api.get<IndustryChain[]>('/api/chains'),
    staleTime: STALE_MS.chains,
  });

/** After a write that changes occupancy (commit, edit, import): the parks' summaries are stale. */
export const invalidateParks = (qc: QueryClient) => qc.invalidateQueries({ queryKey: referenceKeys.parks });
/** After quotas or retained shares change. */
export const invalidateJurisdictions = (qc: QueryClient) =>
  qc.invalidateQueries({ queryKey: referenceKeys.jurisdictions });

/**
 * Key roots of the features' own caches. A write in one feature that changes what another shows
 * invalidates through the named functions below, never by the other feature's key literal.
 */
export const KEY_ROOTS = {
  map: 'map',
  projects: 'projects',
  quotas: 'quotas',
  funnel: 'funnel',
  scenarioRefs: 'scen-ref',
} as const;

/** Occupancy changed (scenario commit, plot edit, import): maps, park summaries, what scenarios name. */
export const invalidateOccupancy = (qc: QueryClient) =>
  Promise.all([
    invalidateParks(qc),
    qc.invalidateQueries({ queryKey: [KEY_ROOTS.map] }),
    qc.invalidateQueries({ queryKey: [KEY_ROOTS.scenarioRefs] }),
  ]);

/** The pipeline changed (a project's stage or figures): the lists, the quota board, the funnel, park summaries. */
export const invalidatePipeline = (qc: QueryClient) =>
  Promise.all([
    invalidateParks(qc),
    qc.invalidateQueries({ queryKey: [KEY_ROOTS.projects] }),
    qc.invalidateQueries({ queryKey: [KEY_ROOTS.quotas] }),
    qc.invalidateQueries({ queryKey: [KEY_ROOTS.funnel] }),
  ]);
