import type { EntityManager } from 'typeorm';
import { LessThan } from 'typeorm';
import { SessionEntity, UserEntity } from '../db/entities';
import type { User } from '../../shared/types/user';
import { toUser } from './mappers';

export const usersRepo = {
  async count(m: EntityManager): Promise<number> {
    return m.count(UserEntity);
  },
  async list(m: EntityManager): Promise<User[]> {
    return (await m.find(UserEntity, { order: { id: 'ASC' } })).map(toUser);
  },
  async get(m: EntityManager, id: number): Promise<User | null> {
    const e = await m.findOneBy(UserEntity, { id });
    return e ? toUser(e) : null;
  },
  async credentials(m: EntityManager, username: string): Promise<{ user: User; passwordHash: string } | null> {
    const e = await m.findOneBy(UserEntity, { username });
    return e ? { user: toUser(e), passwordHash: e.passwordHash } : null;
  },
  async create(m: EntityManager, u: Omit<User, 'id'> & { passwordHash: string; createdAt: string }): Promise<User> {
    return toUser(await m.save(UserEntity, m.create(UserEntity, u)));
  },
  async update(
    m: EntityManager,
    id: number,
    patch: Partial<Omit<User, 'id'>> & { passwordHash?: string },
  ): Promise<void> {
    await m.update(UserEntity, { id }, patch);
  },
  async remove(m: EntityManager, id: number): Promise<void> {
    await m.delete(UserEntity, { id });
  },
};

export const sessionsRepo = {
  async create(m: EntityManager, s: SessionEntity): Promise<void> {
    await m.insert(SessionEntity, s);
  },
  async find(m: EntityManager, id: string): Promise<{ userId: number; csrfToken: string; expiresAt: string } | null> {
    return m.findOneBy(SessionEntity, { id });
  },
  async remove(m: EntityManager, id: string): Promise<void> {
    await m.delete(SessionEntity, { id });
  },
  async removeForUser(m: EntityManager, userId: number): Promise<void> {
    await m.delete(SessionEntity, { userId });
  },
  async purgeExpired(m: EntityManager, nowIso: string): Promise<void> {
    await m.delete(SessionEntity, { expiresAt: LessThan(nowIso) });
  },
};
