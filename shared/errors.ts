/**
 * The one error type of ParkPlan. Shared code and services throw it; the HTTP layer maps
 * `status` to the response and `code` is what the client translates into words.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 400,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
