import { formatMoney } from '#domain';
import { type Statement } from './statement.entity.js';

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

export function presentStatement(statement: Statement): Record<string, unknown> {
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
