import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LEDGER_STATUSES, type LedgerStatus } from '#core/ledger/index.js';
import { PageQuery } from '#core/platform/index.js';

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
