/**
 * How the caller proved who it is: an API key (keyId null for the operator's key from the
 * environment), or a person's session cookie.
 */
export type Credential = { kind: 'key'; keyId: string | null } | { kind: 'session'; sessionId: string; userId: string };

/**
 * Who is calling, as established from the API key or the session: a session becomes the same
 * principal as the matching key, so every route's roles and tenant walls apply unchanged.
 */
export type Principal =
  | { role: 'operator'; via: Credential }
  | { role: 'brand_manager' | 'network'; brandId: string; via: Credential }
  | { role: 'partner'; brandId: string; partnerId: string; via: Credential };

export type Role = Principal['role'];
export const ROLES: readonly Role[] = ['operator', 'brand_manager', 'network', 'partner'];

export type BrandPrincipal = Exclude<Principal, { role: 'operator' }>;
export type PartnerPrincipal = Extract<Principal, { role: 'partner' }>;
