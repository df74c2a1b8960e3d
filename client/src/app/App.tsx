import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AuthProvider } from './auth';
import { Layout } from './Layout';
import { ParksPage } from '../features/parks/components/ParksPage';
import { MapPage } from '../features/map/components/MapPage';
import { ProjectsPage } from '../features/projects/components/ProjectsPage';
import { QuotasPage } from '../features/quotas/components/QuotasPage';
import { IncentivesPage } from '../features/incentives/components/IncentivesPage';
import { ScenariosPage } from '../features/scenarios/components/ScenariosPage';
import { WorkspacePage } from '../features/scenarios/components/WorkspacePage';
import { ComparePage } from '../features/scenarios/components/ComparePage';

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } } });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<ParksPage />} />
              <Route path="/map" element={<MapPage />} />
              <Route path="/projects" element={<ProjectsPage />} />
              <Route path="/quotas" element={<QuotasPage />} />
              <Route path="/incentives" element={<IncentivesPage />} />
              <Route path="/scenarios" element={<ScenariosPage />} />
              <Route path="/scenarios/compare" element={<ComparePage />} />
              <Route path="/scenarios/:id" element={<WorkspacePage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </QueryClientProvider>
  );
}
