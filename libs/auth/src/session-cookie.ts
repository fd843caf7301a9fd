/** The web app's session cookie. */
export const SESSION_COOKIE = 'pmx_session';
/** The header a cookie-authenticated unsafe request carries its session's CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  path: '/';
  secure: boolean;
  maxAge?: number;
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts), the whole site, and
 * Secure in production (HTTPS only). Max-Age is the session's absolute lifetime.
 */
export function sessionCookieOptions(production: boolean, maxAgeSeconds?: number): SessionCookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: production,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/** A Fastify request, with the parser @fastify/cookie decorates its server with. */
export interface CookieRequest {
  headers: { cookie?: string | string[] };
  server: { parseCookie(header: string): Record<string, string | undefined> };
}

/**
 * The session cookie's value in a request's Cookie header. Cookies are parsed here, when a route
 * asks, not by a hook on every request: the /c redirect and the postbacks never need them.
 */
export function sessionTokenOf(request: CookieRequest): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string' || !header.includes(SESSION_COOKIE)) return undefined;
  return request.server.parseCookie(header)[SESSION_COOKIE] || undefined;
}
