import { ApiPropertyOptional } from '@nestjs/swagger';
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
