import type { ValueTransformer } from 'typeorm';

/** JSON stored as TEXT: SQLite has no JSON column type, and the shapes are validated by zod on the way in. */
export const json: ValueTransformer = {
  to: (v: unknown) => (v === undefined ? undefined : v === null ? null : JSON.stringify(v)),
  from: (v: string | null) => (v == null ? null : JSON.parse(v)),
};

export const bool: ValueTransformer = {
  to: (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0),
  from: (v: number | null) => v === 1,
};
