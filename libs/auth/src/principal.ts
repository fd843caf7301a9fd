/** Who is calling, as established from the API key. */
export type Principal =
  | { role: 'operator' }
  | { role: 'brand_manager' | 'network'; brandId: string; keyId: string }
  | { role: 'partner'; brandId: string; partnerId: string; keyId: string };

export type Role = Principal['role'];
export const ROLES: readonly Role[] = ['operator', 'brand_manager', 'network', 'partner'];

export type BrandPrincipal = Exclude<Principal, { role: 'operator' }>;
export type PartnerPrincipal = Extract<Principal, { role: 'partner' }>;
