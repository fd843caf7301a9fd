/** The API's error envelope read from any response body: `{ error: { code, message, details } }`. */
export interface ErrorParts {
  code: string;
  message: string;
  details: unknown[];
}

/**
 * What an error response says, also when it is not the envelope (a proxy's HTML 502, an empty
 * body): the code falls back to `http_<status>` and the message to the status line.
 */
export function readErrorEnvelope(status: number, statusText: string, body: unknown): ErrorParts {
  const envelope =
    typeof body === 'object' && body !== null
      ? (body as { error?: { code?: unknown; message?: unknown; details?: unknown } }).error
      : undefined;
  return {
    code: typeof envelope?.code === 'string' && envelope.code ? envelope.code : `http_${status}`,
    message:
      typeof envelope?.message === 'string' && envelope.message
        ? envelope.message
        : `The API answered ${status}${statusText ? ` ${statusText}` : ''}`,
    details: Array.isArray(envelope?.details) ? envelope.details : [],
  };
}

/** Calls where a 401 is the answer to show (wrong password, signed out), not a lapsed session. */
const ANSWERS_401 =
  /^\/v1\/(?:auth\/(?:login|session|accept-invite|password-reset(?:\/confirm)?|invites\/[^/]+)$|public\/)/;

export const isSessionLapse = (status: number, path: string): boolean => status === 401 && !ANSWERS_401.test(path);
