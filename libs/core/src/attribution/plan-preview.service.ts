import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  allocateRevenue,
  attribute,
  type CalendarPeriod,
  type CommissionPlan,
  type Touch,
  formatMoney,
  parsePeriod,
  periodOf,
  previousPeriod,
  settleConversion,
} from '#domain';
import { Conversion, CONVERSION_STATUSES } from '../conversions/index.js';
import { AppError, Clock, sqlLiterals } from '../platform/index.js';
import { TrackingLookupService } from '../tracking/index.js';
import { ATTRIBUTION_SQL } from './attribution.queries.js';
import { JourneyReader } from './journey-reader.js';

const conversionStatus = sqlLiterals(CONVERSION_STATUSES);

/** A preview recomputes every journey; beyond this many conversions it would take too long for a request. */
export const MAX_PREVIEW_CONVERSIONS = 20_000;

export interface PartnerPreview {
  partnerId: string;
  name: string;
  role: string;
  type: string;
  /** Under the draft. */
  attributedRevenue: string;
  /** As the ledger credits it today. */
  currentAttributedRevenue: string;
  commission: string;
  /** What the ledger holds for the same conversions today (before refunds). */
  currentCommission: string;
  difference: string;
}

export interface PlanPreview {
  period: string;
  start: string;
  end: string;
  currency: string;
  conversions: number;
  partners: PartnerPreview[];
  totals: {
    attributedRevenue: string;
    currentAttributedRevenue: string;
    commission: string;
    currentCommission: string;
    difference: string;
    /** Commission over attributed revenue, 4 decimals; null when there was no revenue. */
    costOfSale: number | null;
    currentCostOfSale: number | null;
  };
  note: string;
}

/** Which closed period to replay: a key ("2026-10", "2026-Q3"), or the last month or quarter. */
export interface PreviewSpan {
  period?: string;
  last?: 'month' | 'quarter';
}

/** A ratio to 4 decimals (cost of sale as in the partner-mix report); null over nothing. */
function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/**
 * What each partner would have earned in a past month or quarter under a draft plan, beside what the ledger
 * holds for the same conversions: journeys are selected again with the draft's lookback and
 * credited with its model, then settled in time order as the engine would (tiers run on from the
 * period's start, caps from each month's). Nothing is written. Quarter-to-date revenue before a
 * month is taken from the ledger as it stands, since the draft did not apply then either.
 */
