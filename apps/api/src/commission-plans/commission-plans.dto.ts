import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsPeriodKey } from '#core/platform/index.js';

/** `POST /v1/commission-plans/preview?period=`: the month to replay; the last one when left out. */
export class PlanPreviewQuery {
  @ApiPropertyOptional({ example: '2026-10', description: "A month of the brand's time zone; default last month." })
  @IsOptional()
  @IsPeriodKey('month')
  period?: string;
}
