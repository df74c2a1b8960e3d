import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AuthProvider } from './auth';
import { Layout } from './Layout';
import {
  AdminPage,
  AfterDealPage,
  ComparePage,
  IncentivesPage,
  MapPage,
  ParksPage,
  ProjectsPage,
  QuotasPage,
  ScenariosPage,
  WorkspacePage,
} from './pages';
import { preloadFor } from './preload';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});
preloadFor(window.location, queryClient);

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
              <Route path="/after-deal" element={<AfterDealPage />} />
              <Route path="/admin" element={<AdminPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </QueryClientProvider>
  );
}
