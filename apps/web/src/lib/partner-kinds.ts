/**
 * Funnel roles and partner types with the words people read. The lists themselves are the
 * domain's (pure TypeScript, no Node), so the web app offers exactly what the API accepts.
 */
import {
  FUNNEL_ROLES,
  type FunnelRole,
  PARTNER_TYPES,
  type PartnerType,
  TYPICAL_ROLE,
} from '../../../../libs/domain/src/partners/funnel';

export { FUNNEL_ROLES, type FunnelRole, PARTNER_TYPES, type PartnerType };

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

export const partnerTypeLabel = (type: string): string => TYPE_LABELS[type as PartnerType] ?? type;
export const funnelRoleLabel = (role: string): string => ROLE_LABELS[role as FunnelRole] ?? role;
/** The funnel role a partner type usually plays (SPEC.md), the default when approving. */
export const defaultRoleFor = (type: string): FunnelRole | undefined => TYPICAL_ROLE[type as PartnerType];
