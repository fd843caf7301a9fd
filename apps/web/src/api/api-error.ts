/** An error answered by the API, from its envelope `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The API could not be reached at all (offline, DNS, the server down). */
export class NetworkError extends Error {
  constructor() {
    super('The Partnermix API could not be reached. Check your connection and try again.');
    this.name = 'NetworkError';
  }
}

/** What to tell a person about any error: the API's own message when there is one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  return 'Something went wrong on this page. Reload it; if it keeps happening, tell us what you did.';
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);
