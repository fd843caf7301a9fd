import type { PresentedStatement } from '../../payouts/index.js';

/**
 * The outbound events of API.md ("Outbound events"), what the outbox stores for them, and the
 * public payloads they become.
 *
 * The outbox stores small facts written in the transaction of the change; the relay turns each
 * into the public events of its audiences (a brand, one partner), reading the rows the fact names,
 * with money as decimal strings. One fact may become several events: the engine writes one row
 * per credited conversion, which becomes a `commission.created` per partner (to the brand and that
 * partner) and a `conversion.created` to each credited partner.
 */
export const WEBHOOK_EVENTS = [
  'conversion.created',
  'conversion.status_changed',
  'commission.created',
  'commission.approved',
  'commission.reversed',
  'statement.issued',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The event a test delivery carries (`POST /v1/webhooks/{id}/test`); nobody subscribes to it. */
export const TEST_EVENT = 'webhook.test';

/**
 * The facts the outbox holds, by type. They name rows rather than copy them where those rows never
 * change after the transaction (conversion amounts, ledger entries, reversals, clicks): the relay
 * reads them. What does change (a conversion's status) is copied as it was.
 */
export interface OutboxFacts {
  /** A new conversion (ConversionsService.record). To the brand. */
  'conversion.created': { conversionId: string; status: string };
  /** A posted status change (ConversionsService). To the brand, and each partner credited on it. */
  'conversion.status_changed': { conversionId: string; status: string; previousStatus: string };
  /**
   * The engine credited a conversion (CreditingService.attributeConversions): a
   * `conversion.created` to each credited partner and a `commission.created` per partner with
   * entries (to the brand and that partner), from the touches and entries the same transaction
   * wrote. Kept this small on purpose: the engine writes one per conversion, hundreds per batch.
   */
  'conversion.credited': { conversionId: string; status: string };
  /** Entries approved after the lock period (LedgerService.settle): a `commission.approved` per partner and conversion. */
  'commission.approved': { entryIds: string[] };
  /** The clawback of a refund (ClawbackService.reverseConversion): a `commission.reversed` per partner. */
  'commission.reversed': { reversalId: string };
  /**
   * A payout statement was issued (issue #5): to the brand and to the statement's partner.
   * `statement` is passed through as given, so it is already in public form (presentStatement).
   */
  'statement.issued': { partnerId: string; statement: PresentedStatement };
}
export type OutboxFactType = keyof OutboxFacts;

/** A fact to write to the outbox, in the transaction of the change it describes. */
export type OutboxFact = {
  [T in OutboxFactType]: { brandId: string; type: T; data: OutboxFacts[T] };
}[OutboxFactType];
