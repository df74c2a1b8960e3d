import { sql } from './sql';
import type { EntityManager } from 'typeorm';
import { ScenarioAllocationEntity, ScenarioEntity } from '../db/entities';
import type { Scenario, ScenarioBasis, ScenarioStatus } from '../../shared/types/scenario';
import type { AllocationResult } from '../../shared/allocation/types';
import type { Levers, ScenarioExclusion, ScenarioPin } from '../../shared/schemas/scenario-file';
import { updateVersioned } from './versioned';
import { parseSiteId } from '../../shared/scenarios/site-id';

type Stored = { result: AllocationResult | null; resultStale?: boolean } | null;

const toScenario = (e: ScenarioEntity): Scenario & { basis: ScenarioBasis | null } => {
  const stored = e.result as Stored;
  return {
    id: e.id,
    name: e.name,
    jurisdictionIds: e.jurisdictionIds,
    levers: e.levers as Levers,
    pins: e.pins as ScenarioPin[],
    exclusions: e.exclusions as ScenarioExclusion[],
    status: e.status as ScenarioStatus,
    result: stored?.result ?? null,
    resultStale: stored?.resultStale ?? false,
    createdBy: e.createdBy,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    solvedAt: e.solvedAt,
    committedAt: e.committedAt,
    version: e.version,
    basis: (e.basis as ScenarioBasis | null) ?? null,
  };
};

export type ScenarioRow = ReturnType<typeof toScenario>;

export const scenariosRepo = {
  async list(m: EntityManager): Promise<ScenarioRow[]> {
    return (await m.find(ScenarioEntity, { order: { id: 'DESC' } })).map(toScenario);
  },
  async get(m: EntityManager, id: number): Promise<ScenarioRow | null> {
    const e = await m.findOneBy(ScenarioEntity, { id });
    return e ? toScenario(e) : null;
  },
  async create(
    m: EntityManager,
    s: Omit<Scenario, 'id' | 'version' | 'result' | 'resultStale'> & { result?: AllocationResult | null },
  ): Promise<ScenarioRow> {
    const { result, resultStale: _s, ...rest } = s as typeof s & { resultStale?: boolean };
    const e = m.create(ScenarioEntity, {
      ...rest,
      result: result ? { result, resultStale: false } : null,
      basis: null,
      version: 1,
    });
    return toScenario(await m.save(ScenarioEntity, e));
  },
  async update(m: EntityManager, id: number, version: number, patch: Record<string, unknown>): Promise<void> {
    await updateVersioned(m, ScenarioEntity, 'scenario', id, version, patch);
  },
  /** The stored result document: the engine's result and whether later edits made it stale. */
  resultDoc: (result: AllocationResult | null, resultStale: boolean) => (result ? { result, resultStale } : null),
  async remove(m: EntityManager, id: number): Promise<void> {
    await m.delete(ScenarioEntity, { id });
  },
  /** Replaces a scenario's placement rows with those of its latest result. */
  /** Names of the committed scenarios whose placements use the package. */
  async committedUsingPackage(m: EntityManager, packageId: number): Promise<string[]> {
    const rows = await sql<{ name: string }>(
      m,
      `SELECT DISTINCT s.name FROM scenario s JOIN scenario_allocation a ON a.scenario_id = s.id
        WHERE a.package_id = :packageId AND s.status = 'committed' ORDER BY s.name`,
      { packageId },
    );
    return rows.map((r) => r.name);
  },
  async replaceAllocations(m: EntityManager, scenarioId: number, result: AllocationResult): Promise<void> {
    await m.delete(ScenarioAllocationEntity, { scenarioId });
    const rows = result.allocations.map((a) => {
      const site = parseSiteId(a.siteId);
      return {
        scenarioId,
        projectId: a.projectId,
        siteKind: a.siteKind,
        plotId: site?.kind === 'plot' ? site.id : null,
        buildingId: site?.kind === 'building' ? site.id : null,
        packageId: a.packageId,
        areaMu: a.areaMu,
        floorM2: a.floorM2,
        valueWan: a.valueWan,
      };
    });
    for (let i = 0; i < rows.length; i += 200) await m.insert(ScenarioAllocationEntity, rows.slice(i, i + 200));
  },
};
