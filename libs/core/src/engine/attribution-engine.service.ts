import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import {
  allocateRevenue,
  applyCap,
  attribute,
  type AttributionSettings,
  type CommissionEntry,
  commissionEntries,
  type CommissionPlan,
  type ConversionPartner,
  creditsByPartner,
  type FunnelRole,
  type PartnerCredit,
  type PartnerType,
  periodOf,
  reversalEntries,
  selectJourney,
  type Touch,
  type TouchCredit,
} from '#domain';
import { planOf } from '../commissions/commission-plans.service.js';
import { CommissionPlanVersion } from '../commissions/commission-plan.entity.js';
import { Conversion, ConversionReversal, type JourneySource } from '../conversions/conversion.entity.js';
import { newId } from '../persistence/ids.js';
import { TrackingLookupService } from '../tracking/tracking-lookup.service.js';
import { CommissionEntryRow, ConversionTouch, type LedgerStatus } from './ledger.entity.js';

/** Used when a brand has no plan in force: conversions are still credited, nothing is paid. */
const DEFAULT_SETTINGS: AttributionSettings = { model: 'role_weighted' };
const DEFAULT_LOOKBACK_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

interface ClickTouch extends Touch {
  customerKeyHash: string | null;
}

interface ClickRow {
  id: string;
  partner_id: string;
  partner_role: FunnelRole;
  occurred_at: Date;
  customer_key_hash: string | null;
}

const toTouch = (row: ClickRow): ClickTouch => ({
  clickId: row.id,
  partnerId: row.partner_id,
  role: row.partner_role,
  occurredAt: row.occurred_at,
  customerKeyHash: row.customer_key_hash,
});

/**
 * The commissions of one credited conversion under a plan: each partner's credit and revenue, its
 * entries by the plan's rules (matched on the partner's type and the role of its last touch), then
 * the monthly cap. `quarterBefore` and `earnedBefore` are per partner: its attributed revenue in
 * the quarter and its earnings in the month before this conversion. Pure: the engine and the plan
 * preview both use it.
 */
export function settleConversion(
  conversion: Pick<Conversion, 'amountMinor' | 'newCustomer'>,
  credits: TouchCredit<Touch>[],
  revenue: number[],
  plan: CommissionPlan,
  types: ReadonlyMap<string, PartnerType>,
  quarterBefore: ReadonlyMap<string, number>,
  earnedBefore: ReadonlyMap<string, number>,
): { byPartner: PartnerCredit[]; entries: CommissionEntry[] } {
  const byPartner = creditsByPartner(credits, revenue);
  // A partner that touched under several roles is matched by its last touch's role.
  const lastRole = new Map(credits.map((credit) => [credit.touch.partnerId, credit.touch.role]));
  const partners: ConversionPartner[] = byPartner.map((partner) => ({
    ...partner,
    type: types.get(partner.partnerId) as PartnerType,
    role: lastRole.get(partner.partnerId) as FunnelRole,
    quarterRevenueBeforeMinor: quarterBefore.get(partner.partnerId) ?? 0,
  }));
  const entries = commissionEntries(
    { amountMinor: conversion.amountMinor, newCustomer: conversion.newCustomer === true },
    partners,
    plan,
  );
  return {
    byPartner,
    entries: byPartner.flatMap(({ partnerId }) =>
      applyCap(
        entries.filter((entry) => entry.partnerId === partnerId),
        earnedBefore.get(partnerId) ?? 0,
        plan.caps?.perPartnerPerMonth,
      ),
    ),
  };
}

/** Thrown for a job that should be retried later (a reversal whose conversion is not credited yet). */
export class NotReadyError extends Error {}

/**
 * The engine: credits a conversion's journey and writes its commissions to the ledger, and claws
 * back refunds. Each conversion is processed in one transaction that locks its row and is skipped
 * once `attributed_at` is set; every ledger entry has a unique key. So a job that runs twice, or
 * dies half-way and is retried, writes each entry exactly once.
 */
@Injectable()
export class AttributionEngineService {
  private readonly logger = new Logger(AttributionEngineService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookup: TrackingLookupService,
  ) {}

