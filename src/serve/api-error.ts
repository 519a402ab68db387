// Errors the HTTP API answers with: a status, a code a program can branch on, a message naming the field; one translation from AppError.
import type { AppError, ErrorCode } from '../errors.js';

export type ApiErrorCode =
  | ErrorCode
  | 'PAYLOAD_TOO_LARGE'
  | 'FORBIDDEN'
  | 'METHOD_NOT_ALLOWED'
  | 'HOST_NOT_ALLOWED'
  | 'EXTRACTION_TIMEOUT'
  | 'EXTRACTION_BUSY'
  | 'INTERNAL';

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 421 | 422 | 500 | 502 | 503,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): { code: ApiErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

const STATUS_OF_CODE: Readonly<Record<ErrorCode, ApiError['status']>> = {
  INVALID_INPUT: 400,
  FILE_UNREADABLE: 400,
  FILE_EMPTY: 422,
  FILE_BINARY: 422,
  FILE_ENCODING: 422,
  UNSUPPORTED_FORMAT: 422,
  FILE_TOO_LARGE: 413,
  FETCH_FAILED: 502,
  URL_REFUSED: 403,
  STORE_ERROR: 500,
  NOT_FOUND: 404,
  UNKNOWN_PARTY: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
};

/** The one place a domain error becomes an HTTP answer (conventions: Hono's HTTPException at the boundary). */
export function fromAppError(e: AppError): ApiError {
  const message = e.subject ? `${e.subject}: ${e.message}` : e.message;
  return new ApiError(STATUS_OF_CODE[e.code], e.code, message);
}

export const badRequest = (message: string) => new ApiError(400, 'INVALID_INPUT', message);
export const notFound = (message: string) => new ApiError(404, 'NOT_FOUND', message);
