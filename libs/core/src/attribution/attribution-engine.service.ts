import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import {
  allocateRevenue,
  applyCap,
  attribute,
  type AttributionSettings,
  checkConversion,
  type CodePolicy,
  commissionEntries,
  type CommissionEntry,
  type CommissionPlan,
  type ConversionPartner,
  creditsByPartner,
  DAY_MS,
  DEFAULT_QUALITY_SETTINGS,
  type FunnelRole,
  journeySource,
  journeyWithCode,
  type PartnerCredit,
  type PartnerType,
  periodOf,
  type QualitySettings,
  resolveQualitySettings,
  reversalEntries,
  selectJourney,
  type Touch,
  type TouchCredit,
} from '#domain';
import { plansInForce } from '../plans/index.js';
import { Conversion, ConversionReversal, type JourneySource } from '../conversions/index.js';
import { bulkInsert, Clock, newId, Outbox } from '../platform/index.js';
import { QualityFlagRow } from '../quality/index.js';
import { type BrandSettings, TrackingLookupService } from '../tracking/index.js';
import {
  CommissionEntryRow,
  ConversionTouch,
  creditedFacts,
  type LedgerStatus,
  RunningTotals,
} from '../ledger/index.js';
import { codesOfBatch, codeTouchOf, type FoundCodeFlag, leakFlags, writeCodeFlags } from './promo-code-touches.js';

/** Used when a brand has no plan in force: conversions are still credited, nothing is paid. */
const DEFAULT_SETTINGS: AttributionSettings = { model: 'role_weighted' };
const DEFAULT_LOOKBACK_DAYS = 30;

interface ClickTouch extends Touch {
  customerKeyHash: string | null;
  /** Set on the touch of a promo code (then no click). */
  promoCodeId?: string;
}

interface ClickRow {
  id: string;
  brand_id: string;
  partner_id: string;
  partner_role: FunnelRole;
  occurred_at: Date;
  customer_key_hash: string | null;
}

