import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  allocateRevenue,
  attribute,
  type AttributionSettings,
  checkConversion,
  creditsByPartner,
  DAY_MS,
  type PartnerCredit,
  periodOf,
  settleConversion,
} from '#domain';
import { Conversion } from '../conversions/index.js';
import {
  appendEntries,
  type CommissionEntryRow,
  ConversionTouch,
  creditedFacts,
  entryRow,
  RunningTotals,
} from '../ledger/index.js';
import { plansInForce } from '../plans/index.js';
import { bulkInsert, newId, Outbox } from '../platform/index.js';
import { QualityFlagRow } from '../quality/index.js';
import { type BrandSettings, TrackingLookupService } from '../tracking/index.js';
import { ATTRIBUTION_SQL } from './attribution.queries.js';
import { type ClickTouch, type Journey, JourneyReader } from './journey-reader.js';
import { type FoundCodeFlag, leakFlags, writeCodeFlags } from './promo-code-touches.js';

/** Used when a brand has no plan in force: conversions are still credited, nothing is paid. */
const DEFAULT_SETTINGS: AttributionSettings = { model: 'role_weighted' };
const DEFAULT_LOOKBACK_DAYS = 30;

/**
 * Crediting: a conversion's journey gets role-weighted credit and earns commissions, written to the
 * ledger with its touches and quality flags. Each conversion is processed in one transaction that
 * locks its row and is skipped once `attributed_at` is set; every ledger entry has a unique key.
 * So a job that runs twice, or dies half-way and is retried, writes each entry exactly once.
 */
@Injectable()
export class CreditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookup: TrackingLookupService,
    private readonly reader: JourneyReader,
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
      const journeys = await this.reader.journeys(
        manager,
        conversions,
        (conversion) => versionOf(conversion)?.plan.lookbackDays ?? DEFAULT_LOOKBACK_DAYS,
        (conversion) => versionOf(conversion)?.plan.codePolicy ?? 'touch',
      );
      const quality = await this.reader.qualityContext(manager, [...brands.keys()], [...journeys.values()]);
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
      await manager.query(ATTRIBUTION_SQL.markConversionsCredited, [
        credited.map((item) => item.conversion.id),
        credited.map((item) => item.source),
        credited.map((item) => item.version?.version.id ?? null),
        credited.map((item) => item.review),
      ]);
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
      const types = await this.reader.partnerTypes(manager, partnerIds);
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
            const row = entryRow(
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
      // The batch's conversions are locked and were not credited, so no entry of theirs exists.
      await appendEntries(manager, entryRows, { keyed: false });
      await totals.save(manager);
    });
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
}
