import { isbot } from 'isbot';
import { hashCustomerKey, truncateIp } from '#domain';
import { newId } from '../platform/index.js';
import { type ClickRecord, type SubIds } from './click-record.js';
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
 * Bot verdicts by user agent: the same few thousand agents make nearly all clicks, and isbot's
 * pattern is long. Cleared when full, which is cheaper than tracking recency.
 */
const botVerdicts = new Map<string, boolean>();
const MAX_VERDICTS = 20_000;

function isBotAgent(userAgent: string): boolean {
  let verdict = botVerdicts.get(userAgent);
  if (verdict === undefined) {
    verdict = isbot(userAgent);
    if (botVerdicts.size >= MAX_VERDICTS) botVerdicts.clear();
    botVerdicts.set(userAgent, verdict);
  }
  return verdict;
}

/**
 * Makes the stored form of a click: a new click id, the partner's role as of now, the customer
 * key hashed and the IP truncated (nothing raw goes further), and whether it can earn credit:
 * never for a known bot or crawler, nor for a suspended partner (whose links keep redirecting).
 */
export function buildClick(facts: ClickFacts): ClickRecord {
  const userAgent = facts.userAgent ? facts.userAgent.slice(0, MAX_USER_AGENT) : null;
  const isBot = userAgent !== null && isBotAgent(userAgent);
  const suspended = facts.partner.status === 'suspended';
  const { subIds } = facts;
  // Built field by field (this runs for every redirect): no intermediate objects.
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
    sub1: subIds.sub1 ?? null,
    sub2: subIds.sub2 ?? null,
    sub3: subIds.sub3 ?? null,
    sub4: subIds.sub4 ?? null,
    sub5: subIds.sub5 ?? null,
    ipPrefix: (facts.ip && truncateIp(facts.ip)) || null,
    userAgent,
    isBot,
    creditable: !isBot && !suspended,
    notCreditableReason: isBot ? 'bot' : suspended ? 'partner_suspended' : null,
  };
}
