import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
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
  CONVERSION_SOURCES,
  type ConversionSource,
  CONVERSION_STATUS_REASONS,
  CONVERSION_STATUSES,
  POSTED_STATUSES,
  type PostedStatus,
} from '#core/conversions/index.js';
import { LEDGER_STATUSES } from '#core/ledger/index.js';
import { IsCalendarDate, IsUuid, PageQuery } from '#core/platform/index.js';
import { COMMISSION_KINDS, FUNNEL_ROLES, QUALITY_FLAG_CODES } from '#domain';

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

export class FieldProblemBody {
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class ErrorBody {
  @ApiProperty({ example: 'conflict' }) code: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: [FieldProblemBody] }) details: FieldProblemBody[];
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

export class FlagEvidenceResponse {
  @ApiProperty({ enum: QUALITY_FLAG_CODES }) code: string;
  @ApiProperty({ nullable: true, type: String, description: 'The partner the flag concerns, if one.' })
  partnerId: string | null;
  @ApiProperty({ nullable: true, type: String }) partnerName: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: 'What the rule saw, such as `{ ctitSeconds: 4, minimumSeconds: 10 }`.',
  })
  evidence: Record<string, string | number | boolean>;
}

export class FlagDetailResponse extends FlagEvidenceResponse {
  @ApiProperty() flaggedAt: string;
}

export class AttributionTouchResponse {
  @ApiProperty({ nullable: true, type: String, description: 'The click; null for a promo code.' })
  clickId: string | null;
  @ApiPropertyOptional({ description: 'The promo code, for a touch that is a code.' }) promoCodeId?: string;
  @ApiProperty() partnerId: string;
  @ApiProperty({ nullable: true, type: String }) partnerName: string | null;
  @ApiProperty({ enum: FUNNEL_ROLES, description: "The partner's funnel role at the touch's time." }) role: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ description: 'Share of the credit as a number; the credits of a conversion sum to 1.' })
  credit: number;
  @ApiProperty({ example: '15/29', description: 'The exact share, a fraction.' }) creditExact: string;
  @ApiProperty({ example: '2/5', description: "The base model's weight of the touch." }) baseWeight: string;
  @ApiProperty({ example: '3/2', description: "The brand's weight of the touch's role (1 without role weighting)." })
  roleWeight: string;
  @ApiProperty({ example: '51.72' }) attributedRevenue: string;
  @ApiProperty({
    example: '7.76',
    description: "The partner's commission on this conversion, shared over its touches.",
  })
  commission: string;
}

export class ConversionCommissionResponse {
  @ApiProperty() partnerId: string;
  @ApiProperty({ nullable: true, type: String }) partnerName: string | null;
  @ApiProperty({ enum: COMMISSION_KINDS }) kind: string;
  @ApiProperty({ example: '6.21', description: 'Negative for a clawback.' }) amount: string;
  @ApiProperty({ enum: LEDGER_STATUSES, description: '`approved` is due for payout.' }) status: string;
  @ApiProperty({ nullable: true, type: Number, description: "The plan rule's index." }) rule: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The rate, in basis points.' }) rateBps: number | null;
  @ApiProperty({ nullable: true, type: Number, description: "The performance tier's index (null: the base rate)." })
  tier: number | null;
  @ApiPropertyOptional({ description: 'What the cap took off, for a capped entry.' }) cappedAmount?: string;
  @ApiPropertyOptional({ description: 'The reversal a clawback belongs to.' }) reversalId?: string;
  @ApiProperty({ description: 'When its lock period ends.' }) approvableAt: string;
}

export class ConversionReversalItem {
  @ApiProperty() id: string;
  @ApiProperty({ example: '20.00' }) amount: string;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() createdAt: string;
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
  @ApiProperty({ nullable: true, type: String, description: "The manager's note on a decision." })
  statusNote: string | null;
  @ApiProperty({ type: [String], description: 'Quality flags (fraud and hijack rules) and promo-code flags.' })
  flags: string[];
  @ApiProperty({ type: [FlagDetailResponse], description: 'Each quality flag with its partner and evidence.' })
  flagDetails: FlagDetailResponse[];
  @ApiProperty() occurredAt: string;
  @ApiProperty({ nullable: true, type: String }) clickId: string | null;
  @ApiProperty({ nullable: true, type: Boolean }) newCustomer: boolean | null;
  @ApiProperty({ description: 'Sum of reversals (refunds) so far.' }) reversedAmount: string;
  @ApiProperty({ description: 'What is left to reverse: the amount less its reversals.' }) remainingAmount: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) adv: Record<string, string>;
  @ApiProperty({
    nullable: true,
    enum: ['click_id', 'customer_key', 'code', 'none'],
    description: 'What found the journey, in priority order: the click id, the customer key, the promo code.',
  })
  journeySource: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The promo code used, upper-cased.' })
  couponCode: string | null;
  @ApiProperty({ nullable: true, enum: CONVERSION_CHANNELS }) channel: string | null;
  @ApiProperty({ nullable: true, type: String }) agent: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the engine credited it; null until then.' })
  attributedAt: string | null;
  @ApiProperty({ type: [AttributionTouchResponse], description: 'Credited touches, oldest first.' })
  attribution: AttributionTouchResponse[];
  @ApiProperty({ type: [ConversionCommissionResponse], description: 'Its ledger entries, clawbacks included.' })
  commissions: ConversionCommissionResponse[];
  @ApiProperty({ type: [ConversionReversalItem], description: 'Its refunds, oldest first.' })
  reversals: ConversionReversalItem[];
  @ApiProperty() createdAt: string;
}