@Injectable()
export class PlanPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: JourneyReader,
    private readonly lookup: TrackingLookupService,
    private readonly clock: Clock,
  ) {}

  async preview(brandId: string, plan: CommissionPlan, span: PreviewSpan = {}): Promise<PlanPreview> {
    const brand = await this.lookup.brand(brandId);
    if (!brand) throw AppError.notFound('brand', brandId);
    if (span.period !== undefined && span.last !== undefined) {
      throw AppError.invalidField('last', 'Give either period or last, not both');
    }
    let period: CalendarPeriod;
    try {
      period = span.period
        ? parsePeriod(span.period, brand.timezone)
        : previousPeriod(periodOf(this.clock.now(), span.last ?? 'month', brand.timezone));
    } catch (error) {
      throw AppError.invalidField('period', (error as Error).message);
    }

    const manager = this.dataSource.manager;
    const conversions = await manager
      .createQueryBuilder(Conversion, 'c')
      .where(
        `c.brand_id = :brandId AND c.status <> ${conversionStatus.rejected} AND c.occurred_at >= :start AND c.occurred_at < :end`,
        { brandId, start: period.start, end: period.end },
      )
      .orderBy('c.occurred_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(MAX_PREVIEW_CONVERSIONS + 1)
      .getMany();
    if (conversions.length > MAX_PREVIEW_CONVERSIONS) {
      throw AppError.invalidField(
        span.last ? 'last' : 'period',
        `More than ${MAX_PREVIEW_CONVERSIONS} conversions in ${period.key}; preview a shorter or quieter period`,
      );
    }

    const partners: { id: string; name: string; role: string; type: string }[] = await manager.query(
      ATTRIBUTION_SQL.previewPartners,
      [brandId],
    );
    const types = await this.reader.partnerTypes(
      manager,
      partners.map((partner) => partner.id),
    );
    const quarter = periodOf(period.start, 'quarter', brand.timezone);
    const quarterRevenue = new Map<string, number>(
      (await manager.query(ATTRIBUTION_SQL.quarterRevenueBeforeMonth, [brandId, quarter.start, period.start])).map(
        (row: { partner_id: string; total: string }) => [row.partner_id, Number(row.total)],
      ),
    );
    /** Earned per partner and month: caps are per month, and a quarter's replay crosses three. */
    const earned = new Map<string, number>();
    const revenueOf = new Map<string, number>();
    const commissionOf = new Map<string, number>();
    const add = (map: Map<string, number>, key: string, amount: number): void => {
      map.set(key, (map.get(key) ?? 0) + amount);
    };

    const journeys = await this.reader.journeys(
      manager,
      conversions,
      () => plan.lookbackDays,
      () => plan.codePolicy ?? 'touch',
    );
    for (const conversion of conversions) {
      const { journey } = journeys.get(conversion.id) as { journey: Touch[] };
      const credits = attribute(journey, plan.attribution);
      if (credits.length === 0) continue;
      const revenue = allocateRevenue(conversion.amountMinor, credits);
      const month = periodOf(conversion.occurredAt, 'month', brand.timezone).key;
      const { byPartner, entries } = settleConversion(
        conversion,
        credits,
        revenue,
        plan,
        types,
        (partnerId) => quarterRevenue.get(partnerId) ?? 0,
        (partnerId) => earned.get(`${partnerId}|${month}`) ?? 0,
      );
      for (const partner of byPartner) {
        add(quarterRevenue, partner.partnerId, partner.revenueMinor);
        add(revenueOf, partner.partnerId, partner.revenueMinor);
      }
      for (const entry of entries) {
        add(earned, `${entry.partnerId}|${month}`, entry.amountMinor);
        add(commissionOf, entry.partnerId, entry.amountMinor);
      }
    }

    const current = new Map<string, number>(
      (await manager.query(ATTRIBUTION_SQL.currentCommissions, [conversions.map((conversion) => conversion.id)])).map(
        (row: { partner_id: string; total: string }) => [row.partner_id, Number(row.total)],
      ),
    );
    const currentRevenue = new Map<string, number>(
      (await manager.query(ATTRIBUTION_SQL.currentRevenue, [conversions.map((conversion) => conversion.id)])).map(
        (row: { partner_id: string; total: string }) => [row.partner_id, Number(row.total)],
      ),
    );
    const money = (minor: number): string => formatMoney(minor, brand.currency);
    let draftTotal = 0;
    let currentTotal = 0;
    let draftRevenue = 0;
    let currentRevenueTotal = 0;
    const rows = partners.map((partner) => {
      const draft = commissionOf.get(partner.id) ?? 0;
      const now = current.get(partner.id) ?? 0;
      draftTotal += draft;
      currentTotal += now;
      draftRevenue += revenueOf.get(partner.id) ?? 0;
      currentRevenueTotal += currentRevenue.get(partner.id) ?? 0;
      return {
        partnerId: partner.id,
        name: partner.name,
        role: partner.role,
        type: partner.type,
        attributedRevenue: money(revenueOf.get(partner.id) ?? 0),
        currentAttributedRevenue: money(currentRevenue.get(partner.id) ?? 0),
        commission: money(draft),
        currentCommission: money(now),
        difference: money(draft - now),
      };
    });
    return {
      period: period.key,
      start: period.start.toISOString(),
      end: period.end.toISOString(),
      currency: brand.currency,
      conversions: conversions.length,
      partners: rows,
      totals: {
        attributedRevenue: money(draftRevenue),
        currentAttributedRevenue: money(currentRevenueTotal),
        commission: money(draftTotal),
        currentCommission: money(currentTotal),
        difference: money(draftTotal - currentTotal),
        costOfSale: ratio(draftTotal, draftRevenue),
        currentCostOfSale: ratio(currentTotal, currentRevenueTotal),
      },
      note: 'Conversion commissions only (CPS, CPA, new-customer bonus), before refunds; CPC, CPM and flat fees are not previewed.',
    };
  }
}
