import { lazy, type ComponentType } from 'react';

// One chunk per page: opening the map does not parse the charts, spreadsheet and scenario code
// (echarts and exceljs alone are over a megabyte). Each loader can be started early (preload.ts).

type Loaded = ComponentType;

/**
 * A lazily loaded page whose loader can also be started ahead of rendering. Once its chunk has
 * arrived, the lazy component resolves synchronously: React 19 otherwise suspends on a promise even
 * if it has already settled, and holds the fallback for its 300 ms reveal throttle.
 */
function page<M>(load: () => Promise<M>, pick: (m: M) => Loaded) {
  let loaded: Loaded | null = null;
  let pending: Promise<Loaded> | null = null;
  const start = () => (pending ??= load().then((m) => (loaded = pick(m))));
  const Component = lazy(() => {
    if (loaded) {
      const ready = { default: loaded };
      // A thenable that calls back at once: React reads it as already resolved.
      return { then: (ok: (m: { default: Loaded }) => void) => ok(ready) } as unknown as Promise<{ default: Loaded }>;
    }
    return start().then((c) => ({ default: c }));
  });
  return { Component, preload: () => void start() };
}

const parks = page(
  () => import('./HomePage'),
  (m) => m.HomePage,
);
const map = page(
  () => import('@/features/map/components/MapPage'),
  (m) => m.MapPage,
);
const projects = page(
  () => import('@/features/projects/components/ProjectsPage'),
  (m) => m.ProjectsPage,
);
const quotas = page(
  () => import('@/features/quotas/components/QuotasPage'),
  (m) => m.QuotasPage,
);
const incentives = page(
  () => import('@/features/incentives/components/IncentivesPage'),
  (m) => m.IncentivesPage,
);
const scenarios = page(
  () => import('@/features/scenarios/components/ScenariosPage'),
  (m) => m.ScenariosPage,
);
const workspace = page(
  () => import('@/features/scenarios/components/WorkspacePage'),
  (m) => m.WorkspacePage,
);
const admin = page(
  () => import('@/features/admin/components/AdminPage'),
  (m) => m.AdminPage,
);
const compare = page(
  () => import('@/features/scenarios/components/ComparePage'),
  (m) => m.ComparePage,
);

const afterdeal = page(
  () => import('@/features/afterdeal/components/AfterDealPage'),
  (m) => m.AfterDealPage,
);

export const AfterDealPage = afterdeal.Component;
export const ParksPage = parks.Component;
export const MapPage = map.Component;
export const ProjectsPage = projects.Component;
export const QuotasPage = quotas.Component;
export const IncentivesPage = incentives.Component;
export const ScenariosPage = scenarios.Component;
export const WorkspacePage = workspace.Component;
export const ComparePage = compare.Component;
export const AdminPage = admin.Component;
export const preloadMap = map.preload;
