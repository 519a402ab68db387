// Errors as values: a code a program can branch on and a message a person can act on.

export type ErrorCode =
  | 'FILE_UNREADABLE'
  | 'FILE_EMPTY'
  | 'FILE_BINARY'
  | 'FILE_TOO_LARGE'
  | 'FILE_ENCODING'
  | 'UNSUPPORTED_FORMAT'
  | 'INVALID_INPUT'
  | 'FETCH_FAILED'
  | 'STORE_ERROR'
  | 'NOT_FOUND'
  | 'UNKNOWN_PARTY'
  | 'CONFLICT'
  | 'UNAUTHORIZED';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly subject?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }

  /** One line for a terminal: names the file or field first. */
  toLine(): string {
    return this.subject
      ? `${this.subject}: ${this.message} [${this.code}]`
      : `${this.message} [${this.code}]`;
  }
}

export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = AppError>(error: E): Result<never, E> => ({ ok: false, error });

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
