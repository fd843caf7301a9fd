import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PRINTABLE } from '../../conversions/dto/conversion.dto.js';

export class CreateLinkDto {
  @ApiProperty({ example: 'https://northwind.example/tents?utm_source=partner' })
  @IsString()
  @MaxLength(2048)
  destinationUrl: string;

  @ApiPropertyOptional({ example: 'trailtalk-spring', description: 'Your own code; generated when left out.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{3,64}$/, { message: 'code must be 3-64 letters, digits, "-" or "_"' })
  code?: string;

  @ApiPropertyOptional({ example: 'spring-video', description: 'Carried by the URL; each click arrives with it.' })
  @IsOptional()
  @IsString({ message: 'sub1 must be a string' })
  @Matches(PRINTABLE, { message: 'sub1 must not contain control characters' })
  @MaxLength(255, { message: 'sub1 must be at most 255 characters' })
  sub1?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'sub2 must be a string' })
  @Matches(PRINTABLE, { message: 'sub2 must not contain control characters' })
  @MaxLength(255, { message: 'sub2 must be at most 255 characters' })
  sub2?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'sub3 must be a string' })
  @Matches(PRINTABLE, { message: 'sub3 must not contain control characters' })
  @MaxLength(255, { message: 'sub3 must be at most 255 characters' })
  sub3?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'sub4 must be a string' })
  @Matches(PRINTABLE, { message: 'sub4 must not contain control characters' })
  @MaxLength(255, { message: 'sub4 must be at most 255 characters' })
  sub4?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'sub5 must be a string' })
  @Matches(PRINTABLE, { message: 'sub5 must not contain control characters' })
  @MaxLength(255, { message: 'sub5 must be at most 255 characters' })
  sub5?: string;
}

export class LinkResponse {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'The tracking URL to share.' }) url: string;
  @ApiProperty() destinationUrl: string;
  @ApiProperty() partnerId: string;
  @ApiProperty({ type: String, nullable: true }) sub1: string | null;
  @ApiProperty({ type: String, nullable: true }) sub2: string | null;
  @ApiProperty({ type: String, nullable: true }) sub3: string | null;
  @ApiProperty({ type: String, nullable: true }) sub4: string | null;
  @ApiProperty({ type: String, nullable: true }) sub5: string | null;
  @ApiProperty() createdAt: string;
}

export class LinkPage {
  @ApiProperty({ type: [LinkResponse] }) data: LinkResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
