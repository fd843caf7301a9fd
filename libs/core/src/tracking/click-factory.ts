import { isbot } from 'isbot';
import { hashCustomerKey, truncateIp } from '#domain';
import { newId } from '../persistence/ids.js';
import { type ClickRecord, SUB_IDS, type SubIds } from './click-record.js';
import { type ClickSource } from './click.entity.js';
import { type BrandSettings, type PartnerSettings } from './tracking-lookup.service.js';

export interface ClickFacts {
  brand: BrandSettings;
  partner: PartnerSettings;
  linkId: string | null;
  source: ClickSource;
  occurredAt: Date;
  customerKey?: string;
  subIds: SubIds;
  ip?: string;
  userAgent?: string;
}

const MAX_USER_AGENT = 512;

/**
 * Makes the stored form of a click: a new click id, the partner's role as of now, the customer
 * key hashed and the IP truncated (nothing raw goes further), and whether it can earn credit:
 * never for a known bot or crawler, nor for a suspended partner (whose links keep redirecting).
 */
export function buildClick(facts: ClickFacts): ClickRecord {
  const userAgent = facts.userAgent ? facts.userAgent.slice(0, MAX_USER_AGENT) : null;
  const isBot = userAgent !== null && isbot(userAgent);
  const suspended = facts.partner.status === 'suspended';
  const subs = Object.fromEntries(SUB_IDS.map((name) => [name, facts.subIds[name] ?? null])) as Record<
    (typeof SUB_IDS)[number],
    string | null
  >;
  return {
    id: newId(),
    occurredAt: facts.occurredAt.toISOString(),
    receivedAt: new Date().toISOString(),
    brandId: facts.brand.id,
    partnerId: facts.partner.id,
    linkId: facts.linkId,
    partnerRole: facts.partner.role,
    source: facts.source,
    customerKeyHash: facts.customerKey ? hashCustomerKey(facts.brand.customerKeySecret, facts.customerKey) : null,
    ...subs,
    ipPrefix: (facts.ip && truncateIp(facts.ip)) || null,
    userAgent,
    isBot,
    creditable: !isBot && !suspended,
    notCreditableReason: isBot ? 'bot' : suspended ? 'partner_suspended' : null,
  };
}
