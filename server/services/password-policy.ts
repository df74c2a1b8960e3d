import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../shared/errors';

/**
 * Administrators hold every county's data and all accounts: their passwords need at least 12
 * characters (other roles keep the schema's 10).
 */
export const ADMIN_MIN_PASSWORD = 12;

// zxcvbn-ts's list of common passwords (about 49,000, from leaked-password frequency counts; MIT).
// NIST SP 800-63B §5.1.1.2: a new password is checked against passwords known to be commonly used.
// Made into a set on first use, not on import: most processes (CLI, workers) never check one.
let common: Set<string> | null = null;
const isCommon = (password: string) =>
  (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))).has(password.toLowerCase());

/** Every password an account is given (created, changed, first administrator) passes here first. */
export function assertPasswordAllowed(role: string, password: string | undefined): void {
  if (password === undefined) return;
  if (role === 'admin' && password.length < ADMIN_MIN_PASSWORD)
    throw new AppError(
      'VALIDATION',
      `password: an administrator's needs at least ${ADMIN_MIN_PASSWORD} characters`,
      422,
      { field: 'password' },
    );
  if (isCommon(password))
    throw new AppError(
      'COMMON_PASSWORD',
      'password: this is one of the most commonly used passwords; choose another',
      400,
      { field: 'password' },
    );
}
