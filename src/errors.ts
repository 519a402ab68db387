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
  /** A URL whose address (after resolution, on any redirect) is loopback, private, link-local or metadata. */
  | 'URL_REFUSED'
  | 'STORE_ERROR'
  | 'NOT_FOUND'
  | 'UNKNOWN_PARTY'
  | 'CONFLICT'
  | 'UNAUTHORIZED';

export class AppError extends Error {
  /** The file, URL or field at fault, its control characters escaped so it stays on one line. */
  readonly subject?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    subject?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
    if (subject !== undefined) this.subject = escapeControls(subject);
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

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name as it may be echoed on one line: a file name can hold newlines and terminal escape codes, which
 * would forge or garble the output; they (and bidi controls) become visible \n, \x1b and \u202e escapes.
 */
export function escapeControls(name: string): string {
  return name.replace(CONTROLS, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
