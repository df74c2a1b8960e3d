import type { IncentivePackage } from '../types/incentive-package';
import type { Park } from '../types/park';
import type { Project } from '../types/project';
import { checkCompliance, type FinanceSettings } from '../incentives';

/**
 * The parks among `parks` where the package breaks no rule (no compliance error): land at or
 * above that park's grade floor, the project's intensity at or above the national minimum for
 * that region class. A package sized on one park may be unlawful in a park of a better grade of
 * the same county, so the engine must not place it there. Returns `{}` when every park is
 * lawful (the file's field stays absent), else `{ parkIds }`, possibly empty.
 */
export function lawfulParkIds(
  k: Pick<IncentivePackage, 'components'>,
  project: Pick<Project, 'investmentWan' | 'taxWan' | 'landNeedMu'>,
  parks: readonly Park[],
  gbtGroup: number | null,
  settings: FinanceSettings,
): { parkIds?: number[] } {
  const ok = parks.filter(
    (park) =>
      !checkCompliance({ components: k.components, project, park, gbtGroup, settings }).some(
        (w) => w.severity === 'error',
      ),
  );
  return ok.length === parks.length ? {} : { parkIds: ok.map((p) => p.id) };
}
