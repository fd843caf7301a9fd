import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DAY_MS, type FunnelRole, localDate, localDayBounds, type PartnerStatus, type PartnerType } from '#domain';
import { AppError, Clock } from '../platform/index.js';
import { PARTNER_FIGURES_SQL } from './partner-figures.queries.js';

/** What the partners table sorts by; `-` in front sorts from the largest. */
export const PARTNER_FIGURE_SORTS = ['name', 'clicks', 'conversions', 'revenue', 'commission', 'epc'] as const;
export type PartnerFigureSort = (typeof PARTNER_FIGURE_SORTS)[number];

/** The longest period the table sums over, in days. */
export const MAX_FIGURES_DAYS = 366;

export interface PartnerFiguresQuery {
  /** First and last local day ('YYYY-MM-DD', brand's zone); by default the last 30 days. */
  from?: string;
  to?: string;
  role?: FunnelRole;
  type?: PartnerType;
  status?: PartnerStatus;
  /** A part of the name or e-mail, any case. */
  search?: string;
  sort: PartnerFigureSort;
  descending: boolean;
  /** 1-based. */
  page: number;
  limit: number;
}

export interface PartnerFiguresRow {
  id: string;
  name: string;
  type: PartnerType;
  role: FunnelRole;
  status: PartnerStatus;
  email: string | null;
  externalRef: string | null;
  createdAt: Date;
  clicks: number;
  conversions: number;
  revenueMinor: number;
  commissionMinor: number;
}

export interface PartnerFiguresPage {
  currency: string;
  timezone: string;
  from: string;
  to: string;
  total: number;
  rows: PartnerFiguresRow[];
}

/** `%`, `_` and `\` match only themselves in the search. */
const likePattern = (search: string): string => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The console's partners table: every partner of a brand with its figures for a period, sorted and paged in SQL. */
@Injectable()
export class PartnerFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async page(brandId: string, query: PartnerFiguresQuery, now = this.clock.now()): Promise<PartnerFiguresPage> {
    const [brand] = await this.dataSource.query(PARTNER_FIGURES_SQL.brand, [brandId]);
    if (!brand) throw AppError.notFound('brand', brandId);
    const timezone: string = brand.timezone;
    const to = query.to ?? localDate(now, timezone);
    const from =
      query.from ?? localDate(new Date(localDayBounds(to, timezone).start.getTime() - 29 * DAY_MS), timezone);
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
    if (end.getTime() - start.getTime() > (MAX_FIGURES_DAYS + 1) * DAY_MS) {
      throw AppError.invalidField('from', `at most ${MAX_FIGURES_DAYS} days at a time`);
    }
    const search = query.search?.trim();
    const rows: Record<string, string | Date | null>[] = await this.dataSource.query(PARTNER_FIGURES_SQL.page, [
      brandId,
      start,
      end,
      from,
      to,
      query.role ?? null,
      query.type ?? null,
      query.status ?? null,
      search ? likePattern(search) : null,
      query.sort,
      query.descending ? 'desc' : 'asc',
      query.limit,
      (query.page - 1) * query.limit,
    ]);
    // Past the last page there is no row to carry the total: the first page says whether there is any.
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : query.page > 1
          ? (await this.page(brandId, { ...query, from, to, page: 1, limit: 1 }, now)).total
          : 0;
    return {
      currency: brand.currency,
      timezone,
      from,
      to,
      total,
      rows: rows.map((row) => ({
        id: row.id as string,
        name: row.name as string,
        type: row.type as PartnerType,
        role: row.role as FunnelRole,
        status: row.status as PartnerStatus,
        email: row.email as string | null,
        externalRef: row.external_ref as string | null,
        createdAt: row.created_at as Date,
        clicks: Number(row.clicks),
        conversions: Number(row.conversions),
        revenueMinor: Number(row.revenue_minor),
        commissionMinor: Number(row.commission_minor),
      })),
    };
  }
}
