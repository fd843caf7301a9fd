import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsPeriodKey, IsUuid, PageQuery } from '#core/platform/index.js';

export class RunStatementsDto {
  @ApiProperty({ example: '2026-10', description: "A month that is over in the brand's time zone." })
  @IsPeriodKey('month')
  period: string;
}

export class StatementFormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'pdf'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv', 'pdf'], { message: 'format must be one of json, csv, pdf' })
  format?: 'json' | 'csv' | 'pdf';
}

export class StatementFilterDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUuid({ message: 'partnerId must be a partner id (UUID)' })
  partnerId?: string;

  @ApiPropertyOptional({ example: '2026-10', description: 'Required with `format=csv`.' })
  // Optional, but for the finance CSV, which is per month.
  @ValidateIf((query: StatementFilterDto) => query.period !== undefined || query.format === 'csv')
  @IsPeriodKey('month', {
    message: ({ value }) =>
      value === undefined
        ? 'the finance CSV is per month: add period=YYYY-MM'
        : 'period must be a month such as "2026-10"',
  })
  period?: string;

  @ApiPropertyOptional({ enum: ['issued', 'paid'], description: 'Only statements of this status.' })
  @IsOptional()
  @IsIn(['issued', 'paid'], { message: 'status must be issued or paid' })
  status?: 'issued' | 'paid';

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    default: 'json',
    description: 'csv (with `period`): the finance list, every partner with an amount due, one row each.',
  })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}

export class StatementListQuery extends IntersectionType(StatementFilterDto, PageQuery) {}

export class StatementRunParams {
  @ApiProperty({ example: '2026-10', description: 'The month of the run.' })
  @IsPeriodKey('month')
  period: string;
}

/** How many statements one bulk call may mark paid: a page of the list and then some. */
export const MAX_MARK_PAID = 200;

export class MarkManyPaidDto {
  @ApiProperty({ type: [String], description: `The statements paid by this payment: 1 to ${MAX_MARK_PAID} ids.` })
  @IsArray({ message: 'statementIds must be a list of statement ids' })
  @ArrayMinSize(1, { message: 'statementIds must hold at least one statement id' })
  @ArrayMaxSize(MAX_MARK_PAID, { message: `statementIds may hold at most ${MAX_MARK_PAID} ids; split the batch` })
  @IsUuid({ each: true, message: 'each of statementIds must be a statement id (UUID)' })
  statementIds: string[];

  @ApiProperty({ example: 'SEPA-2026-11-0042', description: 'The payment reference (bank transfer, PayPal batch).' })
  @IsString({ message: 'reference must be a string' })
  @MinLength(1, { message: 'reference must not be empty' })
  @MaxLength(200, { message: 'reference must be at most 200 characters' })
  reference: string;
}

export class MarkPaidDto {
  @ApiProperty({ example: 'SEPA-2026-11-0042', description: 'The payment reference (bank transfer, PayPal batch).' })
  @IsString({ message: 'reference must be a string' })
  @MinLength(1, { message: 'reference must not be empty' })
  @MaxLength(200, { message: 'reference must be at most 200 characters' })
  reference: string;
}
