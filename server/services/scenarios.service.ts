import type { Ctx } from './context';
import type { User } from '../../shared/types/user';
import type { ScenarioSummary, ScenarioView } from '../../shared/types/scenario';
import {
  SCENARIO_DEFAULT_LEVERS,
  mergeLevers,
  type ScenarioCreate,
  type ScenarioUpdate,
} from '../../shared/schemas/scenario';
import { scenariosRepo, type ScenarioRow } from '../repositories/scenarios.repo';
import { projectsRepo } from '../repositories/projects.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { auditRepo } from '../repositories/audit.repo';
import { found } from './not-found';
import { seesFinancials } from './access';
import { AppError } from '../../shared/errors';
import { MONEY_KPIS, scenarioKpis, withholdMoney } from '../../shared/scenarios/kpis';
import { withholdResultMoney } from '../../shared/allocation/view';
import { compareScenarios } from '../../shared/scenarios/compare';
import type { EntityManager } from 'typeorm';

/** A scenario touches the counties in its scope; the whole city (empty scope) is the administrator's. */
export function assertScope(user: User, jurisdictionIds: number[]): void {
  if (user.role === 'admin') return;
  if (user.role === 'viewer') throw new AppError('FORBIDDEN', 'viewers cannot make changes', 403);
  if (jurisdictionIds.length === 0)
    throw new AppError('FORBIDDEN', 'only a city administrator may plan for the whole city', 403);
  const foreign = jurisdictionIds.filter((j) => !user.jurisdictionIds.includes(j));
  if (foreign.length)
    throw new AppError('FORBIDDEN', `you may not plan for jurisdiction ${foreign.join(', ')}`, 403, {
      jurisdictionIds: foreign,
    });
}

const nowIso = () => new Date().toISOString();

/** Scenario drafts and results feed no cached read (maps, summaries): keep those caches warm. */
export const SCENARIO_ONLY = { invalidatesReads: false } as const;

/** Viewers see what goes where, not the money: every figure of the result is null for them. */
function redact(user: User, s: ScenarioRow): ScenarioView {
  const { basis: _b, ...rest } = s;
  if (seesFinancials(user) || !rest.result) return rest;
  return { ...rest, result: withholdResultMoney(rest.result) };
}

async function projectFigures(m: EntityManager) {
  return new Map((await projectsRepo.all(m)).map((p) => [p.id, { jobs: p.jobs, investmentWan: p.investmentWan }]));
}

async function assertJurisdictions(m: EntityManager, ids: number[]): Promise<void> {
  const known = new Set((await referenceRepo.jurisdictions(m)).map((j) => j.id));
  const bad = ids.filter((id) => !known.has(id));
  if (bad.length) throw new AppError('NOT_FOUND', `jurisdictionIds: ${bad.join(', ')} do not exist`, 404);
}

