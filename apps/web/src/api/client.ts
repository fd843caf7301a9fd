import createClient, { type Middleware } from 'openapi-fetch';
import { isSessionLapse, readErrorEnvelope } from '../lib/error-envelope';
import { loginPath } from '../lib/navigation';
import { ApiError, NetworkError } from './api-error';
import type { paths } from './schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | undefined;

/** The CSRF token of the current session (from GET /v1/auth/session, login or accept-invite). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Cookie-authenticated unsafe requests carry the session's CSRF token (API.md, People). */
const csrf: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/** Sends the browser to sign-in, coming back here afterwards (a full load: nothing of the old session stays). */
function onSignedOut(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  if (!window.location.pathname.startsWith('/app/login')) window.location.assign(loginPath(here));
}

/** The API's error envelope becomes a thrown ApiError; a lapsed session goes to sign-in. */
const errors: Middleware = {
  async onResponse({ request, response }) {
    if (response.ok) return response;
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      body = undefined;
    }
    const { code, message, details } = readErrorEnvelope(response.status, response.statusText, body);
    if (isSessionLapse(response.status, new URL(request.url).pathname)) onSignedOut();
    throw new ApiError(response.status, code, message, details);
  },
  onError({ error }) {
    // A cancelled query (TanStack Query aborts what nobody waits for any more) stays a cancellation.
    return error instanceof DOMException && error.name === 'AbortError' ? error : new NetworkError();
  },
};

/** The one API client of the web app: same origin, the session cookie on every call. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'include' });
api.use(csrf, errors);

/**
 * The body of a call that succeeded (the error middleware throws on anything else). openapi-fetch
 * types `data` as possibly undefined; a 204 has no body, hence `undefined` is allowed through.
 */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (!response.ok) throw new ApiError(response.status, `http_${response.status}`, response.statusText);
  return data as T;
}
