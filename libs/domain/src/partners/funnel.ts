/**
 * The role a partner plays in the customer's funnel. Commission rules and role-weighted
 * attribution key on it; reports group by it.
 */
export const FUNNEL_ROLES = ['awareness', 'consideration', 'conversion', 'retention'] as const;
export type FunnelRole = (typeof FUNNEL_ROLES)[number];

/** The finer label of what kind of partner it is. */
export const PARTNER_TYPES = [
  'creator',
  'content',
  'review',
  'community',
  'coupon',
  'cashback',
  'loyalty',
  'referral',
  'sub_network',
  'tool',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** The role a partner of each type usually plays: a hint for forms and demo data, not a rule. */
export const TYPICAL_ROLE: Readonly<Record<PartnerType, FunnelRole>> = {
  creator: 'awareness',
  content: 'awareness',
  review: 'consideration',
  community: 'consideration',
  coupon: 'conversion',
  cashback: 'conversion',
  loyalty: 'retention',
  referral: 'retention',
  sub_network: 'conversion',
  tool: 'conversion',
};

export const PARTNER_STATUSES = ['active', 'suspended'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export function isFunnelRole(value: unknown): value is FunnelRole {
  return typeof value === 'string' && (FUNNEL_ROLES as readonly string[]).includes(value);
}
