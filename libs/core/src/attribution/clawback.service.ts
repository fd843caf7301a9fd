import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { periodOf, reversalEntries } from '#domain';
import { Conversion, ConversionReversal } from '../conversions/index.js';
import {
  appendEntries,
  CommissionEntryRow,
  domainEntry,
  entryRow,
  type LedgerStatus,
  RunningTotals,
} from '../ledger/index.js';
import { Clock, Outbox } from '../platform/index.js';
import { TrackingLookupService } from '../tracking/index.js';
import { ATTRIBUTION_SQL } from './attribution.queries.js';

/** Thrown for a job that should be retried later (a reversal whose conversion is not credited yet). */
export class NotReadyError extends Error {}

/**
 * Clawbacks: a refund of a credited conversion takes back its share of every commission, in one
 * transaction that locks the conversion; entries are keyed by refund and original entry, so a
 * retried job writes each clawback once.
 */
@Injectable()
export class ClawbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookup: TrackingLookupService,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the clawback of a refund: negative entries against the conversion's commissions,
   * proportional to the refunded amount, exact across several partial refunds.
   */
  async reverseConversion(reversalId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const reversal = await manager.findOneBy(ConversionReversal, { id: reversalId });
      if (!reversal) return;
      const conversion = await manager.findOne(Conversion, {
        where: { id: reversal.conversionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!conversion) return;
      if (!conversion.attributedAt) throw new NotReadyError(`conversion ${conversion.id} is not credited yet`);
      const done = await manager.existsBy(CommissionEntryRow, { reversalId });
      if (done) return;

      const paid = await manager.find(CommissionEntryRow, {
        where: { conversionId: conversion.id, reversalId: IsNull() },
        order: { entryKey: 'ASC' },
      });
      if (paid.length === 0) return; // nothing was paid, so nothing to claw back
      // Earlier refunds are those already clawed back (they have entries, zero ones included):
      // jobs may run in another order than the refunds were made; the totals come out the same.
      const earlierReversals: { id: string; amount_minor: string }[] = await manager.query(
        ATTRIBUTION_SQL.earlierClawedBackRefunds,
        [conversion.id, reversal.id],
      );
      const earlierEntries: { entry_key: string; amount_minor: string }[] = await manager.query(
        ATTRIBUTION_SQL.clawbacksOfRefunds,
        [earlierReversals.map((row) => row.id)],
      );
      // Clawback keys end with the original entry's key, so they can be matched back to it.
      const clawedBack = paid.map((entry) =>
        earlierEntries
          .filter((row) => row.entry_key.endsWith(`|${entry.entryKey}`))
          .reduce((sum, row) => sum + Number(row.amount_minor), 0),
      );
      const clawbacks = reversalEntries(
        paid.map((entry) => domainEntry(entry)),
        conversion.amountMinor,
        reversal.amountMinor,
        {
          refundedMinor: earlierReversals.reduce((sum, row) => sum + Number(row.amount_minor), 0),
          clawedBackMinor: clawedBack,
        },
      );
      // Clawbacks lower what the partner earned in the conversion's month: room under its cap.
      const brand = await this.lookup.brand(conversion.brandId);
      if (!brand) return; // the brand was deleted, and its ledger with it
      const month = periodOf(conversion.occurredAt, 'month', brand.timezone).key;
      const counted = clawbacks.filter((entry, index) => paid[index].status !== 'rejected' && entry.amountMinor !== 0);
      const totals = await RunningTotals.lock(
        manager,
        counted.map((entry) => ({
          brandId: conversion.brandId,
          partnerId: entry.partnerId,
          measure: 'month_earned' as const,
          period: month,
        })),
      );
      for (const entry of counted) totals.add(entry.partnerId, 'month_earned', month, entry.amountMinor);
      await totals.save(manager);
      await Outbox.add(manager, [{ brandId: conversion.brandId, type: 'commission.reversed', data: { reversalId } }]);
      await appendEntries(
        manager,
        clawbacks
          // Zero clawbacks are written too: they mark this refund as clawed back.
          .map((entry, index) => ({ entry, original: paid[index] }))
          .map(({ entry, original }) => ({
            ...entryRow(
              entry,
              `r:${reversal.id}|${original.entryKey}`,
              conversion,
              original.planId,
              original.approvableAt,
            ),
            reversalId: reversal.id,
            // A refund after approval is a clawback against the next statement: due at once.
            status: (original.status === 'approved' ? 'approved' : original.status) as LedgerStatus,
            approvedAt: original.status === 'approved' ? this.clock.now() : null,
            credit: original.credit,
            attributedRevenueMinor: null,
          })),
        // A retried clawback finds its entries written and leaves them.
        { keyed: true },
      );
    });
  }
}
