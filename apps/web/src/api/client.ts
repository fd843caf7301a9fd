import createClient, { type Middleware } from 'openapi-fetch';
import { loginPath } from '../lib/navigation';
import { ApiError, NetworkError } from './api-error';
import type { PendingPaths } from './pending-paths';
import type { paths } from './schema';

/** Every path of the API the web app may call (the generated schema, plus routes still landing). */
export type ApiPaths = paths & PendingPaths;

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

/**
 * Calls where a 401 is an answer for the page to show (a wrong password, a signed-out visitor),
 * not a sign that the session ran out.
 */
const ANSWERS_401 = /^\/v1\/(?:auth\/(?:login|session|accept-invite|password-reset|invites\/)|public\/)/;

/** Sends the browser to sign-in, coming back here afterwards. Replaced in tests. */
let onSignedOut = (): void => {
  const here = `${window.location.pathname}${window.location.search}`;
  if (!window.location.pathname.startsWith('/app/login')) window.location.assign(loginPath(here));
};

export function setSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
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
    const envelope = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
    const code = typeof envelope?.code === 'string' ? envelope.code : `http_${response.status}`;
    const message =
      typeof envelope?.message === 'string'
        ? envelope.message
        : `The API answered ${response.status} ${response.statusText}`.trim();
    const details = Array.isArray(envelope?.details) ? envelope.details : [];
    if (response.status === 401 && !ANSWERS_401.test(new URL(request.url).pathname)) onSignedOut();
    throw new ApiError(response.status, code, message, details);
  },
  onError({ error }) {
    // A cancelled query (TanStack Query aborts what nobody waits for any more) stays a cancellation.
    return error instanceof DOMException && error.name === 'AbortError' ? error : new NetworkError();
  },
};

/** The one API client of the web app: same origin, the session cookie on every call. */
export const api = createClient<ApiPaths>({ baseUrl: window.location.origin, credentials: 'include' });
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
