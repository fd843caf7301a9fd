import { type CommissionKind, type EntryReasonCode, formatMoney } from '#domain';
import { type Statement, type StatementStatus } from './statement.entity.js';

/**
 * A statement as the API answers it (lists, `POST …/paid`, the `statement.issued` event): money as
 * decimal strings of `currency`. apps/api's response classes implement these interfaces, so /docs
 * describes exactly what is presented here.
 */
export interface PresentedStatement {
  id: string;
  partnerId: string;
  /** The month in the brand's time zone, "2026-10". */
  period: string;
  currency: string;
  status: StatementStatus;
  openingBalance: string;
  earned: string;
  total: string;
  minimumPayout: string;
  amountDue: string;
  carriedForward: string;
  /** The sentence under the totals (see balanceNote). */
  note: string;
  issuedAt: string;
  paidAt: string | null;
  paidReference: string | null;
}

/** A statement in the manager's list: with its partner's name, so the list reads without a lookup. */
export interface ListedStatement extends PresentedStatement {
  partnerName: string;
  /** What refunds took back on this statement (≤ 0): part of `earned`. */
  clawbacks: string;
}

/** One line of a statement document: a ledger entry, money as decimal strings of the statement's currency. */
export interface PresentedStatementLine {
  entryId: string;
  /** The local date (brand time zone) of the order, or of the day the fee is for. */
  date: string;
  kind: CommissionKind;
  transactionId: string | null;
  orderAmount: string | null;
  /** The partner's share of the order ("15/29"); null for fees. */
  credit: string | null;
  /** The same share as a percentage, "51.72 %". */
  creditShare: string | null;
  attributedRevenue: string | null;
  rule: number | null;
  rateBps: number | null;
  tier: number | null;
  commission: string;
  /** On `capped` lines only: what the cap kept back. */
  cappedAmount?: string;
  /** How many other partners took part in the order (never who). */
  otherPartners: number;
  reasonCode: EntryReasonCode | null;
  reason: string | null;
}

/** A statement with its parties and lines: `GET /v1/statements/{id}` and `/v1/me/statements/{id}` as JSON. */
export interface StatementDocument extends PresentedStatement {
  brand: string;
  partner: { id: string; name: string; externalRef: string | null };
  lines: PresentedStatementLine[];
}

/** The sentence under a statement's totals: paid, carried below the threshold, or a debt carried. */
export function balanceNote(statement: Statement): string {
  const money = (minor: number): string => `${formatMoney(minor, statement.currency)} ${statement.currency}`;
  if (statement.amountDueMinor > 0) return `${money(statement.amountDueMinor)} is due to be paid.`;
  if (statement.totalMinor < 0) {
    return `Clawbacks exceed the earnings: ${money(-statement.totalMinor)} is owed and will be taken from the next statement.`;
  }
  if (statement.totalMinor === 0) return 'Nothing is due this month.';
  return (
    `The total is below the minimum payout of ${money(statement.thresholdMinor)}: ` +
    `${money(statement.totalMinor)} is carried to the next statement.`
  );
}

export function presentStatement(statement: Statement): PresentedStatement {
  const money = (minor: number): string => formatMoney(minor, statement.currency);
  return {
    id: statement.id,
    partnerId: statement.partnerId,
    period: statement.period,
    currency: statement.currency,
    status: statement.status,
    openingBalance: money(statement.openingBalanceMinor),
    earned: money(statement.earnedMinor),
    total: money(statement.totalMinor),
    minimumPayout: money(statement.thresholdMinor),
    amountDue: money(statement.amountDueMinor),
    carriedForward: money(statement.carriedForwardMinor),
    note: balanceNote(statement),
    issuedAt: statement.issuedAt.toISOString(),
    paidAt: statement.paidAt?.toISOString() ?? null,
    paidReference: statement.paidReference,
  };
}

/** A statement of the manager's list; `statement.partner` is loaded with it (StatementsService.list). */
export function presentListedStatement(statement: Statement, clawbacksMinor: number): ListedStatement {
  return {
    ...presentStatement(statement),
    partnerName: statement.partner?.name ?? '',
    clawbacks: formatMoney(clawbacksMinor, statement.currency),
  };
}
