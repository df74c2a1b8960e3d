import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/db';
import type { User } from '../../shared/types/user';
import type { UserCreate, UserUpdate } from '../../shared/schemas/auth';
import { sessionsRepo, usersRepo } from '../repositories/users.repo';
import { auditRepo } from '../repositories/audit.repo';
import { referenceRepo } from '../repositories/reference.repo';
import { AppError } from '../../shared/errors';
import { dummyHash, hashPassword, verifyPassword } from './password';
import type { Ctx } from './context';
import { assertAdmin, assertAssignable } from './access';
import { ACCOUNTS_ONLY } from './accounts';
import { assertPasswordAllowed } from './password-policy';
import { loginThrottle } from './login-throttle';

export interface AuthSettings {
  sessionHours: number;
  scryptLogN: number;
}

export interface Session {
  token: string;
  csrfToken: string;
  user: User;
  expiresAt: string;
}

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export function authService(db: Db, settings: AuthSettings) {
  // Made once per service on first use (hashing costs as much as a login), not held by the module.
  let dummy: Promise<string> | null = null;
  const throttle = loginThrottle(db);
  return {
    /**
     * Same answer, and about the same time, for an unknown user and a wrong password. Counted against
     * the account, the address and the two together before the password is checked (429 past a limit).
     */
    async login(username: string, password: string, address: string): Promise<Session> {
      await throttle.attempt(address, username);
      const cred = await usersRepo.credentials(db.read, username);
      const ok = await verifyPassword(
        password,
        cred?.passwordHash ?? (await (dummy ??= dummyHash(settings.scryptLogN))),
      );
      if (!cred || !ok) throw new AppError('BAD_CREDENTIALS', 'wrong username or password', 401);
      await throttle.succeeded(address, username);
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const now = new Date();
      const expiresAt = new Date(now.getTime() + settings.sessionHours * 3600_000).toISOString();
      await db.write(async (m) => {
        await sessionsRepo.purgeExpired(m, now.toISOString());
        await sessionsRepo.create(m, {
          id: tokenId(token),
          userId: cred.user.id,
          csrfToken,
          createdAt: now.toISOString(),
          expiresAt,
        });
        await auditRepo.record(m, cred.user, { action: 'login', entity: 'user', entityId: cred.user.id });
      }, ACCOUNTS_ONLY);
      return { token, csrfToken, user: cred.user, expiresAt };
    },

    async logout(token: string, user: User): Promise<void> {
      await db.write(async (m) => {
        await sessionsRepo.remove(m, tokenId(token));
        await auditRepo.record(m, user, { action: 'logout', entity: 'user', entityId: user.id });
      }, ACCOUNTS_ONLY);
    },

    /** The session behind a cookie token, or null when unknown or expired. */
    async resolve(token: string): Promise<{ user: User; csrfToken: string } | null> {
      const s = await sessionsRepo.find(db.read, tokenId(token));
      if (!s || s.expiresAt < new Date().toISOString()) return null;
      const user = await usersRepo.get(db.read, s.userId);
      return user ? { user, csrfToken: s.csrfToken } : null;
    },

    /** First start: an administrator from ADMIN_USER/ADMIN_PASSWORD, or one with a printed one-time password. */
    async ensureAdmin(
      adminUser?: string,
      adminPassword?: string,
    ): Promise<{ username: string; password?: string } | null> {
      if ((await usersRepo.count(db.read)) > 0) return null;
      const username = adminUser ?? 'admin';
      assertPasswordAllowed('admin', adminPassword);
      const password = adminPassword ?? randomBytes(12).toString('base64url');
      const passwordHash = await hashPassword(password, settings.scryptLogN);
      await db.write(
        (m) =>
          usersRepo.create(m, {
            username,
            displayName: '市级管理员',
            role: 'admin',
            jurisdictionIds: [],
            passwordHash,
            createdAt: new Date().toISOString(),
          }),
        ACCOUNTS_ONLY,
      );
      return { username, password: adminPassword ? undefined : password };
    },

    listUsers: (ctx: Ctx) => {
      assertAdmin(ctx.user);
      return usersRepo.list(db.read);
    },

    async createUser(ctx: Ctx, data: UserCreate): Promise<User> {
      assertAdmin(ctx.user);
      assertAssignable(ctx.user, await referenceRepo.jurisdictions(db.read), data.jurisdictionIds);
      assertPasswordAllowed(data.role, data.password);
      if (await usersRepo.credentials(db.read, data.username))
        throw new AppError('DUPLICATE', `username ${data.username} is taken`, 409, { field: 'username' });
      const passwordHash = await hashPassword(data.password, settings.scryptLogN);
      return db.write(async (m) => {
        const { password: _p, ...rest } = data;
        const user = await usersRepo.create(m, { ...rest, passwordHash, createdAt: new Date().toISOString() });
        await auditRepo.record(m, ctx.user, { action: 'create', entity: 'user', entityId: user.id, after: user });
        return user;
      }, ACCOUNTS_ONLY);
    },

    async updateUser(ctx: Ctx, id: number, patch: UserUpdate): Promise<User> {
      assertAdmin(ctx.user);
      const before = await usersRepo.get(db.read, id);
      if (!before) throw new AppError('NOT_FOUND', `user ${id} does not exist`, 404);
      // The city must keep an administrator: nobody demotes themselves (the last one would lock
      // everybody out of user administration, and a slip of the mouse should not do it).
      if (id === ctx.user.id && patch.role !== undefined && patch.role !== before.role) {
        throw new AppError('VALIDATION', 'you cannot change your own role; ask another administrator', 422, {
          field: 'role',
        });
      }
      if (patch.jurisdictionIds !== undefined)
        assertAssignable(ctx.user, await referenceRepo.jurisdictions(db.read), patch.jurisdictionIds);
      assertPasswordAllowed(patch.role ?? before.role, patch.password);
      const { password, ...rest } = patch;
      const passwordHash = password ? await hashPassword(password, settings.scryptLogN) : undefined;
      const rightsChange =
        passwordHash !== undefined ||
        (patch.role !== undefined && patch.role !== before.role) ||
        (patch.jurisdictionIds !== undefined && !sameIds(patch.jurisdictionIds, before.jurisdictionIds));
      return db.write(async (m) => {
        await usersRepo.update(m, id, { ...rest, ...(passwordHash ? { passwordHash } : {}) });
        // A changed role, jurisdictions or password ends the user's sessions: old rights must not
        // linger. A new display name does not.
        if (rightsChange) await sessionsRepo.removeForUser(m, id);
        const after = (await usersRepo.get(m, id))!;
        await auditRepo.record(m, ctx.user, { action: 'update', entity: 'user', entityId: id, before, after });
        return after;
      }, ACCOUNTS_ONLY);
    },

    async removeUser(ctx: Ctx, id: number): Promise<void> {
      assertAdmin(ctx.user);
      if (id === ctx.user.id) throw new AppError('VALIDATION', 'you cannot delete your own account', 422);
      const before = await usersRepo.get(db.read, id);
      if (!before) throw new AppError('NOT_FOUND', `user ${id} does not exist`, 404);
      await db.write(async (m) => {
        await usersRepo.remove(m, id);
        await auditRepo.record(m, ctx.user, { action: 'delete', entity: 'user', entityId: id, before });
      }, ACCOUNTS_ONLY);
    },
  };
}
export type AuthService = ReturnType<typeof authService>;

const sameIds = (a: number[], b: number[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
