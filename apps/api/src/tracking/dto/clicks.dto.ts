import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsUuid } from '#core/platform/index.js';

export const MAX_BATCH = 1000;

export class ClickDto {
  @ApiProperty()
  @IsUuid({ message: 'partnerId must be a partner id (UUID)' })
  partnerId: string;

  @ApiPropertyOptional({ example: '2026-11-22T10:15:00+01:00', description: 'Defaults to the time received.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  occurredAt?: string;

  @ApiPropertyOptional({ description: 'First-party customer key (cookie id or hashed identifier); stored as an HMAC.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  customerKey?: string;

  @ApiPropertyOptional({ description: "Code of one of the partner's links." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  linkCode?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub1?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub2?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub3?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub4?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub5?: string;

  @ApiPropertyOptional({ description: 'Stored truncated (/24 IPv4, /48 IPv6).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  ip?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  userAgent?: string;
}

export class ClickBatchDto {
  @ApiProperty({ type: [ClickDto], maxItems: MAX_BATCH })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH, { message: `clicks may hold at most ${MAX_BATCH} clicks; split the batch` })
  @ValidateNested({ each: true })
  @Type(() => ClickDto)
  clicks: ClickDto[];
}

export class ClicksAcceptedResponse {
  @ApiProperty({ type: [String], description: 'Click ids, in the order sent.' }) ids: string[];
}

export class ImpressionsDto {
  @ApiProperty()
  @IsUuid({ message: 'partnerId must be a partner id (UUID)' })
  partnerId: string;

  @ApiProperty({ example: '2026-11-22' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ minimum: 1, maximum: 1_000_000_000 })
  @IsInt({ message: 'count must be a whole number' })
  @Min(1)
  @Max(1_000_000_000)
  count: number;
}

export class ImpressionsResponse {
  @ApiProperty() partnerId: string;
  @ApiProperty() date: string;
  @ApiProperty({ description: "The day's total so far." }) count: number;
}