export class CreditedPartnerResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: FUNNEL_ROLES }) role: string;
  @ApiProperty({ example: '51.72' }) attributedRevenue: string;
}

export class ConversionListItem {
  @ApiProperty() id: string;
  @ApiProperty() transactionId: string;
  @ApiProperty({ example: '100.00' }) amount: string;
  @ApiProperty({ example: '0.00' }) reversedAmount: string;
  @ApiProperty() currency: string;
  @ApiProperty({ enum: CONVERSION_STATUSES }) status: string;
  @ApiProperty({ type: [String], description: 'Quality flags and promo-code flags.' }) flags: string[];
  @ApiProperty({ type: [FlagEvidenceResponse], description: 'Each quality flag with its partner and evidence.' })
  flagDetails: FlagEvidenceResponse[];
  @ApiProperty({ type: [CreditedPartnerResponse], description: 'The partners with a share of the credit.' })
  partners: CreditedPartnerResponse[];
  @ApiProperty() occurredAt: string;
  @ApiProperty({ enum: CONVERSION_SOURCES, description: 'How it arrived: the JSON API or a GET postback.' })
  source: string;
  @ApiProperty({ nullable: true, enum: CONVERSION_CHANNELS }) channel: string | null;
  @ApiProperty({ nullable: true, type: Boolean }) newCustomer: boolean | null;
  @ApiProperty({ nullable: true, type: String }) attributedAt: string | null;
}

export class ConversionPage {
  @ApiProperty({ type: [ConversionListItem] }) data: ConversionListItem[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
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

  @ApiPropertyOptional({ enum: CONVERSION_CHANNELS, description: 'Where the purchase was completed.' })
  @IsOptional()
  @IsIn(CONVERSION_CHANNELS, { message: `channel must be one of ${CONVERSION_CHANNELS.join(', ')}` })
  channel?: ConversionChannel;

  @ApiPropertyOptional({ enum: CONVERSION_SOURCES, description: 'How it arrived: the JSON API or a GET postback.' })
  @IsOptional()
  @IsIn(CONVERSION_SOURCES, { message: `source must be one of ${CONVERSION_SOURCES.join(', ')}` })
  source?: ConversionSource;

  @ApiPropertyOptional({ example: '2026-11-01', description: "First day (the brand's time zone) it happened on." })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: "Last day (the brand's time zone), inclusive." })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ example: 'ORD-100', description: 'A part of the transaction id (case-insensitive).' })
  @IsOptional()
  @IsString({ message: 'search must be text' })
  @MinLength(1)
  @MaxLength(128, { message: 'search must be at most 128 characters' })
  search?: string;
}

export const MAX_REVIEW = 200;

/** A decision on many conversions in review at once. */
export class ReviewDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_REVIEW, example: ['ORD-10045', 'ORD-10046'] })
  @IsArray({ message: 'transactionIds must be a list of transaction ids' })
  @ArrayMinSize(1, { message: 'transactionIds must name at least one conversion' })
  @ArrayMaxSize(MAX_REVIEW, { message: `transactionIds may hold at most ${MAX_REVIEW} ids; split the selection` })
  @ArrayUnique({ message: 'transactionIds must not name a conversion twice' })
  @IsString({ each: true, message: 'each of transactionIds must be a transaction id' })
  @MinLength(1, { each: true })
  @MaxLength(128, { each: true })
  transactionIds: string[];

  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'], { message: 'decision must be approve or reject' })
  decision: 'approve' | 'reject';

  @ApiPropertyOptional({
    example: 'Same customer as ORD-10031',
    description: 'Shown to the partners the decision concerns; required to reject.',
  })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  @Matches(PRINTABLE, { message: 'note must not contain control characters' })
  note?: string;
}

export class ReviewItemResult {
  @ApiProperty() transactionId: string;
  @ApiProperty({ enum: [200, 404, 409], description: '200 decided; 404 no such conversion; 409 not in review.' })
  status: number;
  @ApiPropertyOptional({ enum: CONVERSION_STATUSES, description: "The conversion's status after the decision." })
  conversionStatus?: string;
  @ApiPropertyOptional({ type: ErrorBody }) error?: ErrorBody;
}

export class ReviewResponse {
  @ApiProperty({ type: [ReviewItemResult], description: 'One result per transaction id, in the order sent.' })
  results: ReviewItemResult[];
  @ApiProperty({ description: 'How many were decided.' }) decided: number;
}
