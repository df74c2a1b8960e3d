import { insertAll, orderBy } from '../construct';
import { forcePlace } from '../force';
import { warmLimitMs, WARM_KEPT_SHARE } from '../schedule';
import { lns } from '../search';
import { shortfallMessage } from '../shortfall';
import { repairStartPlan } from '../start';
import { State } from '../state';
import { endStage, scheduleFor, type SolveContext } from './context';

/** Greedy by value; must-place projects first when that places more of them; the rest forced in. */
function greedyStart(c: SolveContext): void {
  const { m, placeable, maxValue, rng } = c;
  c.best = new State(m);
  insertAll(
    c.best,
    orderBy(c.best, placeable, (p) => maxValue[p]),
    null,
  );
  c.planned = true;
  if (!c.best.mustMissing().length) return;
  // Must-place projects first, largest first, then the rest: packs awkward pins before anything else.
  const alt = new State(m);
  insertAll(
    alt,
    orderBy(alt, placeable, (p) => (m.projects[p].must ? 1e12 : 0) + maxValue[p]),
    null,
  );
  if (alt.mustMissing().length <= c.best.mustMissing().length) c.best = alt;
  // Still missing (typically non-dominant ones in parks without dominant area): force them in,
  // pulling dominant projects into their parks.
  for (let round = 0; round < 2; round++)
    for (const p of c.best.mustMissing()) forcePlace(c.best, p, null, maxValue, rng, () => false);
}

/**
 * A re-solve starts from the previous plan repaired to the new rules, and keeps it unless
 * something better is found: pins, exclusions or lever changes never lose what the user had.
 */
function warmStart(c: SolveContext): void {
  const plan = c.file.startPlan;
  if (!plan?.length) return;
  const { m, placeable, maxValue, rng } = c;
  const start = repairStartPlan(m, plan);
  insertAll(
    start.state,
    orderBy(start.state, placeable, (p) => maxValue[p]),
    null,
  );
  for (const p of start.state.mustMissing()) forcePlace(start.state, p, null, maxValue, rng, () => false);
  const missing = (st: State) => st.mustMissing().length;
  if (
    missing(start.state) < missing(c.best) ||
    (missing(start.state) === missing(c.best) && start.state.objective() >= c.best.objective())
  )
    c.best = start.state;
  // The start plan is already a polished plan: when nearly all of it holds, the search only has
  // to absorb the change, and a shorter schedule (warmTimeShare of the limit) is enough.
  if (c.best === start.state && start.kept >= WARM_KEPT_SHARE * plan.length)
    c.schedule = scheduleFor(m, warmLimitMs(c.schedule.limitMs, c.settings.warmTimeShare), c.settings);
  c.warnings.push(
    start.dropped.length
      ? { code: 'start_repaired', params: { kept: start.kept, dropped: start.dropped } }
      : { code: 'start_kept', params: { kept: start.kept } },
  );
}

/**
 * A short search that may move everything else to make room (it scores missing must-place projects
 * at −10¹²); what still does not fit goes to the land shortfall report (part 2).
 */
function makeRoomForMustPlace(c: SolveContext): void {
  if (!c.best.mustMissing().length) return;
  const { m, rng, maxValue, elapsed } = c;
  const { repair } = c.schedule;
  lns(c.best.clone(), c.best, {
    rng,
    prices: null,
    score: maxValue,
    stop: () => !c.best.mustMissing().length || elapsed() > repair.endMs,
    maxIterations: repair.maxIterations,
    patience: repair.patience,
  });
  for (const p of c.best.mustMissing()) {
    c.shortfall.push({ projectId: m.projects[p].id, message: shortfallMessage(m, c.best, p) });
    m.projects[p].must = false;
  }
}

/** Stage 2, construct: a first plan (greedy, or the repaired start plan) and the land shortfall. */
export function construct(c: SolveContext): void {
  greedyStart(c);
  warmStart(c);
  makeRoomForMustPlace(c);
  if (c.shortfall.length)
    c.warnings.push({ code: 'plan_partial', params: { projectIds: c.shortfall.map((x) => x.projectId) } });
  endStage(c, 'construct');
}
