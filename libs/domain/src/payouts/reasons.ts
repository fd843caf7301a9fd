import { formatMoney } from '../money/money.js';

export const ENTRY_REASON_CODES = ['monthly_cap', 'refund', 'advertiser_rejected', 'manual_rejection'] as const;
export type EntryReasonCode = (typeof ENTRY_REASON_CODES)[number];

/** What is known about a ledger entry and its conversion when saying why it pays less than it might. */
export interface EntryFacts {
  kind: string;
  currency: string;
  amountMinor: number;
  cappedMinor: number;
  /** Set on clawbacks. */
  reversalId: string | null;
  /** The entry was rejected, or its conversion was. */
  rejected: boolean;
  conversionStatusReason?: string | null;
  conversionStatusNote?: string | null;
  orderMinor?: number | null;
  refundMinor?: number | null;
  refundReason?: string | null;
}

export interface EntryReason {
  code: EntryReasonCode;
  /** One sentence a partner understands. */
  message: string;
}

/**
 * Why an entry is capped, clawed back or rejected, as a stable code and a sentence, so that a
 * partner reading a statement or its ledger never has to ask. Null for an entry paid as earned.
 */
export function entryReason(facts: EntryFacts): EntryReason | null {
  const money = (minor: number): string => `${formatMoney(minor, facts.currency)} ${facts.currency}`;
  if (facts.rejected) {
    const note = facts.conversionStatusNote ? `: ${facts.conversionStatusNote}` : '';
    switch (facts.conversionStatusReason) {
      case 'manual_rejection':
        return { code: 'manual_rejection', message: `The brand's manager rejected the order${note}.` };
      default:
        return {
          code: 'advertiser_rejected',
          message: `The brand's system reported the order as rejected (cancelled or not paid)${note}.`,
        };
    }
  }
  if (facts.reversalId) {
    const refund =
      facts.refundMinor != null && facts.orderMinor != null
        ? ` (${money(facts.refundMinor)} of ${money(facts.orderMinor)})`
        : '';
    const why = facts.refundReason ? `: ${facts.refundReason}` : '';
    return {
      code: 'refund',
      message: `The order was refunded${refund}${why}; ${money(-facts.amountMinor)} of the commission is taken back.`,
    };
  }
  if (facts.kind === 'capped') {
    return {
      code: 'monthly_cap',
      message: `The monthly cap of the commission plan was reached: ${money(facts.cappedMinor)} of this commission was not paid.`,
    };
  }
  return null;
}