  async attributeConversion(conversionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const conversion = await manager.findOne(Conversion, {
        where: { id: conversionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!conversion || conversion.attributedAt) return;
      const brand = await this.lookup.brand(conversion.brandId);
      if (!brand) return;
      const version = await manager
        .createQueryBuilder(CommissionPlanVersion, 'plan')
        .where('plan.brand_id = :brandId AND plan.effective_from <= :at', {
          brandId: conversion.brandId,
          at: conversion.occurredAt,
        })
        .orderBy('plan.effective_from', 'DESC')
        .getOne();
      const plan = version ? planOf(version) : undefined;

      const { journey, source } = await this.journey(manager, conversion, plan?.lookbackDays ?? DEFAULT_LOOKBACK_DAYS);
      const credits = attribute(journey, plan?.attribution ?? DEFAULT_SETTINGS);
      await manager.update(
        Conversion,
        { id: conversion.id },
        { attributedAt: new Date(), journeySource: credits.length ? source : 'none', planId: version?.id ?? null },
      );
      if (credits.length === 0) return;

      const revenue = allocateRevenue(conversion.amountMinor, credits);
      await manager.insert(
        ConversionTouch,
        credits.map((credit, index) => ({
          conversionId: conversion.id,
          clickId: credit.touch.clickId,
          brandId: conversion.brandId,
          partnerId: credit.touch.partnerId,
          role: credit.touch.role,
          occurredAt: credit.touch.occurredAt,
          baseWeight: credit.baseWeight.toString(),
          roleWeight: credit.roleWeight.toString(),
          credit: credit.credit.toString(),
          attributedRevenueMinor: revenue[index],
        })),
      );
      if (!plan || !version || conversion.status === 'rejected') return;

      const partnerIds = [...new Set(credits.map((credit) => credit.touch.partnerId))];
      const types = await this.partnerTypes(manager, partnerIds);
      const quarter = periodOf(conversion.occurredAt, 'quarter', brand.timezone);
      const month = periodOf(conversion.occurredAt, 'month', brand.timezone);
      const { byPartner, entries: capped } = settleConversion(
        conversion,
        credits,
        revenue,
        plan,
        types,
        await this.sumBefore(manager, 'revenue', conversion, partnerIds, quarter.start),
        await this.sumBefore(manager, 'earned', conversion, partnerIds, month.start),
      );
      const approvableAt = new Date(conversion.occurredAt.getTime() + plan.lockDays * DAY_MS);
      const credited = new Map(byPartner.map((partner) => [partner.partnerId, partner]));
      await this.insertEntries(
        manager,
        capped.map((entry, index) => ({
          ...this.row(
            entry,
            `c:${conversion.id}:${String(index).padStart(3, '0')}`,
            conversion,
            version.id,
            approvableAt,
          ),
          credit: credited.get(entry.partnerId)?.credit.toString() ?? null,
          attributedRevenueMinor: credited.get(entry.partnerId)?.revenueMinor ?? null,
        })),
      );
    });
  }

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
        `SELECT r.id, r.amount_minor FROM conversion_reversals r
          WHERE r.conversion_id = $1 AND r.id <> $2
            AND EXISTS (SELECT 1 FROM commission_entries e WHERE e.reversal_id = r.id)`,
        [conversion.id, reversal.id],
      );
      const earlierEntries: { entry_key: string; amount_minor: string }[] = await manager.query(
        `SELECT entry_key, amount_minor FROM commission_entries WHERE reversal_id = ANY($1::uuid[])`,
        [earlierReversals.map((row) => row.id)],
      );
      // Clawback keys end with the original entry's key, so they can be matched back to it.
      const clawedBack = paid.map((entry) =>
        earlierEntries
          .filter((row) => row.entry_key.endsWith(`|${entry.entryKey}`))
          .reduce((sum, row) => sum + Number(row.amount_minor), 0),
      );
      const clawbacks = reversalEntries(
        paid.map((entry) => this.domainEntry(entry)),
        conversion.amountMinor,
        reversal.amountMinor,
        {
          refundedMinor: earlierReversals.reduce((sum, row) => sum + Number(row.amount_minor), 0),
          clawedBackMinor: clawedBack,
        },
      );
      await this.insertEntries(
        manager,
        clawbacks
          // Zero clawbacks are written too: they mark this refund as clawed back.
          .map((entry, index) => ({ entry, original: paid[index] }))
          .map(({ entry, original }) => ({
            ...this.row(
              entry,
              `r:${reversal.id}|${original.entryKey}`,
              conversion,
              original.planId,
              original.approvableAt,
            ),
            reversalId: reversal.id,
            // A refund after approval is a clawback against the next statement: due at once.
            status: (original.status === 'approved' ? 'approved' : original.status) as LedgerStatus,
            approvedAt: original.status === 'approved' ? new Date() : null,
            credit: original.credit,
            attributedRevenueMinor: null,
          })),
      );
    });
  }

  /** The current type of each partner, for rule matching. */
  async partnerTypes(manager: EntityManager, partnerIds: string[]): Promise<Map<string, PartnerType>> {
    const rows: { id: string; type: PartnerType }[] = await manager.query(
      'SELECT id, type FROM partners WHERE id = ANY($1::uuid[])',
      [partnerIds],
    );
    return new Map(rows.map((row) => [row.id, row.type]));
  }

  /** What the engine recorded for a conversion: its credited touches and its ledger entries. */
  async explanation(conversionId: string): Promise<{ touches: ConversionTouch[]; entries: CommissionEntryRow[] }> {
    const [touches, entries] = await Promise.all([
      this.dataSource
        .getRepository(ConversionTouch)
        .find({ where: { conversionId }, order: { occurredAt: 'ASC', clickId: 'ASC' } }),
      this.dataSource.getRepository(CommissionEntryRow).find({ where: { conversionId }, order: { entryKey: 'ASC' } }),
    ]);
    return { touches, entries };
  }

  /** The touches of a conversion: its click (by id) and the customer's clicks in the window. */
  async journey(
    manager: EntityManager,
    conversion: Conversion,
    lookbackDays: number,
  ): Promise<{ journey: ClickTouch[]; source: JourneySource }> {
    const byId: ClickRow[] = conversion.clickId
      ? await manager.query(
          `SELECT id, partner_id, partner_role, occurred_at, customer_key_hash FROM clicks
            WHERE id = $1 AND brand_id = $2 AND creditable`,
          [conversion.clickId, conversion.brandId],
        )
      : [];
    const click = byId[0] ? toTouch(byId[0]) : undefined;
    // The click's customer key pulls in the rest of the journey when the conversion has none.
    const customerKeyHash = conversion.customerKeyHash ?? click?.customerKeyHash ?? null;
    const windowStart = new Date(conversion.occurredAt.getTime() - lookbackDays * DAY_MS);
    const rows: ClickRow[] = customerKeyHash
      ? await manager.query(
          `SELECT id, partner_id, partner_role, occurred_at, customer_key_hash FROM clicks
            WHERE brand_id = $1 AND customer_key_hash = $2 AND creditable
              AND occurred_at >= $3 AND occurred_at <= $4`,
          [conversion.brandId, customerKeyHash, windowStart, conversion.occurredAt],
        )
      : [];
    const candidates = rows.map(toTouch);
    if (click && !candidates.some((touch) => touch.clickId === click.clickId)) candidates.push(click);
    const journey = selectJourney(candidates, {
      conversionAt: conversion.occurredAt,
      lookbackDays,
      clickId: click?.clickId,
    });
    return { journey, source: click ? 'click_id' : 'customer_key' };
  }

  /**
   * Per partner, over this brand's conversions earlier in the period than this one (by time, then
   * id): the attributed revenue of its non-rejected conversions (for CPS tiers), or what it earned
   * on them, clawbacks included and rejected entries left out (for the monthly cap).
   */
  private async sumBefore(
    manager: EntityManager,
    what: 'revenue' | 'earned',
    conversion: Conversion,
    partnerIds: string[],
    periodStart: Date,
  ): Promise<Map<string, number>> {
    const source =
      what === 'revenue'
        ? `SELECT x.partner_id, sum(x.attributed_revenue_minor)::bigint AS total
             FROM conversion_touches x JOIN conversions c ON c.id = x.conversion_id
            WHERE c.status <> 'rejected'`
        : `SELECT x.partner_id, sum(x.amount_minor)::bigint AS total
             FROM commission_entries x JOIN conversions c ON c.id = x.conversion_id
            WHERE x.status <> 'rejected'`;
    const rows: { partner_id: string; total: string }[] = await manager.query(
      `${source} AND c.brand_id = $1 AND x.partner_id = ANY($2::uuid[])
          AND c.occurred_at >= $3 AND (c.occurred_at, c.id) < ($4, $5)
        GROUP BY 1`,
      [conversion.brandId, partnerIds, periodStart, conversion.occurredAt, conversion.id],
    );
    return new Map(rows.map((row) => [row.partner_id, Number(row.total)]));
  }

  private row(
    entry: CommissionEntry,
    entryKey: string,
    conversion: Conversion,
    planId: string | null,
    approvableAt: Date,
  ): Partial<CommissionEntryRow> {
    return {
      id: newId(),
      entryKey,
      brandId: conversion.brandId,
      partnerId: entry.partnerId,
      conversionId: conversion.id,
      reversalId: null,
      kind: entry.kind,
      amountMinor: entry.amountMinor,
      cappedMinor: entry.cappedMinor ?? 0,
      currency: conversion.currency,
      status: 'pending',
      planId,
      ruleIndex: entry.ruleIndex,
      rateBps: entry.rateBps ?? null,
      tierIndex: entry.tierIndex ?? null,
      occurredAt: conversion.occurredAt,
      approvableAt,
      approvedAt: null,
    };
  }

  private domainEntry(row: CommissionEntryRow): CommissionEntry {
    return {
      partnerId: row.partnerId,
      kind: row.kind as CommissionEntry['kind'],
      amountMinor: row.amountMinor,
      ruleIndex: row.ruleIndex ?? 0,
      ...(row.kind === 'capped' && { cappedMinor: row.cappedMinor }),
    };
  }

  private async insertEntries(manager: EntityManager, rows: Partial<CommissionEntryRow>[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.createQueryBuilder().insert().into(CommissionEntryRow).values(rows).orIgnore().execute();
    this.logger.debug(`Wrote ${rows.length} ledger entries`);
  }
}
