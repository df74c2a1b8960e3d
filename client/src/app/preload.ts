import type { QueryClient } from '@tanstack/react-query';
import { buildingsQuery, mapConfigQuery, plotsQuery } from '@/features/map/api/map-data';
import { parksQuery } from '@/lib/reference-data';
import { preloadMap } from './pages';

/**
 * Starts what the first screen will need before React has rendered anything: a link to a park's map
 * (the screen people open most, and the heaviest) fetches the page's code, the park list and the
 * park's plots while the session is still being checked, instead of one after the other. Without a
 * session these requests fail quietly and the map asks again after sign-in.
 */
export function preloadFor(location: Location, queryClient: QueryClient): void {
  if (location.pathname !== '/map') return;
  preloadMap();
  const quiet = { retry: false } as const;
  void queryClient.prefetchQuery({ ...parksQuery, ...quiet });
  void queryClient.prefetchQuery({ ...mapConfigQuery, ...quiet });
  const park = Number(new URLSearchParams(location.search).get('park'));
  if (!Number.isInteger(park) || park <= 0) return;
  void queryClient.prefetchQuery({ ...plotsQuery(park), ...quiet });
  void queryClient.prefetchQuery({ ...buildingsQuery(park), ...quiet });
}
