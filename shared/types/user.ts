import type { Id } from './common';

export const ROLES = ['admin', 'editor', 'viewer'] as const;
/** admin = city administrator; editor = county editor (writes in assigned jurisdictions); viewer = read-only. */
export type Role = (typeof ROLES)[number];

export interface User {
  id: Id;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionIds: Id[];
}

export interface AuditEvent {
  id: Id;
  at: string;
  userId: Id | null;
  username: string | null;
  action: 'create' | 'update' | 'delete' | 'import' | 'commit' | 'login' | 'logout';
  entity: string;
  entityId: Id | null;
  before: unknown;
  after: unknown;
}
