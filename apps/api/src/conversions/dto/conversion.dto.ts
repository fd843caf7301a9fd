import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  CONVERSION_CHANNELS,
  type ConversionChannel,
  CONVERSION_STATUS_REASONS,
  CONVERSION_STATUSES,
  POSTED_STATUSES,
  type PostedStatus,
} from '#core/conversions/index.js';
import { IsUuid, PageQuery } from '#core/platform/index.js';
import { QUALITY_FLAG_CODES } from '#domain';

export const MAX_BATCH = 1000;
/** Printable text: no control characters (they break logs, CSV exports and partner dashboards). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const PRINTABLE = /^[^\u0000-\u001f\u007f]+$/;
/** What a promo code may look like, here and where codes are assigned. */
export const COUPON_CODE = /^[A-Za-z0-9_-]{2,64}$/;
const upperCase = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.toUpperCase() : value);

export class ConversionDto {
  @ApiProperty({ example: 'ORD-10045', description: "The brand's order id; unique per brand, the idempotency key." })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  @Matches(PRINTABLE, { message: 'transactionId must not contain control characters' })
  transactionId: string;

  @ApiProperty({ example: '129.90', description: 'Decimal string in the major unit of the currency.' })
  @IsString({ message: 'amount must be a decimal string such as "19.99"' })
  @MaxLength(32)
  amount: string;

  @ApiProperty({ example: 'EUR' })
  @Transform(upperCase)
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as "EUR"' })
  currency: string;

  @ApiPropertyOptional({ description: 'The click id Partnermix appended to the landing URL.' })
  @IsOptional()
  @IsUuid({ message: 'clickId must be a click id Partnermix issued (UUID)' })
  clickId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  customerKey?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'newCustomer must be true or false' })
  newCustomer?: boolean;

  @ApiPropertyOptional({ example: '2026-11-22T10:15:00+01:00', description: 'Defaults to the time received.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  occurredAt?: string;

  @ApiPropertyOptional({ enum: POSTED_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(POSTED_STATUSES, { message: `status must be one of ${POSTED_STATUSES.join(', ')}` })
  status?: PostedStatus;

  @ApiPropertyOptional({
    example: 'TRAIL10',
    description:
      'Promo code used at checkout (case-insensitive). A code assigned to a partner and valid at the ' +
      "conversion's time is a touch of that partner; any other code is stored, not credited.",
  })
  @IsOptional()
  @Matches(COUPON_CODE, { message: 'couponCode must be 2-64 letters, digits, "-" or "_"' })
  couponCode?: string;

  @ApiPropertyOptional({ enum: CONVERSION_CHANNELS, description: 'Where the purchase was completed.' })
  @IsOptional()
  @IsIn(CONVERSION_CHANNELS, { message: `channel must be one of ${CONVERSION_CHANNELS.join(', ')}` })
  channel?: ConversionChannel;

  @ApiPropertyOptional({ example: 'shopping-assistant', description: 'The agent that completed the checkout.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  @Matches(PRINTABLE, { message: 'agent must not contain control characters' })
  agent?: string;
}

export class ConversionBatchDto {
  @ApiProperty({ type: [ConversionDto], maxItems: MAX_BATCH })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH, { message: `conversions may hold at most ${MAX_BATCH} items; split the batch` })
  @IsObject({ each: true, message: 'each of conversions must be an object' })
  conversions: Record<string, unknown>[];
}

export class ConversionCreatedResponse {
  @ApiProperty() id: string;
  @ApiProperty() transactionId: string;
  @ApiProperty({ enum: CONVERSION_STATUSES }) status: string;
}

export class BatchItemResult {
  @ApiPropertyOptional() transactionId?: string;
  @ApiProperty({ enum: [201, 200, 409, 400, 503] }) status: number;
  @ApiPropertyOptional() id?: string;
  @ApiPropertyOptional() error?: { code: string; message: string; details: { field: string; message: string }[] };
}

export class BatchResponse {
  @ApiProperty({ type: [BatchItemResult] }) results: BatchItemResult[];
}

export class ConversionResponse {
  @ApiProperty() id: string;
  @ApiProperty() transactionId: string;
  @ApiProperty() amount: string;
  @ApiProperty() currency: string;
  @ApiProperty({ enum: CONVERSION_STATUSES }) status: string;
  @ApiProperty({
    enum: CONVERSION_STATUS_REASONS,
    nullable: true,
    description: "Why it was rejected: by the brand's system, a manager, or a fraud rule.",
  })
  statusReason: string | null;
  @ApiProperty({ nullable: true, description: "The manager's note on a rejection." }) statusNote: string | null;
  @ApiProperty({ type: [String], description: 'Quality flags (fraud and hijack rules).' }) flags: string[];
  @ApiProperty({
    description:
      'Each flag with the partner it concerns and the evidence the rule saw: `[{code, partnerId, evidence, flaggedAt}]`.',
  })
  flagDetails: { code: string; partnerId: string | null; evidence: Record<string, unknown>; flaggedAt: string }[];
  @ApiProperty() occurredAt: string;
  @ApiPropertyOptional({ nullable: true }) clickId: string | null;
  @ApiPropertyOptional({ nullable: true }) newCustomer: boolean | null;
  @ApiProperty({ description: 'Sum of reversals (refunds) so far.' }) reversedAmount: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) adv: Record<string, string>;
  @ApiPropertyOptional({
    nullable: true,
    enum: ['click_id', 'customer_key', 'code', 'none'],
    description: 'What found the journey, in priority order: the click id, the customer key, the promo code.',
  })
  journeySource: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The promo code used, upper-cased.' }) couponCode: string | null;
  @ApiPropertyOptional({ nullable: true, enum: CONVERSION_CHANNELS }) channel: string | null;
  @ApiPropertyOptional({ nullable: true }) agent: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'When the engine credited it; null until then.' })
  attributedAt: string | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description:
      'Credited touches: clickId (null for a promo code), promoCodeId (for a promo code), partnerId, role (at click time), occurredAt, credit (number; credits sum to 1), ' +
      'creditExact ("15/29"), baseWeight, roleWeight, attributedRevenue, commission.',
  })
  attribution: unknown[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: 'Ledger entries: partnerId, kind, amount, status, rule, rateBps, tier, cappedAmount?, reversalId?.',
  })
  commissions: unknown[];
  @ApiProperty() createdAt: string;
}

