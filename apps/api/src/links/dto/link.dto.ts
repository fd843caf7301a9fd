import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CreateLinkDto {
  @ApiProperty({ example: 'https://northwind.example/tents?utm_source=partner' })
  @IsString()
  @MaxLength(2048)
  destinationUrl: string;

  @ApiPropertyOptional({ example: 'trailtalk-spring', description: 'Your own code; generated when left out.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{3,64}$/, { message: 'code must be 3-64 letters, digits, "-" or "_"' })
  code?: string;
}

export class LinkResponse {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'The tracking URL to share.' }) url: string;
  @ApiProperty() destinationUrl: string;
  @ApiProperty() partnerId: string;
  @ApiProperty() createdAt: string;
}

export class LinkPage {
  @ApiProperty({ type: [LinkResponse] }) data: LinkResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
