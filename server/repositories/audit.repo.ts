import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from '../db/entities';
import type { AuditEvent, User } from '../../shared/types/user';

export const auditRepo = {
  /** Written inside the same transaction as the change it records, so neither exists without the other. */
  async record(
    m: EntityManager,
    user: User | null,
    e: Pick<AuditEvent, 'action' | 'entity' | 'entityId'> & { before?: unknown; after?: unknown },
  ): Promise<void> {
    await m.insert(AuditEventEntity, {
      at: new Date().toISOString(),
      userId: user?.id ?? null,
      username: user?.username ?? null,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: (e.before ?? null) as never,
      after: (e.after ?? null) as never,
    });
  },
  async forEntity(m: EntityManager, entity: string, entityId: number, limit = 200): Promise<AuditEvent[]> {
    const rows = await m.find(AuditEventEntity, { where: { entity, entityId }, order: { id: 'DESC' }, take: limit });
    return rows.map((r) => ({ ...r, action: r.action as AuditEvent['action'] }));
  },
  async recent(m: EntityManager, limit: number): Promise<AuditEvent[]> {
    const rows = await m.find(AuditEventEntity, { order: { id: 'DESC' }, take: limit });
    return rows.map((r) => ({ ...r, action: r.action as AuditEvent['action'] }));
  },
};
