import { type FunnelRole } from '#domain';
import { type ClickSource, type NotCreditableReason } from './click.entity.js';

/**
 * A click as it travels from the API to the worker over the Redis stream, already privacy-safe:
 * the customer key is an HMAC and the IP a network prefix. Times are ISO strings.
 */
export interface ClickRecord {
  id: string;
  occurredAt: string;
  receivedAt: string;
  brandId: string;
  partnerId: string;
  linkId: string | null;
  partnerRole: FunnelRole;
  source: ClickSource;
  customerKeyHash: string | null;
  sub1: string | null;
  sub2: string | null;
  sub3: string | null;
  sub4: string | null;
  sub5: string | null;
  ipPrefix: string | null;
  userAgent: string | null;
  isBot: boolean;
  creditable: boolean;
  notCreditableReason: NotCreditableReason | null;
}

/** The Redis stream (under REDIS_PREFIX) clicks wait in until the worker writes them. */
export const CLICK_STREAM = 'clicks:incoming';
export const CLICK_STREAM_GROUP = 'click-writers';

export const SUB_IDS = ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'] as const;
export type SubIds = Partial<Record<(typeof SUB_IDS)[number], string>>;
