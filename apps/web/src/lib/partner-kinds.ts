/** Funnel roles and partner types as API.md lists them, with the words people read. */
export const FUNNEL_ROLES = ['awareness', 'consideration', 'conversion', 'retention'] as const;
export type FunnelRole = (typeof FUNNEL_ROLES)[number];

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

const TYPE_LABELS: Record<PartnerType, string> = {
  creator: 'Creator or influencer',
  content: 'Content site or media',
  review: 'Review or comparison site',
  community: 'Community or forum',
  coupon: 'Coupon or deal site',
  cashback: 'Cashback site',
  loyalty: 'Loyalty program',
  referral: 'Referral or advocate program',
  sub_network: 'Sub-network',
  tool: 'Tool or technology partner',
};

const ROLE_LABELS: Record<FunnelRole, string> = {
  awareness: 'Awareness — creates demand',
  consideration: 'Consideration — helps people compare',
  conversion: 'Conversion — closes the sale',
  retention: 'Retention — brings customers back',
};

/** The funnel role a partner type usually plays (SPEC.md), the default when approving. */
const DEFAULT_ROLE: Record<PartnerType, FunnelRole> = {
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

export const partnerTypeLabel = (type: string): string => TYPE_LABELS[type as PartnerType] ?? type;
export const funnelRoleLabel = (role: string): string => ROLE_LABELS[role as FunnelRole] ?? role;
export const defaultRoleFor = (type: string): FunnelRole | undefined => DEFAULT_ROLE[type as PartnerType];
