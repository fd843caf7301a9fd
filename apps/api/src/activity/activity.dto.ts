import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { MAX_ACTIVITY_DAYS } from '#core/catalog/index.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ActivityQuery {
  @ApiPropertyOptional({
    example: '2026-10-01',
    description: "First local day (brand's time zone); default 29 days before `to`.",
  })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a date such as "2026-10-01"' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-10-31',
    description: `Last local day, inclusive; default today. At most ${MAX_ACTIVITY_DAYS} days.`,
  })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a date such as "2026-10-31"' })
  to?: string;
}
