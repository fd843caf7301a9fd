import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsUuid } from '#core/platform/index.js';

/** GET /postback/click: the query parameters networks fill in with their macros. */
export class PostbackClickQuery {
  @ApiPropertyOptional({ description: 'API key, when it cannot go in the Authorization header.' })
  @IsOptional()
  @IsString()
  key?: string;

  @ApiPropertyOptional({ description: 'Signature (see GET /postback/conversion); ts is then the time of signing.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sig?: string;

  @ApiProperty()
  @IsUuid({ message: 'partner_id must be a partner id (UUID)' })
  partner_id: string;

  @ApiPropertyOptional({ description: 'Customer key (first-party id or hashed identifier).' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  customer?: string;

  @ApiPropertyOptional({ description: 'When the click happened: unix seconds or ISO 8601.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  ts?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub1?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub2?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub3?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub4?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) sub5?: string;
}
