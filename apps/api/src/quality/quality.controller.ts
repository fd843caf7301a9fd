import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CurrentBrand, Roles } from '#auth';
import { DEFAULT_QUALITY_SETTINGS, QUALITY_FLAG_CODES, type QualityFlagCode, type QualitySettings } from '#domain';
import { type Page, PageQuery } from '#core/platform/index.js';
import { QualityService } from '#core/quality/index.js';
import { IdPipe } from '../http/id.pipe.js';

export class QualityRulesDto {
  @ApiPropertyOptional({
    default: DEFAULT_QUALITY_SETTINGS.minCtitSeconds,
    description: 'Flag conversions sooner than this after their last click.',
  })
  @IsOptional()
  @IsInt({ message: 'minCtitSeconds must be a whole number of seconds' })
  minCtitSeconds?: number;

  @ApiPropertyOptional({
    default: DEFAULT_QUALITY_SETTINGS.clickFloodPerMinute,
    description: 'More clicks than this per IP prefix, partner and minute are not creditable.',
  })
  @IsOptional()
  @IsInt({ message: 'clickFloodPerMinute must be a whole number' })
  clickFloodPerMinute?: number;

  @ApiPropertyOptional({
    default: DEFAULT_QUALITY_SETTINGS.lastSecondSeconds,
    description:
      'A conversion-role touch this close before the order, after another partner, is flagged last_second_override.',
  })
  @IsOptional()
  @IsInt({ message: 'lastSecondSeconds must be a whole number of seconds' })
  lastSecondSeconds?: number;

  @ApiPropertyOptional({
    default: DEFAULT_QUALITY_SETTINGS.standDownLastSecond,
    description: 'Whether a last-second override loses its credit (true) or keeps it, flagged (false).',
  })
  @IsOptional()
  @IsBoolean({ message: 'standDownLastSecond must be true or false' })
  standDownLastSecond?: boolean;
}

/** The rules in force, each with its default filled in. */
export class QualityRulesResponse {
  @ApiProperty({ description: 'Flag conversions sooner than this after their last click.' }) minCtitSeconds: number;
  @ApiProperty({ description: 'More clicks than this per IP prefix, partner and minute are not creditable.' })
  clickFloodPerMinute: number;
  @ApiProperty({
    description: 'A conversion-role touch this close before the order, after another partner, is flagged.',
  })
  lastSecondSeconds: number;
  @ApiProperty({ description: 'Whether a last-second override loses its credit (true) or keeps it, flagged (false).' })
  standDownLastSecond: boolean;
}

export class CustomerKeyDto {
  @ApiProperty({ example: 'customer-42', description: "A customer key of the partner's own (staff, household)." })
  @IsString({ message: 'customerKey must be a string' })
  @MinLength(1, { message: 'customerKey must not be empty' })
  @MaxLength(256, { message: 'customerKey must be at most 256 characters' })
  customerKey: string;
}

/** A quality rule's hit, as a partner's page lists them. */
export class PartnerQualityFlagResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: QUALITY_FLAG_CODES }) code: QualityFlagCode;
  @ApiProperty({ type: String, nullable: true, description: 'The flagged conversion; null for a flag on a day.' })
  conversionId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The conversion's transaction id." })
  transactionId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The partner the flag names, when it names one.' })
  partnerId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "For a flag on a day (click flooding): the brand's local day.",
  })
  day: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: 'What the rule saw.',
  })
  evidence: Record<string, string | number | boolean>;
  @ApiProperty() flaggedAt: string;
}

export class PartnerQualityFlagPage {
  @ApiProperty({ type: [PartnerQualityFlagResponse] }) data: PartnerQualityFlagResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** The brand's quality (fraud and hijack) rules, and partners' own customer keys for self-referral. */
@ApiTags('quality')
@ApiBearerAuth()
@Roles('brand_manager')
@Controller('v1')
export class QualityController {
  constructor(private readonly quality: QualityService) {}

  @Get('quality-rules')
  @ApiOkResponse({ type: QualityRulesResponse, description: 'The rules in force, defaults included.' })
  async rules(@CurrentBrand() brandId: string): Promise<QualitySettings> {
    return this.quality.rules(brandId);
  }

  @Put('quality-rules')
  @ApiOkResponse({
    type: QualityRulesResponse,
    description: 'The rules in force after the change; settings left out take their default.',
  })
  async setRules(@CurrentBrand() brandId: string, @Body() body: QualityRulesDto): Promise<QualitySettings> {
    return this.quality.setRules(brandId, body);
  }

  @Get('partners/:id/quality-flags')
  @ApiOkResponse({ type: PartnerQualityFlagPage, description: "A partner's quality hits, oldest first." })
  async flagsForPartner(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Query() page: PageQuery,
  ): Promise<Page<PartnerQualityFlagResponse>> {
    return this.quality.flagsForPartner(brandId, partnerId, page, (flag) => ({
      id: flag.id,
      code: flag.code,
      conversionId: flag.conversionId,
      transactionId: flag.transactionId,
      partnerId: flag.partnerId,
      day: flag.day,
      evidence: flag.evidence,
      flaggedAt: flag.createdAt.toISOString(),
    }));
  }

  @Post('partners/:id/customer-keys')
  @HttpCode(201)
  @ApiCreatedResponse({ description: '`{ registered }`: how many keys the partner has registered.' })
  async registerCustomerKey(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner')) partnerId: string,
    @Body() body: CustomerKeyDto,
  ): Promise<{ registered: number }> {
    return this.quality.registerCustomerKey(brandId, partnerId, body.customerKey);
  }
}
