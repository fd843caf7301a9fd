import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, IsPeriodKey, PageQuery } from '#core/platform/index.js';

const SHARE = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 };
const shareMessage = (role: string) => ({ message: `${role} must be a share between 0 and 1 with at most 4 decimals` });

/** The target share of attributed revenue per funnel role; the four sum to 1. */
export class MixTargetDto {
  @ApiProperty({ example: 0.35 }) @IsNumber(SHARE, shareMessage('awareness')) awareness: number;
  @ApiProperty({ example: 0.25 }) @IsNumber(SHARE, shareMessage('consideration')) consideration: number;
  @ApiProperty({ example: 0.25 }) @IsNumber(SHARE, shareMessage('conversion')) conversion: number;
  @ApiProperty({ example: 0.15 }) @IsNumber(SHARE, shareMessage('retention')) retention: number;
}

export class MixTargetResponse extends MixTargetDto {
  @ApiProperty() updatedAt: string;
}

export class SpendDto {
  @ApiProperty({ example: 'paid_social', description: 'Any label: paid_search, paid_social, tv, agency…' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  channel: string;

  @ApiProperty({ example: '2026-10-01', description: 'First local day covered (included).' })
  @IsCalendarDate()
  periodStart: string;

  @ApiProperty({ example: '2026-10-31', description: 'Last local day covered (included).' })
  @IsCalendarDate()
  periodEnd: string;

  @ApiProperty({ example: '12500.00', description: 'Decimal string in the brand currency.' })
  @IsString({ message: 'amount must be a decimal string such as "12500.00"' })
  @MaxLength(32)
  amount: string;

  @ApiProperty({ example: 'EUR', description: "The brand's currency." })
  @IsString()
  @MaxLength(3)
  currency: string;
}

export class SpendResponse extends SpendDto {
  @ApiProperty() id: string;
  @ApiProperty() createdAt: string;
}

export class SpendPage {
  @ApiProperty({ type: [SpendResponse] }) data: SpendResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ReportRequestDto {
  @ApiProperty({ example: '2026-Q3', description: "A quarter of the brand's time zone that has started." })
  @IsPeriodKey('quarter')
  quarter: string;
}

export class ReportFormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}

export class ReportListQuery extends IntersectionType(PageQuery) {
  @ApiPropertyOptional({ example: '2026-Q3' })
  @IsOptional()
  @IsPeriodKey('quarter')
  quarter?: string;
}
