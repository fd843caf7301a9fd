import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FUNNEL_ROLES, type FunnelRole } from '#domain';
import { IsCalendarDate } from '#core/platform/index.js';
import {
  OVERVIEW_MAX_DAYS,
  OVERVIEW_PERIODS,
  type Overview,
  type OverviewChanges,
  type OverviewDay,
  type OverviewFigures,
  type OverviewPeriod,
  type OverviewRoleMix,
  type OverviewTodo,
} from '#core/reports/index.js';

// The response classes implement the interfaces of libs/core/src/reports/overview.service.ts, so
// /docs describes exactly what the service returns.

const MONEY = { type: String, example: '1234.50', description: "A decimal string in the brand's currency." };
const INTEGER = { type: 'integer' } as const;
const CHANGE = {
  type: Number,
  nullable: true,
  example: 12.5,
  description: 'Percent change against the previous period, 1 decimal; null when that was 0 (or had no value).',
} as const;

/** `GET /v1/overview`: a named period, or `from` and `to` (local days of the brand, both included). */
export class OverviewQuery {
  @ApiPropertyOptional({
    enum: OVERVIEW_PERIODS,
    description: "A named period in the brand's time zone: this month or quarter so far, or the last whole one.",
  })
  @IsOptional()
  @IsIn(OVERVIEW_PERIODS, { message: `period must be one of ${OVERVIEW_PERIODS.join(', ')}` })
  period?: OverviewPeriod;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'First local day (with `to`, instead of `period`).' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-11-30',
    description: `Last local day, included: on or after \`from\`, at most ${OVERVIEW_MAX_DAYS} days after.`,
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class OverviewRangeResponse {
  @ApiProperty({ example: '2026-11-01' }) from: string;
  @ApiProperty({ example: '2026-11-30' }) to: string;
}

export class OverviewPeriodResponse extends OverviewRangeResponse {
  @ApiProperty({ ...INTEGER, example: 30 }) days: number;
}

export class OverviewFiguresResponse implements OverviewFigures {
  @ApiProperty({ ...MONEY, description: "Revenue credited to partners (the settlement model's shares)." })
  attributedRevenue: string;

  @ApiProperty({ ...INTEGER, description: 'Conversions with a credited touch (rejected ones left out).' })
  conversions: number;

  @ApiProperty({ ...INTEGER, description: 'Creditable clicks.' }) clicks: number;

  @ApiProperty({ ...MONEY, description: 'Commission entries of the period (fees included, rejected left out).' })
  commissionCost: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Commission cost / attributed revenue, 4 decimals.' })
  costOfSale: number | null;

  @ApiProperty({ ...INTEGER, description: 'All orders, attributed or not (rejected ones left out).' })
  orders: number;

  @ApiProperty({ ...MONEY, description: 'Revenue of all orders: the numerator of MER.' }) revenue: string;

  @ApiProperty({ ...MONEY, description: "The brand's other marketing spend, spread over its days." })
  otherSpend: string;

  @ApiProperty({ ...MONEY, description: 'Commission cost + other spend.' }) totalSpend: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Revenue / total spend, 2 decimals; null without spend.' })
  mer: number | null;

  @ApiProperty({ ...INTEGER, description: 'Credited conversions of new customers.' }) newCustomers: number;

  @ApiProperty({ ...INTEGER, description: 'Partners with a creditable click or a credited conversion.' })
  activePartners: number;
}

export class OverviewChangesResponse implements OverviewChanges {
  @ApiProperty(CHANGE) attributedRevenue: number | null;
  @ApiProperty(CHANGE) conversions: number | null;
  @ApiProperty(CHANGE) clicks: number | null;
  @ApiProperty(CHANGE) commissionCost: number | null;
  @ApiProperty(CHANGE) costOfSale: number | null;
  @ApiProperty(CHANGE) mer: number | null;
  @ApiProperty(CHANGE) newCustomers: number | null;
  @ApiProperty(CHANGE) activePartners: number | null;
}

export class OverviewDayResponse implements OverviewDay {
  @ApiProperty({ example: '2026-11-03', description: "A local day of the brand's time zone." }) day: string;
  @ApiProperty(INTEGER) clicks: number;
  @ApiProperty(INTEGER) conversions: number;
  @ApiProperty(MONEY) attributedRevenue: string;
}

export class OverviewRoleMixResponse implements OverviewRoleMix {
  @ApiProperty({ enum: FUNNEL_ROLES }) role: FunnelRole;
  @ApiProperty(MONEY) attributedRevenue: string;
  @ApiProperty({ type: Number, example: 0.2513, description: 'Share of attributed revenue, 0..1, 4 decimals.' })
  actual: number;

  @ApiProperty({ type: Number, nullable: true, description: "The brand's target share; null without a target." })
  target: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'actual − target in percentage points, 1 decimal.' })
  gapPoints: number | null;
}

export class OverviewMixResponse {
  @ApiProperty({ description: 'Whether the brand has set a target mix (PUT /v1/partner-mix/target).' })
  targetSet: boolean;

  @ApiProperty({ type: [OverviewRoleMixResponse] }) roles: OverviewRoleMixResponse[];
}

export class OverviewResponse implements Overview {
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timeZone: string;
  @ApiProperty({ type: OverviewPeriodResponse }) period: OverviewPeriodResponse;

  @ApiProperty({ type: OverviewRangeResponse, description: 'The period of the same length just before.' })
  previousPeriod: OverviewRangeResponse;

  @ApiProperty({ type: OverviewFiguresResponse }) current: OverviewFiguresResponse;
  @ApiProperty({ type: OverviewFiguresResponse }) previous: OverviewFiguresResponse;
  @ApiProperty({ type: OverviewChangesResponse }) changePercent: OverviewChangesResponse;

  @ApiProperty({ type: [OverviewDayResponse], description: 'Every day of the period, days without events as 0.' })
  daily: OverviewDayResponse[];

  @ApiProperty({ type: OverviewMixResponse, description: 'Attributed revenue by funnel role against the target.' })
  mix: OverviewMixResponse;
}

export class OverviewTodoResponse implements OverviewTodo {
  @ApiProperty({ ...INTEGER, description: 'Flagged conversions waiting for a decision.' })
  conversionsInReview: number;

  @ApiProperty({ ...INTEGER, description: 'Partner applications waiting.' }) applicationsWaiting: number;

  @ApiProperty({
    ...INTEGER,
    description: "Statements a run of the last closed month would issue (0 once that month's run is done).",
  })
  statementsToIssue: number;

  @ApiProperty({ type: String, nullable: true, example: '2026-10', description: 'That month, when there are any.' })
  monthToIssue: string | null;

  @ApiProperty({ ...INTEGER, description: 'Issued statements with an amount due, not yet marked paid.' })
  statementsToPay: number;

  @ApiProperty({
    ...INTEGER,
    description: "The brand's webhook endpoints whose deliveries are failing (or that were disabled for it).",
  })
  failingWebhooks: number;
}
