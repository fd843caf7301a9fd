import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DAY_MS, localDate, localDayBounds } from '#domain';
import { AppError, Clock } from '../../platform/index.js';

/** The longest range of days one request may ask for. */
export const MAX_ACTIVITY_DAYS = 92;

export interface ActivityDay {
  /** The local date in the brand's time zone. */
  date: string;
  /** Creditable clicks (bots and flooded clicks left out). */
  clicks: number;
  impressions: number;
  /** Conversions the partner was credited in, however small its share. */
  conversions: number;
  attributedRevenueMinor: number;
  /** Its ledger entries of the day, rejected ones left out, clawbacks counted. */
  commissionMinor: number;
}

/** A partner's day-by-day activity, for its portal and its manager. */
@Injectable()
export class PartnerActivityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Days `from`..`to` (inclusive, 'YYYY-MM-DD' in the brand's zone); by default the last 30 days. */
  async daily(
    brandId: string,
    partnerId: string,
    range: { from?: string; to?: string },
    now = this.clock.now(),
  ): Promise<{ currency: string; timezone: string; days: ActivityDay[] }> {
    const [partner] = await this.dataSource.query(
      `SELECT b.currency, b.timezone FROM partners p JOIN brands b ON b.id = p.brand_id WHERE p.id = $1 AND p.brand_id = $2`,
      [partnerId, brandId],
    );
    if (!partner) throw AppError.notFound('partner', partnerId);
    const timezone: string = partner.timezone;
    const to = range.to ?? localDate(now, timezone);
    const from =
      range.from ?? localDate(new Date(localDayBounds(to, timezone).start.getTime() - 29 * DAY_MS), timezone);
    const bounds = (field: 'from' | 'to', day: string) => {
      try {
        return localDayBounds(day, timezone);
      } catch (error) {
        throw AppError.invalidField(field, `${field}: ${(error as Error).message}`);
      }
    };
    const start = bounds('from', from).start;
    const end = bounds('to', to).end;
    if (end <= start) throw AppError.invalidField('to', 'to must be on or after from');
    if (end.getTime() - start.getTime() > (MAX_ACTIVITY_DAYS + 1) * DAY_MS) {
      throw AppError.invalidField('from', `at most ${MAX_ACTIVITY_DAYS} days at a time`);
    }
    const params = [brandId, partnerId, start, end, timezone];
    const perDay = async (sql: string): Promise<Map<string, number[]>> => {
      const rows: { day: string; a: string; b?: string }[] = await this.dataSource.query(sql, params);
      return new Map(rows.map((row) => [row.day, [Number(row.a), Number(row.b ?? 0)]]));
    };
    const [clicks, conversions, commissions, impressions] = await Promise.all([
      perDay(`SELECT to_char(occurred_at AT TIME ZONE $5, 'YYYY-MM-DD') AS day, count(*) AS a FROM clicks
               WHERE brand_id = $1 AND partner_id = $2 AND creditable AND occurred_at >= $3 AND occurred_at < $4
               GROUP BY 1`),
      perDay(`SELECT to_char(c.occurred_at AT TIME ZONE $5, 'YYYY-MM-DD') AS day, count(DISTINCT t.conversion_id) AS a,
                     sum(t.attributed_revenue_minor) AS b
                FROM conversion_touches t JOIN conversions c ON c.id = t.conversion_id
               WHERE t.brand_id = $1 AND t.partner_id = $2 AND c.occurred_at >= $3 AND c.occurred_at < $4
               GROUP BY 1`),
      perDay(`SELECT to_char(occurred_at AT TIME ZONE $5, 'YYYY-MM-DD') AS day, sum(amount_minor) AS a
                FROM commission_entries
               WHERE brand_id = $1 AND partner_id = $2 AND status <> 'rejected' AND occurred_at >= $3 AND occurred_at < $4
               GROUP BY 1`),
      perDay(`SELECT to_char(day, 'YYYY-MM-DD') AS day, count AS a FROM impressions_daily
               WHERE brand_id = $1 AND partner_id = $2
                 AND day >= ($3::timestamptz AT TIME ZONE $5)::date AND day < ($4::timestamptz AT TIME ZONE $5)::date`),
    ]);
    const days: ActivityDay[] = [];
    for (let day = from; day <= to; day = localDate(localDayBounds(day, timezone).end, timezone)) {
      days.push({
        date: day,
        clicks: clicks.get(day)?.[0] ?? 0,
        impressions: impressions.get(day)?.[0] ?? 0,
        conversions: conversions.get(day)?.[0] ?? 0,
        attributedRevenueMinor: conversions.get(day)?.[1] ?? 0,
        commissionMinor: commissions.get(day)?.[0] ?? 0,
      });
    }
    return { currency: partner.currency, timezone, days };
  }
}
