import { AppError } from '../../shared/errors';

export function found<T>(value: T | null | undefined, what: string, id: number | string): T {
  if (value == null) throw new AppError('NOT_FOUND', `${what} ${id} does not exist`, 404, { id });
  return value;
}
