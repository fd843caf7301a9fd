/**
 * The one error type of Partnermix. Every failure a client can act on is an AppError with a stable
 * snake_case code; the HTTP filter maps the code to a status and API.md's envelope
 * `{ error: { code, message, details } }`.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  /** An invite or password-reset link that was used, revoked, superseded or has expired. */
  invite_invalid: 410,
  reset_invalid: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  // More specific codes of a status above; the filter maps a bare status to the first code of it.
  /** Sign-in with a wrong e-mail or password: the same answer for both. */
  invalid_credentials: 401,
  /** A cookie-authenticated unsafe request without the session's X-CSRF-Token. */
  csrf_failed: 403,
  /** Removing the only brand manager would leave the brand with nobody to run it. */
  last_manager: 409,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem with one field of the input: `field` is a path such as `clicks[3].partnerId`. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static validation(details: FieldProblem[]): AppError {
    const fields = [...new Set(details.map((detail) => detail.field))];
    const summary = details.length === 1 ? details[0].message : `fix these fields: ${fields.join(', ')}`;
    return new AppError('validation_failed', `Invalid request: ${summary}`, details);
  }

  static invalidField(field: string, message: string): AppError {
    return AppError.validation([{ field, message }]);
  }

  /** Another tenant's object answers exactly like a missing one, so ids leak nothing. */
  static notFound(what: string, id: string): AppError {
    return new AppError('not_found', `No ${what} with id "${id}"`);
  }
}

/** API.md's error envelope: the one shape of every error response. */
export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; details: FieldProblem[] };
}

export function errorEnvelope(error: AppError): ErrorEnvelope {
  return { error: { code: error.code, message: error.message, details: error.details } };
}
