import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { type CommissionFilter, LEDGER_STATUSES, type LedgerStatus } from '#core/ledger/index.js';
import { AppError, PageQuery } from '#core/platform/index.js';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

export class CommissionFilterDto {
  @ApiPropertyOptional({ enum: LEDGER_STATUSES })
  @IsOptional()
  @IsIn(LEDGER_STATUSES, { message: `status must be one of ${LEDGER_STATUSES.join(', ')}` })
  status?: LedgerStatus;

  @ApiPropertyOptional({ description: 'From this time (ISO 8601), by when the conversion happened.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({ description: 'Before this time (ISO 8601).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;
}

export class CommissionListQuery extends IntersectionType(CommissionFilterDto, PageQuery) {}

/** The ledger filter of a list query; `from` and `to` must be dates or ISO 8601 times with offset. */
export function commissionFilter(query: CommissionListQuery): CommissionFilter {
  const time = (field: 'from' | 'to'): Date | undefined => {
    const value = query[field];
    if (value === undefined) return undefined;
    if (!ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
      throw AppError.invalidField(field, `${field} must be a date (2026-11-01) or an ISO 8601 time with offset`);
    }
    return new Date(value);
  };
  return { status: query.status, from: time('from'), to: time('to') };
}
