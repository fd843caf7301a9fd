import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type EntryReason, entryReason, periodOf } from '#domain';
import { AppError, Clock, Outbox, type Page, type PageQuery, paginate } from '../platform/index.js';
import { type ApprovedRow, approvedFacts } from './ledger-facts.js';
import { CommissionEntryRow, type LedgerStatus } from './ledger.entity.js';
import { LEDGER_SQL } from './ledger.queries.js';
import { type RunningMeasure, RunningTotals } from './running-totals.js';

export interface CommissionFilter {
  status?: LedgerStatus;
  from?: Date;
  to?: Date;
}

/** Moves ledger entries along their lifecycle and lists them; entries are never edited otherwise. */
@Injectable()
export class LedgerService {
  private readonly logger = new Logger(LedgerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Rejects the pending entries of rejected conversions, then approves the pending entries whose
   * lock period (returns window) has ended by `asOf`, except those of conversions in review (flagged
   * by a quality rule), which wait for the manager's decision. The repeatable job settles every
   * brand; a request (a statement run) settles its own brand only. Safe to run any time.
   */
  async settle({ brandId, asOf = this.clock.now() }: { brandId?: string; asOf?: Date } = {}): Promise<{
    approved: number;
    rejected: number;
  }> {
    return this.dataSource.transaction(async (manager) => {
      const rejected: unknown[] = await manager.query(LEDGER_SQL.rejectEntriesOfRejectedConversions, [brandId ?? null]);
      const approved: unknown[] = await manager.query(LEDGER_SQL.approveDueEntries, [asOf, brandId ?? null]);
      await Outbox.add(manager, approvedFacts(rowsOf(approved) as ApprovedRow[]));
      const counts = { approved: countOf(approved), rejected: countOf(rejected) };
      if (counts.approved || counts.rejected) {
        this.logger.log(`Ledger: ${counts.approved} entries approved, ${counts.rejected} rejected`);
      }
      return counts;
    });
  }

  /**
   * Takes a rejected conversion's attributed revenue, and the pending entries that settle() will
   * reject, out of its partners' running totals (tiers and caps), in the transaction that rejects it.
   */
  async withdrawRejected(
    manager: EntityManager,
    conversion: { id: string; brandId: string; occurredAt: Date },
    timeZone: string,
  ): Promise<void> {
    const quarter = periodOf(conversion.occurredAt, 'quarter', timeZone).key;
    const month = periodOf(conversion.occurredAt, 'month', timeZone).key;
    const revenue: { partner_id: string; total: string }[] = await manager.query(LEDGER_SQL.revenueOfConversion, [
      conversion.id,
    ]);
    const earned: { partner_id: string; total: string }[] = await manager.query(
      LEDGER_SQL.pendingEarningsOfConversion,
      [conversion.id],
    );
    const key = (partnerId: string, measure: RunningMeasure, period: string) => ({
      brandId: conversion.brandId,
      partnerId,
      measure,
      period,
    });
    const totals = await RunningTotals.lock(manager, [
      ...revenue.map((row) => key(row.partner_id, 'quarter_revenue', quarter)),
      ...earned.map((row) => key(row.partner_id, 'month_earned', month)),
    ]);
    for (const row of revenue) totals.add(row.partner_id, 'quarter_revenue', quarter, -Number(row.total));
    for (const row of earned) totals.add(row.partner_id, 'month_earned', month, -Number(row.total));
    await totals.save(manager);
  }

  /** The reasons of capped, clawed-back and rejected entries, read with their conversions and refunds. */
  async reasons(entries: CommissionEntryRow[]): Promise<EntryReasons> {
    const conversionIds = [...new Set(entries.flatMap((entry) => entry.conversionId ?? []))];
    const reversalIds = [...new Set(entries.flatMap((entry) => entry.reversalId ?? []))];
    const conversions = new Map<
      string,
      { status: string; status_reason: string | null; status_note: string | null; amount_minor: string }
    >(
      conversionIds.length
        ? (await this.dataSource.query(LEDGER_SQL.conversionsForReasons, [conversionIds])).map(
            (row: { id: string }) => [row.id, row],
          )
        : [],
    );
    const reversals = new Map<string, { amount_minor: string; reason: string | null }>(
      reversalIds.length
        ? (await this.dataSource.query(LEDGER_SQL.reversalsForReasons, [reversalIds])).map((row: { id: string }) => [
            row.id,
            row,
          ])
        : [],
    );
    return new Map(
      entries.map((entry) => {
        const conversion = entry.conversionId ? conversions.get(entry.conversionId) : undefined;
        const reversal = entry.reversalId ? reversals.get(entry.reversalId) : undefined;
        return [
          entry.id,
          entryReason({
            kind: entry.kind,
            currency: entry.currency,
            amountMinor: entry.amountMinor,
            cappedMinor: entry.cappedMinor,
            reversalId: entry.reversalId,
            rejected: entry.status === 'rejected' || conversion?.status === 'rejected',
            conversionStatusReason: conversion?.status_reason,
            conversionStatusNote: conversion?.status_note,
            orderMinor: conversion ? Number(conversion.amount_minor) : null,
            refundMinor: reversal ? Number(reversal.amount_minor) : null,
            refundReason: reversal?.reason,
          }),
        ];
      }),
    );
  }

  /** What a partner has in the ledger, per status, and how much of the approved part is on statements. */
  async summary(
    brandId: string,
    partnerId: string,
  ): Promise<{
    currency: string;
    byStatus: Record<LedgerStatus, number>;
    statedMinor: number;
    notStatedMinor: number;
  }> {
    await this.assertPartner(brandId, partnerId);
    const rows: { status: LedgerStatus; stated: boolean; total: string }[] = await this.dataSource.query(
      LEDGER_SQL.partnerSummary,
      [brandId, partnerId],
    );
    const [{ currency }] = await this.dataSource.query(LEDGER_SQL.brandCurrency, [brandId]);
    const byStatus: Record<LedgerStatus, number> = { pending: 0, approved: 0, rejected: 0 };
    let statedMinor = 0;
    for (const row of rows) {
      byStatus[row.status] += Number(row.total);
      if (row.status === 'approved' && row.stated) statedMinor += Number(row.total);
    }
    return { currency, byStatus, statedMinor, notStatedMinor: byStatus.approved - statedMinor };
  }

  /** A partner's entries (brand-scoped), newest conversion time last, with optional filters. */
  async list<Out>(
    brandId: string,
    partnerId: string,
    filter: CommissionFilter,
    page: PageQuery,
    toOutput: (entry: CommissionEntryRow) => Out,
  ): Promise<Page<Out>> {
    await this.assertPartner(brandId, partnerId);
    const query = this.dataSource
      .getRepository(CommissionEntryRow)
      .createQueryBuilder('entry')
      .where('entry.brand_id = :brandId AND entry.partner_id = :partnerId', { brandId, partnerId });
    if (filter.status) query.andWhere('entry.status = :status', { status: filter.status });
    if (filter.from) query.andWhere('entry.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.occurred_at < :to', { to: filter.to });
    return paginate(query, page, toOutput);
  }

  private async assertPartner(brandId: string, partnerId: string): Promise<void> {
    const partner: unknown[] = await this.dataSource.query(LEDGER_SQL.partnerOfBrand, [partnerId, brandId]);
    if (partner.length === 0) throw AppError.notFound('partner', partnerId);
  }
}

/** Why each entry pays less than it might (cap, refund, rejection), by entry id; null when it pays as earned. */
export type EntryReasons = Map<string, EntryReason | null>;

/** The rows of an UPDATE … RETURNING: TypeORM answers [rows, affectedCount] on PostgreSQL. */
function rowsOf(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
}

/** Rows affected by an UPDATE … RETURNING, as the pg driver reports them through TypeORM. */
function countOf(result: unknown[]): number {
  return rowsOf(result).length;
}
