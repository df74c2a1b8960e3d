import { z } from 'zod';
import { ROLES } from '../types/user';
import { idSchema } from './common';

export const loginSchema = z.strictObject({
  username: z.string().min(1, 'username is required').max(100),
  password: z.string().min(1, 'password is required').max(1000),
});
export const userCreateSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,40}$/, 'use 3–40 letters, digits, _ . -'),
  displayName: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  jurisdictionIds: z.array(idSchema).max(50).default([]),
  password: z.string().min(10, 'password must have at least 10 characters').max(1000),
});
/** No defaults here: a patch changes only what it names (zod's partial() would re-apply defaults). */
export const userUpdateSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(100).optional(),
  role: z.enum(ROLES).optional(),
  jurisdictionIds: z.array(idSchema).max(50).optional(),
  password: z.string().min(10, 'password must have at least 10 characters').max(1000).optional(),
});
export type LoginBody = z.infer<typeof loginSchema>;
export type UserCreate = z.infer<typeof userCreateSchema>;
export type UserUpdate = z.infer<typeof userUpdateSchema>;
