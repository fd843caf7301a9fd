import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  changePercent,
  DAY_MS,
  formatMoney,
  type FunnelRole,
  FUNNEL_ROLES,
  localDate,
  localDayBounds,
  periodOf,
  previousPeriod,
  prorateSpend,
  ratio,
  round,
} from '#domain';
import { AppError, Clock } from '../platform/index.js';
import { OVERVIEW_SQL } from './overview.queries.js';
import { PartnerMixTarget } from './partner-mix.entity.js';
import { REPORTS_SQL } from './reports.queries.js';

/** A decimal string in the brand currency ("19.99"). */
type Money = string;

/** The periods the console offers by name; the server's clock and the brand's zone place them. */
export const OVERVIEW_PERIODS = ['this_month', 'last_month', 'this_quarter', 'last_quarter'] as const;
export type OverviewPeriod = (typeof OVERVIEW_PERIODS)[number];

/** The longest period the overview answers, in days (a year and a bit, for a year against the one before). */
export const OVERVIEW_MAX_DAYS = 400;

/** Local days of the brand, both included. */
export interface DayRange {
  from: string;
  to: string;
}

export interface OverviewFigures {
  attributedRevenue: Money;
  /** Conversions with a credited touch. */
  conversions: number;
  clicks: number;
  commissionCost: Money;
  /** Commission cost / attributed revenue; null without attributed revenue. */
  costOfSale: number | null;
  /** All orders of the period (rejected ones left out), attributed or not: MER's revenue. */
  orders: number;
  revenue: Money;
  /** The brand's other marketing spend, spread over its days. */
  otherSpend: Money;
  /** Commission cost + other spend. */
  totalSpend: Money;
  /** Revenue / total spend, as the partner-mix report defines it; null without spend. */
  mer: number | null;
  /** Credited conversions of new customers. */
  newCustomers: number;
  /** Partners with a creditable click or a credited touch. */
  activePartners: number;
}

/** Percent change of each figure against the previous period; null where that was zero. */
export type OverviewChanges = Record<
  | 'attributedRevenue'
  | 'conversions'
  | 'clicks'
  | 'commissionCost'
  | 'costOfSale'
  | 'mer'
  | 'newCustomers'
  | 'activePartners',
  number | null
>;

export interface OverviewDay {
  day: string;
  clicks: number;
  conversions: number;
  attributedRevenue: Money;
}

export interface OverviewRoleMix {
  role: FunnelRole;
  attributedRevenue: Money;
  /** Of all attributed revenue, 0..1 (4 decimals). */
  actual: number;
  /** The brand's target share; null without a target. */
  target: number | null;
  /** actual − target in percentage points (1 decimal); null without a target. */
  gapPoints: number | null;
}

export interface Overview {
  currency: string;
  timeZone: string;
  period: DayRange & { days: number };
  previousPeriod: DayRange;
  current: OverviewFigures;
  previous: OverviewFigures;
  changePercent: OverviewChanges;
  daily: OverviewDay[];
  mix: { targetSet: boolean; roles: OverviewRoleMix[] };
}

export interface OverviewTodo {
  conversionsInReview: number;
  applicationsWaiting: number;
  /** Statements the last closed month's run would issue (0 once it has run). */
  statementsToIssue: number;
  /** That month ("2026-10"), when there are statements to issue. */
  monthToIssue: string | null;
  /** Issued statements with an amount due, not yet paid. */
  statementsToPay: number;
  /** The brand's webhook endpoints whose deliveries are failing (or that were disabled for it). */
  failingWebhooks: number;
}

interface Raw {
  clicks: number;
  orders: number;
  revenueMinor: number;
  conversions: number;
  newCustomers: number;
  attributedMinor: number;
  commissionMinor: number;
  otherSpendMinor: number;
  activePartners: number;
}

const SHARE_DECIMALS = 4;

