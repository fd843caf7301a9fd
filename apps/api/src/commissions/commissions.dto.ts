import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { type CommissionFilter, LEDGER_STATUSES, type LedgerStatus } from '#core/ledger/index.js';
import { IsIsoTime, PageQuery, parseIsoTime } from '#core/platform/index.js';

export class CommissionFilterDto {
  @ApiPropertyOptional({ enum: LEDGER_STATUSES })
  @IsOptional()
  @IsIn(LEDGER_STATUSES, { message: `status must be one of ${LEDGER_STATUSES.join(', ')}` })
  status?: LedgerStatus;

  @ApiPropertyOptional({
    example: '2026-11-01',
    description: 'From this time (ISO 8601 with offset, or a date: UTC midnight), by when the conversion happened.',
  })
  @IsOptional()
  @IsIsoTime({ date: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Before this time (ISO 8601 with offset, or a date).' })
  @IsOptional()
  @IsIsoTime({ date: true })
  to?: string;
}

export class CommissionListQuery extends IntersectionType(CommissionFilterDto, PageQuery) {}

/** The ledger's filter from a validated query. */
export function commissionFilterOf(query: CommissionFilterDto): CommissionFilter {
  return {
    status: query.status,
    from: parseIsoTime(query.from, { date: true }),
    to: parseIsoTime(query.to, { date: true }),
  };
}
