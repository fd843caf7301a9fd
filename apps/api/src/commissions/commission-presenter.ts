import { type EntryReason, formatMoney } from '#domain';
import { type CommissionEntryRow, type LedgerService } from '#core/ledger/index.js';
import { type Page } from '#core/platform/index.js';

export function presentEntry(entry: CommissionEntryRow, reason: EntryReason | null): Record<string, unknown> {
  const money = (minor: number): string => formatMoney(minor, entry.currency);
  return {
    id: entry.id,
    kind: entry.kind,
    amount: money(entry.amountMinor),
    currency: entry.currency,
    status: entry.status,
    conversionId: entry.conversionId,
    reversalId: entry.reversalId,
    occurredAt: entry.occurredAt.toISOString(),
    approvableAt: entry.approvableAt.toISOString(),
    approvedAt: entry.approvedAt?.toISOString() ?? null,
    credit: entry.credit,
    attributedRevenue: entry.attributedRevenueMinor === null ? null : money(entry.attributedRevenueMinor),
    rule: entry.ruleIndex,
    rateBps: entry.rateBps,
    tier: entry.tierIndex,
    ...(entry.kind === 'capped' && { cappedAmount: money(entry.cappedMinor) }),
    statementId: entry.statementId,
    reasonCode: reason?.code ?? null,
    reason: reason?.message ?? null,
  };
}

/** A page of ledger entries, each with its reason (LedgerService.reasons) when it pays less than earned. */
export function presentEntryPage(
  page: Page<CommissionEntryRow>,
  reasons: ReadonlyMap<string, EntryReason | null>,
): Page<Record<string, unknown>> {
  return { ...page, data: page.data.map((entry) => presentEntry(entry, reasons.get(entry.id) ?? null)) };
}

export function presentSummary(summary: Awaited<ReturnType<LedgerService['summary']>>): Record<string, unknown> {
  const money = (minor: number): string => formatMoney(minor, summary.currency);
  return {
    currency: summary.currency,
    pending: money(summary.byStatus.pending),
    approved: money(summary.byStatus.approved),
    rejected: money(summary.byStatus.rejected),
    onStatements: money(summary.statedMinor),
    approvedNotYetStated: money(summary.notStatedMinor),
  };
}
