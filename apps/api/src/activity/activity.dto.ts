import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { MAX_ACTIVITY_DAYS } from '#core/catalog/index.js';
import { IsCalendarDate } from '#core/platform/index.js';

export class ActivityQuery {
  @ApiPropertyOptional({
    example: '2026-10-01',
    description: "First local day (brand's time zone); default 29 days before `to`.",
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-10-31',
    description: `Last local day, inclusive; default today. At most ${MAX_ACTIVITY_DAYS} days.`,
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ActivityDayResponse {
  @ApiProperty({ example: '2026-11-30', description: "The local day in the brand's time zone." }) date: string;
  @ApiProperty({ description: 'Creditable clicks (bots and flooded clicks left out).' }) clicks: number;
  @ApiProperty() impressions: number;
  @ApiProperty({ description: 'Conversions the partner was credited in, however small its share.' })
  conversions: number;
  @ApiProperty({ example: '120.00' }) attributedRevenue: string;
  @ApiProperty({ example: '12.00', description: 'Its ledger entries of the day, rejected ones left out.' })
  commission: string;
}

/** A partner's days, in the brand's currency and time zone. */
export class ActivityResponse {
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timezone: string;
  @ApiProperty({ type: [ActivityDayResponse] }) days: ActivityDayResponse[];
}
