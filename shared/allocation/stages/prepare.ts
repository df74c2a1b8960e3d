import type { ScenarioFile } from '../../schemas/scenario-file';
import { buildModel } from '../model';
import { checkPairs } from '../parse';
import { shortfallMessage } from '../shortfall';
import { dropStaleRefs } from '../stale';
import { State } from '../state';
import type { ShortfallEntry } from '../types';
import { createContext, endStage, type SolveContext, type SolveSettings } from './context';

/** Stage 1, model: stale references dropped, pairs pre-filtered and sites grouped, size checked. */
export function prepare(input: ScenarioFile, settings: SolveSettings, clock: () => number): SolveContext {
  // Pins naming space or projects that are gone are dropped with a warning, not refused.
  const { file, warnings } = dropStaleRefs(input);
  const t0 = clock();
  const elapsed = () => clock() - t0;
  const stageStart = elapsed();
  const m = buildModel(file);
  if (settings.maxPairs !== undefined)
    checkPairs(m.pairsAfter, { maxSites: Infinity, maxProjects: Infinity, maxPairs: settings.maxPairs });
  // Land shortfall, part 1: must-place projects with no option at all. They leave the must-place
  // rule of the model solved (its bound and its verification excuse them) and are reported.
  const shortfall: ShortfallEntry[] = [];
  m.projects.forEach((pj, p) => {
    if (pj.must && !pj.slots.length) {
      shortfall.push({ projectId: pj.id, message: shortfallMessage(m, new State(m), p) });
      pj.must = false;
    }
  });
  const c = createContext({ file, m, settings, clock, elapsed, stageStart, warnings: [...warnings], shortfall });
  endStage(c, 'model');
  return c;
}
