import { userCreateSchema, userUpdateSchema, type UserCreate, type UserUpdate } from '@shared/schemas/auth';
import type { Role, User } from '@shared/types/user';
import type { ZodError } from 'zod';

/** What the user form holds while it is being filled in. */
export interface Draft {
  username: string;
  displayName: string;
  role: Role;
  jurisdictionIds: number[];
  password: string;
}

/** A problem with the form, named by an i18n key of the admin namespace (the schema's own messages are English). */
export type Problem = { key: string; field: string };
export type Checked<T> = { ok: true; body: T } | { ok: false; problem: Problem };

export const emptyDraft = (): Draft => ({
  username: '',
  displayName: '',
  role: 'editor',
  jurisdictionIds: [],
  password: '',
});
export const draftOf = (u: User): Draft => ({ ...u, password: '' });

const INVALID_KEYS = new Set(['username', 'displayName', 'password', 'jurisdictionIds', 'role']);
function firstProblem(e: ZodError): Problem {
  const field = String(e.issues[0]?.path[0] ?? 'form');
  return { field, key: INVALID_KEYS.has(field) ? `invalid.${field}` : 'invalid.role' };
}

// Only county editors are bound to counties; for the other roles a leftover selection would mislead.
const countiesFor = (d: Draft) => (d.role === 'editor' ? d.jurisdictionIds : []);
// The schema allows an editor without counties, but such an account can change nothing: surely a slip.
const editorWithout = (d: Draft): Problem | null =>
  d.role === 'editor' && d.jurisdictionIds.length === 0
    ? { field: 'jurisdictionIds', key: 'invalid.editorNeedsJurisdiction' }
    : null;

/** The create body, checked with the same schema the server parses. */
export function toCreate(d: Draft): Checked<UserCreate> {
  const r = userCreateSchema.safeParse({ ...d, jurisdictionIds: countiesFor(d) });
  if (!r.success) return { ok: false, problem: firstProblem(r.error) };
  const missing = editorWithout(d);
  return missing ? { ok: false, problem: missing } : { ok: true, body: r.data };
}

/** The patch for an edit; `self` leaves the role out, so an administrator cannot demote themselves by mistake. */
export function toUpdate(d: Draft, self: boolean): Checked<UserUpdate> {
  const patch: UserUpdate = {
    displayName: d.displayName,
    jurisdictionIds: countiesFor(d),
    ...(self ? {} : { role: d.role }),
  };
  const r = userUpdateSchema.safeParse(patch);
  if (!r.success) return { ok: false, problem: firstProblem(r.error) };
  const missing = editorWithout(d);
  return missing ? { ok: false, problem: missing } : { ok: true, body: r.data };
}

/** A password reset is a patch with only the password. */
export function toPasswordReset(password: string): Checked<UserUpdate> {
  const r = userUpdateSchema.safeParse({ password });
  return r.success ? { ok: true, body: r.data } : { ok: false, problem: firstProblem(r.error) };
}