/** A calendar day `days` after another ("YYYY-MM-DD"; date arithmetic, no time zone involved). */
export function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysIn({ from, to }: DayRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * The console's overview of a brand: a period's figures against those of the period of the same
 * length just before, by day, and the role mix against the target. The figures follow the
 * partner-mix report's definitions (see reports.queries.ts and partner-mix-body.ts).
 */
@Injectable()
export class OverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A named period in the brand's zone: this month or quarter up to today, or the last whole one. */
  async resolvePeriod(brandId: string, name: OverviewPeriod, now = this.clock.now()): Promise<DayRange> {
    const { timezone } = await this.brand(this.dataSource.manager, brandId);
    const kind = name.endsWith('quarter') ? 'quarter' : 'month';
    const current = periodOf(now, kind, timezone);
    if (name.startsWith('this')) return { from: localDate(current.start, timezone), to: localDate(now, timezone) };
    const last = previousPeriod(current);
    return { from: localDate(last.start, timezone), to: plusDays(localDate(last.end, timezone), -1) };
  }

  /** Checks a range of days: `to` on or after `from`, at most OVERVIEW_MAX_DAYS days. */
  static checkRange(range: DayRange): void {
    if (range.to < range.from) throw AppError.invalidField('to', 'to must be on or after from');
    if (daysIn(range) > OVERVIEW_MAX_DAYS) {
      throw AppError.invalidField('to', `a period is at most ${OVERVIEW_MAX_DAYS} days; choose a shorter one`);
    }
  }

  async overview(brandId: string, range: DayRange): Promise<Overview> {
    OverviewService.checkRange(range);
    const days = daysIn(range);
    const before: DayRange = { from: plusDays(range.from, -days), to: plusDays(range.from, -1) };
    // One snapshot for every figure, so that the cards, the chart and the mix agree.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { timezone, currency } = await this.brand(manager, brandId);
      const money = (minor: number): Money => formatMoney(Math.round(minor), currency);
      const span = this.instants(range, timezone);
      const current = await this.totals(manager, brandId, range, timezone);
      const previous = await this.totals(manager, brandId, before, timezone);

      const dailyRows: { day: string; clicks: string; conversions: string; revenue: string }[] = await manager.query(
        OVERVIEW_SQL.dailyRows,
        [brandId, span.start, span.end, timezone, range.from, range.to],
      );
      const roleRows: { role: FunnelRole; revenue: string }[] = await manager.query(OVERVIEW_SQL.revenueByRole, [
        brandId,
        span.start,
        span.end,
      ]);
      const target = await manager.findOneBy(PartnerMixTarget, { brandId });
      const byRole = new Map(roleRows.map((row) => [row.role, Number(row.revenue)]));
      const totalAttributed = [...byRole.values()].reduce((sum, value) => sum + value, 0);

      return {
        currency,
        timeZone: timezone,
        period: { ...range, days },
        previousPeriod: before,
        current: this.present(current, money),
        previous: this.present(previous, money),
        changePercent: this.changes(previous, current),
        daily: dailyRows.map((row) => ({
          day: row.day,
          clicks: Number(row.clicks),
          conversions: Number(row.conversions),
          attributedRevenue: money(Number(row.revenue)),
        })),
        mix: {
          targetSet: target !== null,
          roles: FUNNEL_ROLES.map((role) => {
            const actual = ratio(byRole.get(role) ?? 0, totalAttributed) ?? 0;
            const goal = target ? target[role] : null;
            return {
              role,
              attributedRevenue: money(byRole.get(role) ?? 0),
              actual: round(actual, SHARE_DECIMALS),
              target: goal,
              gapPoints: goal === null ? null : round((actual - goal) * 100, 1),
            };
          }),
        },
      };
    });
  }

  /** What waits for the manager, counted. */
  async todo(brandId: string, now = this.clock.now()): Promise<OverviewTodo> {
    const manager = this.dataSource.manager;
    const { timezone } = await this.brand(manager, brandId);
    const [counts]: { in_review: string; applications: string; to_pay: string; failing_webhooks: string }[] =
      await manager.query(OVERVIEW_SQL.todoCounts, [brandId]);
    const closed = previousPeriod(periodOf(now, 'month', timezone));
    const [issue]: { partners: string }[] = await manager.query(OVERVIEW_SQL.statementsToIssue, [
      brandId,
      closed.key,
      closed.end,
      now,
    ]);
    const statementsToIssue = Number(issue.partners);
    return {
      conversionsInReview: Number(counts.in_review),
      applicationsWaiting: Number(counts.applications),
      statementsToIssue,
      monthToIssue: statementsToIssue > 0 ? closed.key : null,
      statementsToPay: Number(counts.to_pay),
      failingWebhooks: Number(counts.failing_webhooks),
    };
  }

  private async brand(manager: EntityManager, brandId: string): Promise<{ timezone: string; currency: string }> {
    const [brand]: { timezone: string; currency: string }[] = await manager.query(OVERVIEW_SQL.brand, [brandId]);
    if (!brand) throw AppError.notFound('brand', brandId);
    return brand;
  }

  /** The first instant of the first day and the first instant after the last, in the brand's zone. */
  private instants(range: DayRange, timezone: string): { start: Date; end: Date } {
    return { start: localDayBounds(range.from, timezone).start, end: localDayBounds(range.to, timezone).end };
  }

  private async totals(manager: EntityManager, brandId: string, range: DayRange, timezone: string): Promise<Raw> {
    const span = this.instants(range, timezone);
    const [row]: Record<string, string>[] = await manager.query(OVERVIEW_SQL.periodTotals, [
      brandId,
      span.start,
      span.end,
    ]);
    // Other spend as the report weighs it: each entry's share of its days that fall in the period.
    const spend: { period_start: string; period_end: string; amount_minor: string }[] = await manager.query(
      REPORTS_SQL.spendOverlappingQuarter,
      [brandId, range.from, plusDays(range.to, 1)],
    );
    const otherSpendMinor = spend.reduce(
      (sum, line) =>
        sum +
        prorateSpend(Number(line.amount_minor), line.period_start, line.period_end, range.from, plusDays(range.to, 1)),
      0,
    );
    return {
      clicks: Number(row.clicks),
      orders: Number(row.orders),
      revenueMinor: Number(row.revenue),
      conversions: Number(row.conversions),
      newCustomers: Number(row.new_customers),
      attributedMinor: Number(row.attributed_revenue),
      commissionMinor: Number(row.commission),
      otherSpendMinor,
      activePartners: Number(row.active_partners),
    };
  }

  private present(raw: Raw, money: (minor: number) => Money): OverviewFigures {
    const totalSpend = raw.commissionMinor + raw.otherSpendMinor;
    const costOfSale = ratio(raw.commissionMinor, raw.attributedMinor);
    return {
      attributedRevenue: money(raw.attributedMinor),
      conversions: raw.conversions,
      clicks: raw.clicks,
      commissionCost: money(raw.commissionMinor),
      costOfSale: costOfSale === null ? null : round(costOfSale, SHARE_DECIMALS),
      orders: raw.orders,
      revenue: money(raw.revenueMinor),
      otherSpend: money(raw.otherSpendMinor),
      totalSpend: money(totalSpend),
      mer: totalSpend > 0 ? round(raw.revenueMinor / totalSpend, 2) : null,
      newCustomers: raw.newCustomers,
      activePartners: raw.activePartners,
    };
  }

  /** Changes from the unrounded figures; a ratio that had no value before has no change. */
  private changes(before: Raw, now: Raw): OverviewChanges {
    const costOfSale = (raw: Raw) => ratio(raw.commissionMinor, raw.attributedMinor);
    const mer = (raw: Raw) => ratio(raw.revenueMinor, raw.commissionMinor + raw.otherSpendMinor);
    const ofRatio = (a: number | null, b: number | null) => (a === null || b === null ? null : changePercent(a, b));
    return {
      attributedRevenue: changePercent(before.attributedMinor, now.attributedMinor),
      conversions: changePercent(before.conversions, now.conversions),
      clicks: changePercent(before.clicks, now.clicks),
      commissionCost: changePercent(before.commissionMinor, now.commissionMinor),
      costOfSale: ofRatio(costOfSale(before), costOfSale(now)),
      mer: ofRatio(mer(before), mer(now)),
      newCustomers: changePercent(before.newCustomers, now.newCustomers),
      activePartners: changePercent(before.activePartners, now.activePartners),
    };
  }
}