export class ReversalDto {
  @ApiPropertyOptional({ example: '20.00', description: 'Defaults to everything that remains.' })
  @IsOptional()
  @IsString({ message: 'amount must be a decimal string such as "19.99"' })
  @MaxLength(32)
  amount?: string;

  @ApiPropertyOptional({ example: 'refund: damaged on delivery' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(PRINTABLE, { message: 'reason must not contain control characters' })
  reason?: string;

  @ApiPropertyOptional({ description: 'Your id for this reversal: sending it again is then a harmless replay.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  @Matches(PRINTABLE, { message: 'reversalId must not contain control characters' })
  reversalId?: string;
}

export class ReversalResponse {
  @ApiProperty() id: string;
  @ApiProperty() transactionId: string;
  @ApiProperty() amount: string;
  @ApiProperty() currency: string;
  @ApiPropertyOptional({ nullable: true }) reason: string | null;
  @ApiProperty({ description: 'Reversed in total, this one included.' }) reversedAmount: string;
  @ApiProperty() remainingAmount: string;
  @ApiProperty({ enum: CONVERSION_STATUSES, description: "The conversion's status after the reversal." })
  status: string;
}

export class DecisionDto {
  @ApiPropertyOptional({
    example: 'Customer confirmed by phone',
    description: 'Shown to the partners the decision concerns.',
  })
  @IsOptional()
  @IsString({ message: 'note must be a string' })
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  note?: string;
}

export class ConversionListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CONVERSION_STATUSES, example: 'review' })
  @IsOptional()
  @IsIn(CONVERSION_STATUSES, { message: `status must be one of ${CONVERSION_STATUSES.join(', ')}` })
  status?: (typeof CONVERSION_STATUSES)[number];

  @ApiPropertyOptional({ enum: QUALITY_FLAG_CODES })
  @IsOptional()
  @IsIn(QUALITY_FLAG_CODES, { message: `flag must be one of ${QUALITY_FLAG_CODES.join(', ')}` })
  flag?: string;

  @ApiPropertyOptional({ description: 'Conversions this partner touched or was flagged on.' })
  @IsOptional()
  @IsUuid({ message: 'partnerId must be a partner id (UUID)' })
  partnerId?: string;
}
