/** Where the web app lives (vite `base` and the router's basename). */
export const APP_BASE = '/app';

/**
 * The `next` of /app/login?next=… when it is safe to follow: a path inside the web app. Anything
 * else (another site, `//evil.example`, a `javascript:` URL, the login page itself) gives the app's root.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith(`${APP_BASE}/`) || next.startsWith('//') || /[\\\s]/.test(next)) return `${APP_BASE}/`;
  if (next === `${APP_BASE}/login` || next.startsWith(`${APP_BASE}/login?`)) return `${APP_BASE}/`;
  return next;
}

/** The sign-in page that sends back to `current` (a path with its query) afterwards. */
export function loginPath(current: string): string {
  const next = safeNextPath(current);
  return next === `${APP_BASE}/` ? `${APP_BASE}/login` : `${APP_BASE}/login?next=${encodeURIComponent(next)}`;
}

/** A brand's public application page, to share (`https://host/app/apply/northwind-outdoor`). */
export function applyPageUrl(origin: string, brandSlug: string): string {
  return `${origin}${APP_BASE}/apply/${encodeURIComponent(brandSlug)}`;
}

/** A path inside the app without the base, for the router (`/app/console/team` → `/console/team`). */
export function withoutBase(path: string): string {
  return path.startsWith(`${APP_BASE}/`) ? path.slice(APP_BASE.length) : path;
}

export type MembershipRole = 'brand_manager' | 'partner';

export interface SessionShape {
  user: { isOperator?: boolean };
  memberships: { brandId: string; role: MembershipRole | string }[];
  activeBrandId: string | null;
}

/** Where `/app/` sends a signed-in person: the active brand's console or portal, else the operator's pages. */
export function homePath(session: SessionShape): string {
  const active =
    session.memberships.find((membership) => membership.brandId === session.activeBrandId) ?? session.memberships[0];
  if (active?.role === 'brand_manager') return '/console';
  if (active?.role === 'partner') return '/portal';
  if (session.user.isOperator) return '/operator';
  return '/account/sessions';
}