export const scenariosService = {
  async list(ctx: Ctx): Promise<ScenarioSummary[]> {
    const [rows, figures] = await Promise.all([scenariosRepo.list(ctx.db.read), projectFigures(ctx.db.read)]);
    return rows.map(({ result, basis: _b, ...s }) => ({
      ...s,
      kpis: result && seesFinancials(ctx.user) ? scenarioKpis(result, figures) : null,
    }));
  },
  async get(ctx: Ctx, id: number): Promise<ScenarioView> {
    return redact(ctx.user, found(await scenariosRepo.get(ctx.db.read, id), 'scenario', id));
  },
  async row(ctx: Ctx, id: number): Promise<ScenarioRow> {
    return found(await scenariosRepo.get(ctx.db.read, id), 'scenario', id);
  },
  create: (ctx: Ctx, data: ScenarioCreate): Promise<ScenarioView> =>
    ctx.db.write(async (m) => {
      assertScope(ctx.user, data.jurisdictionIds);
      await assertJurisdictions(m, data.jurisdictionIds);
      const at = nowIso();
      const s = await scenariosRepo.create(m, {
        name: data.name,
        jurisdictionIds: data.jurisdictionIds,
        levers: mergeLevers(SCENARIO_DEFAULT_LEVERS, data.levers),
        pins: data.pins,
        exclusions: data.exclusions,
        status: 'draft',
        createdBy: ctx.user.id,
        createdAt: at,
        updatedAt: at,
        solvedAt: null,
        committedAt: null,
      });
      await auditRepo.record(m, ctx.user, {
        action: 'create',
        entity: 'scenario',
        entityId: s.id,
        after: { name: s.name, jurisdictionIds: s.jurisdictionIds },
      });
      return redact(ctx.user, s);
    }, SCENARIO_ONLY),
  update: (ctx: Ctx, id: number, { version, ...patch }: ScenarioUpdate): Promise<ScenarioView> =>
    ctx.db.write(async (m) => {
      const before = found(await scenariosRepo.get(m, id), 'scenario', id);
      assertScope(ctx.user, before.jurisdictionIds);
      if (patch.jurisdictionIds) {
        assertScope(ctx.user, patch.jurisdictionIds);
        await assertJurisdictions(m, patch.jurisdictionIds);
      }
      if (before.status === 'committed')
        throw new AppError('COMMITTED', 'a committed scenario cannot change; duplicate it to make a variant', 409);
      const row: Record<string, unknown> = { updatedAt: nowIso() };
      if (patch.name !== undefined) row.name = patch.name;
      if (patch.jurisdictionIds !== undefined) row.jurisdictionIds = patch.jurisdictionIds;
      if (patch.levers !== undefined) row.levers = mergeLevers(before.levers, patch.levers);
      if (patch.pins !== undefined) row.pins = patch.pins;
      if (patch.exclusions !== undefined) row.exclusions = patch.exclusions;
      // Anything but a rename changes what the engine would say: the old result is kept but marked stale.
      const changesInput = ['jurisdictionIds', 'levers', 'pins', 'exclusions'].some((k) => k in row);
      if (changesInput && before.result) {
        row.status = 'draft';
        row.result = scenariosRepo.resultDoc(before.result, true);
      }
      await scenariosRepo.update(m, id, version, row);
      const after = (await scenariosRepo.get(m, id))!;
      await auditRepo.record(m, ctx.user, {
        action: 'update',
        entity: 'scenario',
        entityId: id,
        before: { levers: before.levers, pins: before.pins, exclusions: before.exclusions },
        after: { levers: after.levers, pins: after.pins, exclusions: after.exclusions },
      });
      return redact(ctx.user, after);
    }, SCENARIO_ONLY),
  duplicate: (ctx: Ctx, id: number): Promise<ScenarioView> =>
    ctx.db.write(async (m) => {
      const src = found(await scenariosRepo.get(m, id), 'scenario', id);
      assertScope(ctx.user, src.jurisdictionIds);
      const at = nowIso();
      const copy = await scenariosRepo.create(m, {
        name: `${src.name}（副本）`,
        jurisdictionIds: src.jurisdictionIds,
        levers: src.levers,
        pins: src.pins,
        exclusions: src.exclusions,
        status: 'draft',
        createdBy: ctx.user.id,
        createdAt: at,
        updatedAt: at,
        solvedAt: null,
        committedAt: null,
      });
      await auditRepo.record(m, ctx.user, {
        action: 'create',
        entity: 'scenario',
        entityId: copy.id,
        after: { duplicateOf: id },
      });
      return redact(ctx.user, copy);
    }, SCENARIO_ONLY),
  remove: (ctx: Ctx, id: number): Promise<void> =>
    ctx.db.write(async (m) => {
      const before = found(await scenariosRepo.get(m, id), 'scenario', id);
      assertScope(ctx.user, before.jurisdictionIds);
      if (before.status === 'committed')
        throw new AppError('COMMITTED', 'a committed scenario is a record of a decision and cannot be deleted', 409);
      await scenariosRepo.remove(m, id);
      await auditRepo.record(m, ctx.user, {
        action: 'delete',
        entity: 'scenario',
        entityId: id,
        before: { name: before.name },
      });
    }, SCENARIO_ONLY),
  async compare(ctx: Ctx, ids: number[]) {
    const rows = await Promise.all(ids.map((id) => scenariosService.row(ctx, id)));
    const unsolved = rows.filter((r) => !r.result);
    if (unsolved.length)
      throw new AppError(
        'NOT_SOLVED',
        `scenario ${unsolved.map((r) => r.id).join(', ')} has no result yet; solve it first`,
        409,
      );
    const c = compareScenarios(
      rows.map((r) => ({ id: r.id, name: r.name, result: r.result! })),
      await projectFigures(ctx.db.read),
    );
    if (seesFinancials(ctx.user)) return c;
    // A viewer compares placements and areas; money KPIs and their deltas are null.
    return {
      ...c,
      scenarios: c.scenarios.map((x) => ({ ...x, kpis: withholdMoney(x.kpis) })),
      deltas: c.deltas.map((d) => ({ ...d, ...Object.fromEntries(MONEY_KPIS.map((k) => [k, null])) })),
    };
  },
};