/** A conversion's journey as found, before the quality rules look at it. */
export interface Journey {
  journey: ClickTouch[];
  source: JourneySource;
  /** The click id the conversion named, when no click of its brand has it. */
  unknownClickId: string | null;
  /** The customer key that pulled the journey in: the conversion's, or its click's. */
  customerKeyHash: string | null;
  /** A promo code used outside its partner's audience, or leaked (see promo-code-touches). */
  codeFlag?: FoundCodeFlag;
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
 * the monthly cap. `quarterBefore` and `earnedBefore` answer per partner: its attributed revenue in
 * the quarter and its earnings in the month before this conversion. Pure: the engine and the plan
 * preview both use it.
 */
export function settleConversion(
  conversion: Pick<Conversion, 'amountMinor' | 'newCustomer'>,
  credits: TouchCredit<Touch>[],
  revenue: number[],
  plan: CommissionPlan,
  types: ReadonlyMap<string, PartnerType>,
  quarterBefore: (partnerId: string) => number,
  earnedBefore: (partnerId: string) => number,
): { byPartner: PartnerCredit[]; entries: CommissionEntry[] } {
  const byPartner = creditsByPartner(credits, revenue);
  // A partner that touched under several roles is matched by its last touch's role.
  const lastRole = new Map(credits.map((credit) => [credit.touch.partnerId, credit.touch.role]));
  const partners: ConversionPartner[] = byPartner.map((partner) => ({
    ...partner,
    type: types.get(partner.partnerId) as PartnerType,
    role: lastRole.get(partner.partnerId) as FunnelRole,
    quarterRevenueBeforeMinor: quarterBefore(partner.partnerId),
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
        earnedBefore(partnerId),
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
    private readonly clock: Clock,
  ) {}

  /** Credits one conversion: `attributeConversions` with a batch of one. */
  async attributeConversion(conversionId: string): Promise<void> {
    await this.attributeConversions([conversionId]);
  }

  /**
   * Credits a batch of conversions in one transaction: their rows are locked and those already
   * credited skipped; journeys, plans and partner types are read once for the batch; tiers and
   * caps read the partners' running totals, in the order of the conversions' times; touches,
   * entries and totals are written in a few multi-row statements.
   */
  async attributeConversions(conversionIds: readonly string[]): Promise<void> {
    if (conversionIds.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const locked = await manager
        .createQueryBuilder(Conversion, 'c')
        .where('c.id = ANY(:ids) AND c.attributed_at IS NULL', { ids: [...new Set(conversionIds)] })
        .orderBy('c.id')
        .setLock('pessimistic_write')
        .getMany();
      const brands = new Map<string, BrandSettings>();
      for (const brandId of new Set(locked.map((conversion) => conversion.brandId))) {
        const brand = await this.lookup.brand(brandId);
        if (brand) brands.set(brandId, brand);
      }
      const conversions = locked
        .filter((conversion) => brands.has(conversion.brandId))
        .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : 1));
      if (conversions.length === 0) return;

      const planAt = await plansInForce(manager, [...brands.keys()]);
      const versionOf = (conversion: Conversion) => planAt(conversion.brandId, conversion.occurredAt);
      const journeys = await this.journeys(
        manager,
        conversions,
        (conversion) => versionOf(conversion)?.plan.lookbackDays ?? DEFAULT_LOOKBACK_DAYS,
        (conversion) => versionOf(conversion)?.plan.codePolicy ?? 'touch',
      );
      const quality = await this.qualityContext(manager, [...brands.keys()], [...journeys.values()]);
      const credited = conversions.map((conversion) => {
        const version = versionOf(conversion);
        const found = journeys.get(conversion.id) as Journey;
        const { flags, journey } = checkConversion(
          {
            conversionAt: conversion.occurredAt,
            journey: found.journey,
            unknownClickId: found.unknownClickId,
            selfReferringPartners: quality.selfReferring(conversion.brandId, found.customerKeyHash),
            isTimed: (touch) => !touch.promoCodeId,
          },
          quality.settings(conversion.brandId),
        );
        const source = found.source;
        const credits = attribute(journey, version?.plan.attribution ?? DEFAULT_SETTINGS);
        const revenue = allocateRevenue(conversion.amountMinor, credits);
        const brand = brands.get(conversion.brandId) as BrandSettings;
        return {
          conversion,
          version,
          credits,
          revenue,
          source: credits.length ? source : ('none' as const),
          quarter: periodOf(conversion.occurredAt, 'quarter', brand.timezone).key,
          month: periodOf(conversion.occurredAt, 'month', brand.timezone).key,
          // A rejected conversion is credited (its touches explain it) but earns nothing and does not count.
          counts: credits.length > 0 && conversion.status !== 'rejected',
          flags,
          // A flagged conversion waits for a manager; its entries are written but not approved meanwhile.
          review: flags.length > 0 && conversion.status === 'pending',
        };
      });

      // Touches and credited marks first: what follows holds the partners' running totals locked,
      // and a concurrent batch waits for them, so that part is kept short.
      await manager.query(
        `UPDATE conversions c SET attributed_at = now(), updated_at = now(),
                journey_source = u.source, plan_id = u.plan_id,
                status = CASE WHEN u.review THEN 'review' ELSE c.status END
           FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::boolean[]) AS u(id, source, plan_id, review)
          WHERE c.id = u.id`,
        [
          credited.map((item) => item.conversion.id),
          credited.map((item) => item.source),
          credited.map((item) => item.version?.version.id ?? null),
          credited.map((item) => item.review),
        ],
      );
      await bulkInsert(
        manager,
        QualityFlagRow,
        credited.flatMap(({ conversion, flags }) =>
          flags.map((flag) => ({
            id: newId(),
            brandId: conversion.brandId,
            conversionId: conversion.id,
            partnerId: flag.partnerId,
            code: flag.code,
            evidence: flag.evidence,
          })),
        ),
      );
      await bulkInsert(
        manager,
        ConversionTouch,
        credited.flatMap(({ conversion, credits, revenue }) =>
          credits.map((credit, index) => ({
            conversionId: conversion.id,
            clickId: credit.touch.clickId,
            ...(credit.touch.promoCodeId && { promoCodeId: credit.touch.promoCodeId }),
            brandId: conversion.brandId,
            partnerId: credit.touch.partnerId,
            role: credit.touch.role,
            occurredAt: credit.touch.occurredAt,
            baseWeight: credit.baseWeight.toString(),
            roleWeight: credit.roleWeight.toString(),
            credit: credit.credit.toString(),
            attributedRevenueMinor: revenue[index],
          })),
        ),
      );

      await this.writeCodeFlags(manager, conversions, journeys);

      const counted = credited.filter((item) => item.counts);
      // Webhook facts now, before the running totals are locked: that part is kept short.
      await Outbox.add(manager, creditedFacts(counted));
      const partnerIds = [...new Set(counted.flatMap((item) => item.credits.map((credit) => credit.touch.partnerId)))];
      const types = await this.partnerTypes(manager, partnerIds);
      const totals = await RunningTotals.lock(
        manager,
        counted.flatMap(({ conversion, version, credits, quarter, month }) =>
          credits.flatMap(({ touch }) => [
            {
              brandId: conversion.brandId,
              partnerId: touch.partnerId,
              measure: 'quarter_revenue' as const,
              period: quarter,
            },
            ...(version
              ? [
                  {
                    brandId: conversion.brandId,
                    partnerId: touch.partnerId,
                    measure: 'month_earned' as const,
                    period: month,
                  },
                ]
              : []),
          ]),
        ),
      );
      const entryRows: Partial<CommissionEntryRow>[] = [];
      for (const { conversion, version, credits, revenue, quarter, month } of counted) {
        let partners: PartnerCredit[];
        if (version) {
          const settled = settleConversion(
            conversion,
            credits,
            revenue,
            version.plan,
            types,
            (partnerId) => totals.get(partnerId, 'quarter_revenue', quarter),
            (partnerId) => totals.get(partnerId, 'month_earned', month),
          );
          partners = settled.byPartner;
          const approvableAt = new Date(conversion.occurredAt.getTime() + version.plan.lockDays * DAY_MS);
          settled.entries.forEach((entry, index) => {
            totals.add(entry.partnerId, 'month_earned', month, entry.amountMinor);
            const partner = partners.find((credit) => credit.partnerId === entry.partnerId);
            const row = this.row(
              entry,
              `c:${conversion.id}:${String(index).padStart(3, '0')}`,
              conversion,
              version.version.id,
              approvableAt,
            );
            row.credit = partner?.credit.toString() ?? null;
            row.attributedRevenueMinor = partner?.revenueMinor ?? null;
            entryRows.push(row);
          });
        } else {
          partners = creditsByPartner(credits, revenue);
        }
        for (const partner of partners) totals.add(partner.partnerId, 'quarter_revenue', quarter, partner.revenueMinor);
      }
      // Not `insertEntries`: the batch's conversions are locked and were not credited, so no entry
      // of theirs exists; a conflict would be a defect, and should fail loudly.
      await bulkInsert(manager, CommissionEntryRow, entryRows);
      await totals.save(manager);
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
            approvedAt: original.status === 'approved' ? this.clock.now() : null,
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

  /** What the engine recorded for a conversion: its credited touches, its ledger entries and its quality flags. */
  async explanation(
    conversionId: string,
  ): Promise<{ touches: ConversionTouch[]; entries: CommissionEntryRow[]; flags: QualityFlagRow[] }> {
    const [touches, entries, flags] = await Promise.all([
      this.dataSource
        .getRepository(ConversionTouch)
        .find({ where: { conversionId }, order: { occurredAt: 'ASC', clickId: 'ASC' } }),
      this.dataSource.getRepository(CommissionEntryRow).find({ where: { conversionId }, order: { entryKey: 'ASC' } }),
      this.dataSource.getRepository(QualityFlagRow).find({ where: { conversionId }, order: { code: 'ASC' } }),
    ]);
    return { touches, entries, flags };
  }

  /**
   * What the quality rules need for a batch: each brand's settings, and the partners that
   * registered the batch's customer keys as their own.
   */
  private async qualityContext(
    manager: EntityManager,
    brandIds: string[],
    journeys: Journey[],
  ): Promise<{
    settings: (brandId: string) => QualitySettings;
    selfReferring: (brandId: string, customerKeyHash: string | null) => Set<string>;
  }> {
    const rules: { id: string; quality_rules: Partial<QualitySettings> }[] = await manager.query(
      'SELECT id, quality_rules FROM brands WHERE id = ANY($1::uuid[])',
      [brandIds],
    );
    const settings = new Map(rules.map((row) => [row.id, resolveQualitySettings(row.quality_rules)]));
    const keys = [...new Set(journeys.flatMap((journey) => journey.customerKeyHash ?? []))];
    const own: { brand_id: string; partner_id: string; customer_key_hash: string }[] = keys.length
      ? await manager.query(
          `SELECT brand_id, partner_id, customer_key_hash FROM partner_customer_keys
            WHERE brand_id = ANY($1::uuid[]) AND customer_key_hash = ANY($2::char(64)[])`,
          [brandIds, keys],
        )
      : [];
    const partnersOf = new Map<string, Set<string>>();
    for (const row of own) {
      const key = `${row.brand_id}|${row.customer_key_hash}`;
      partnersOf.set(key, (partnersOf.get(key) ?? new Set()).add(row.partner_id));
    }
    return {
      settings: (brandId) => settings.get(brandId) ?? DEFAULT_QUALITY_SETTINGS,
      selfReferring: (brandId, customerKeyHash) =>
        (customerKeyHash && partnersOf.get(`${brandId}|${customerKeyHash}`)) || new Set(),
    };
  }

  /**
   * The touches of each conversion: its click (by id) and its customer's clicks in the window, the
   * customer key being the conversion's or, failing that, its click's; and its promo code's touch
   * (see codeTouchOf), beside the clicks or, under the `exclusive` code policy, alone. Three
   * queries for any number of conversions (the third only when some used a code).
   */
  async journeys(
    manager: EntityManager,
    conversions: Conversion[],
    lookbackDaysOf: (conversion: Conversion) => number,
    codePolicyOf: (conversion: Conversion) => CodePolicy = () => 'touch',
  ): Promise<Map<string, Journey>> {
    const clickIds = [...new Set(conversions.flatMap((conversion) => conversion.clickId ?? []))];
    const byId = new Map<string, ClickRow & { creditable: boolean }>(
      clickIds.length
        ? (
            await manager.query(
              `SELECT id, brand_id, partner_id, partner_role, occurred_at, customer_key_hash, creditable FROM clicks
                WHERE id = ANY($1::uuid[])`,
              [clickIds],
            )
          ).map((row: ClickRow & { creditable: boolean }) => [row.id, row])
        : [],
    );
    const wanted = conversions.map((conversion) => {
      const row = conversion.clickId ? byId.get(conversion.clickId) : undefined;
      // A click id of another brand is unknown to this one; a known click that is not creditable
      // (a bot, a suspended partner, flooding) is no touch.
      const known = row !== undefined && row.brand_id === conversion.brandId;
      const click = known && row.creditable ? toTouch(row) : undefined;
      const lookbackDays = lookbackDaysOf(conversion);
      return {
        conversion,
        click,
        unknownClickId: conversion.clickId && !known ? conversion.clickId : null,
        lookbackDays,
        customerKeyHash: conversion.customerKeyHash ?? click?.customerKeyHash ?? null,
        windowStart: new Date(conversion.occurredAt.getTime() - lookbackDays * DAY_MS),
      };
    });
    const withKey = wanted.filter((item) => item.customerKeyHash !== null);
    const byCustomer = new Map<string, ClickTouch[]>();
    if (withKey.length) {
      const rows: ClickRow[] = await manager.query(
        `SELECT id, brand_id, partner_id, partner_role, occurred_at, customer_key_hash FROM clicks
          WHERE brand_id = ANY($1::uuid[]) AND customer_key_hash = ANY($2::char(64)[]) AND creditable
            AND occurred_at >= $3 AND occurred_at <= $4`,
        [
          [...new Set(withKey.map((item) => item.conversion.brandId))],
          [...new Set(withKey.map((item) => item.customerKeyHash))],
          new Date(Math.min(...withKey.map((item) => item.windowStart.getTime()))),
          new Date(Math.max(...withKey.map((item) => item.conversion.occurredAt.getTime()))),
        ],
      );
      for (const row of rows) {
        const key = `${row.brand_id}|${row.customer_key_hash}`;
        byCustomer.set(key, [...(byCustomer.get(key) ?? []), toTouch(row)]);
      }
    }
    const codes = await codesOfBatch(manager, conversions);
    return new Map(
      wanted.map(({ conversion, click, unknownClickId, lookbackDays, customerKeyHash, windowStart }) => {
        const candidates = (byCustomer.get(`${conversion.brandId}|${customerKeyHash}`) ?? []).filter(
          (touch) => touch.occurredAt >= windowStart && touch.occurredAt <= conversion.occurredAt,
        );
        if (click && !candidates.some((touch) => touch.clickId === click.clickId)) candidates.push(click);
        const clicks = selectJourney(candidates, {
          conversionAt: conversion.occurredAt,
          lookbackDays,
          clickId: click?.clickId,
        });
        const code = codeTouchOf(conversion, codes, clicks, (touch) => ({ ...touch, customerKeyHash: null }));
        const journey = journeyWithCode(clicks, code.touch, codePolicyOf(conversion));
        const source = journeySource({ click: click !== undefined, customerClicks: clicks.length, code: !!code.touch });
        return [
          conversion.id,
          {
            journey,
            source,
            unknownClickId,
            customerKeyHash,
            ...(code.flag && { codeFlag: code.flag }),
          } satisfies Journey,
        ];
      }),
    );
  }

  /** The promo-code flags of a batch: codes outside their partner's audience, and leaked codes. */
  private async writeCodeFlags(
    manager: EntityManager,
    conversions: Conversion[],
    journeys: Map<string, { journey: ClickTouch[]; codeFlag?: FoundCodeFlag }>,
  ): Promise<void> {
    const codeTouches = conversions.flatMap((conversion) =>
      (journeys.get(conversion.id)?.journey ?? []).flatMap((touch) =>
        touch.promoCodeId ? [{ conversion, promoCodeId: touch.promoCodeId }] : [],
      ),
    );
    await writeCodeFlags(manager, [
      ...[...journeys.values()].flatMap((item) => item.codeFlag ?? []),
      ...(await leakFlags(manager, codeTouches)),
    ]);
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

  /** Entries are keyed: one written before (a retried clawback) is left as it is. */
  private async insertEntries(manager: EntityManager, rows: Partial<CommissionEntryRow>[]): Promise<void> {
    await bulkInsert(manager, CommissionEntryRow, rows, { onConflictDoNothing: true });
    this.logger.debug(`Wrote ${rows.length} ledger entries`);
  }
}
