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

/** The fields of a click in stream order: entries carry arrays, not objects (smaller, faster). */
const FIELDS = [
  'id',
  'occurredAt',
  'receivedAt',
  'brandId',
  'partnerId',
  'linkId',
  'partnerRole',
  'source',
  'customerKeyHash',
  'sub1',
  'sub2',
  'sub3',
  'sub4',
  'sub5',
  'ipPrefix',
  'userAgent',
  'isBot',
  'creditable',
  'notCreditableReason',
] as const satisfies readonly (keyof ClickRecord)[];

/** Format version of a stream entry, so that a worker can refuse entries it does not know. */
export const CLICK_ENTRY_FORMAT = '1';

export function encodeClicks(clicks: readonly ClickRecord[]): string {
  return JSON.stringify(clicks.map((click) => FIELDS.map((field) => click[field])));
}

export function decodeClicks(payload: string): ClickRecord[] {
  return (JSON.parse(payload) as unknown[][]).map(
    (values) => Object.fromEntries(FIELDS.map((field, index) => [field, values[index]])) as unknown as ClickRecord,
  );
}
