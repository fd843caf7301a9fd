import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches } from 'class-validator';
import { IsIsoTime } from '#core/platform/index.js';
import { COUPON_CODE } from '../conversions/dto/conversion.dto.js';

export class CreatePromoCodeDto {
  @ApiProperty({ example: 'TRAIL10', description: 'Unique in the brand without regard to case.' })
  @IsString()
  @Matches(COUPON_CODE, { message: 'code must be 2-64 letters, digits, "-" or "_"' })
  code: string;

  @ApiPropertyOptional({
    example: '2026-12-01T00:00:00+01:00',
    description: 'Valid from (included); open when left out.',
  })
  @IsOptional()
  @IsIsoTime()
  validFrom?: string;

  @ApiPropertyOptional({
    example: '2026-12-31T23:59:59+01:00',
    description: 'Valid until (included); open when left out.',
  })
  @IsOptional()
  @IsIsoTime()
  validTo?: string;

  @ApiPropertyOptional({
    default: false,
    description:
      "Only for the partner's own audience: a conversion with this code is credited only when its customer " +
      'has a click of the partner in the journey; otherwise it is flagged code_outside_audience.',
  })
  @IsOptional()
  @IsBoolean({ message: 'exclusiveToAudience must be true or false' })
  exclusiveToAudience?: boolean;
}

export class PromoCodeResponse {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty() partnerId: string;
  @ApiProperty({ type: String, nullable: true }) validFrom: string | null;
  @ApiProperty({ type: String, nullable: true }) validTo: string | null;
  @ApiProperty() exclusiveToAudience: boolean;
  @ApiProperty() createdAt: string;
}

export class PromoCodePage {
  @ApiProperty({ type: [PromoCodeResponse] }) data: PromoCodeResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** A code in the brand-wide list: with the name of its partner. */
export class BrandPromoCodeResponse extends PromoCodeResponse {
  @ApiProperty({ example: 'Trail Talk Podcast' }) partnerName: string;
}

export class BrandPromoCodePage {
  @ApiProperty({ type: [BrandPromoCodeResponse] }) data: BrandPromoCodeResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
