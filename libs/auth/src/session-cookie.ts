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
