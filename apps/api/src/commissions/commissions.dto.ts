import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { COMMISSION_KINDS, type CommissionKind, ENTRY_REASON_CODES, type EntryReasonCode } from '#domain';
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

/** A ledger entry as a manager or its partner reads it, with why it pays less than earned. */
export class LedgerEntryResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: COMMISSION_KINDS }) kind: CommissionKind;
  @ApiProperty({ example: '12.50', description: 'Negative for a clawback.' }) amount: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ enum: LEDGER_STATUSES }) status: LedgerStatus;
  @ApiProperty({ type: String, nullable: true }) conversionId: string | null;
  @ApiProperty({ type: String, nullable: true }) reversalId: string | null;
  @ApiProperty() occurredAt: string;
  @ApiProperty() approvableAt: string;
  @ApiProperty({ type: String, nullable: true }) approvedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Its share of the conversion, an exact fraction ("2/5").' })
  credit: string | null;
  @ApiProperty({ type: String, nullable: true }) attributedRevenue: string | null;
  @ApiProperty({ type: Number, nullable: true, description: "The plan rule's index." }) rule: number | null;
  @ApiProperty({ type: Number, nullable: true }) rateBps: number | null;
  @ApiProperty({ type: Number, nullable: true }) tier: number | null;
  @ApiPropertyOptional({ description: 'For a capped entry: what the cap held back.' }) cappedAmount?: string;
  @ApiProperty({ type: String, nullable: true }) statementId: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ENTRY_REASON_CODES }) reasonCode: EntryReasonCode | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it pays less than earned, for people.' })
  reason: string | null;
}

export class LedgerEntryPage {
  @ApiProperty({ type: [LedgerEntryResponse] }) data: LedgerEntryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
