import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  ATTRIBUTION_MODELS,
  type AttributionModel,
  type BaseAttributionModel,
  CODE_POLICIES,
  type CodePolicy,
  FLAT_FEE_PERIODS,
  type FlatFeePeriod,
  FUNNEL_ROLES,
  type FunnelRole,
  PARTNER_TYPES,
  type PartnerType,
} from '#domain';
import { IsPeriodKey } from '#core/platform/index.js';

/*
 * The plan body's schema for /docs and the web app's types. The body itself is checked by
 * planFromBody (plan-body.ts) and validatePlan, which name every bad field by its path; these
 * classes only describe it, so the two cannot disagree on a rule.
 */

const MONEY = { type: String, example: '25.00', description: 'Decimal string in the brand currency.' };
const DECIMAL = {
  oneOf: [{ type: 'string' }, { type: 'number' }],
  description: 'A decimal, best sent as a string ("0.4") so it is read exactly.',
};
const BASE_MODELS = ATTRIBUTION_MODELS.filter((model) => model !== 'role_weighted');

export class RoleWeightsDto {
  @ApiProperty(DECIMAL) awareness: string | number;
  @ApiProperty(DECIMAL) consideration: string | number;
  @ApiProperty(DECIMAL) conversion: string | number;
  @ApiProperty(DECIMAL) retention: string | number;
}

export class AttributionSettingsDto {
  @ApiProperty({ enum: ATTRIBUTION_MODELS }) model: AttributionModel;
  @ApiPropertyOptional({ enum: BASE_MODELS, description: 'Only for role_weighted; default position_based.' })
  base?: BaseAttributionModel;
  @ApiPropertyOptional({ ...DECIMAL, description: 'time_decay: days for a touch to lose half its weight (default 7).' })
  halfLifeDays?: string | number;
  @ApiPropertyOptional({ ...DECIMAL, description: 'position_based: the first touch share, 0..1 (default 0.4).' })
  firstShare?: string | number;
  @ApiPropertyOptional({ ...DECIMAL, description: 'position_based: the last touch share, 0..1 (default 0.4).' })
  lastShare?: string | number;
  @ApiPropertyOptional({ type: RoleWeightsDto, description: 'role_weighted: a weight ≥ 0 per funnel role.' })
  roleWeights?: RoleWeightsDto;
}

export class CpsTierDto {
  @ApiProperty({ ...MONEY, description: "From this much of the partner's attributed revenue in the quarter." })
  fromRevenue: string;
  @ApiProperty({ minimum: 0, maximum: 10_000, description: 'Basis points (1250 = 12.5 %).' }) rateBps: number;
}

export class CpsTermsDto {
  @ApiProperty({ minimum: 0, maximum: 10_000, description: 'Basis points (1250 = 12.5 %).' }) rateBps: number;
  @ApiPropertyOptional({ type: [CpsTierDto], description: 'Ascending by fromRevenue.' }) tiers?: CpsTierDto[];
}

export class FixedAmountDto {
  @ApiProperty(MONEY) amount: string;
}

export class FlatFeeDto {
  @ApiProperty(MONEY) amount: string;
  @ApiProperty({ enum: FLAT_FEE_PERIODS }) period: FlatFeePeriod;
}

export class CommissionRuleDto {
  @ApiPropertyOptional({ enum: FUNNEL_ROLES }) role?: FunnelRole;
  @ApiPropertyOptional({ enum: PARTNER_TYPES }) partnerType?: PartnerType;
  @ApiPropertyOptional({ description: 'One partner of the brand.' }) partnerId?: string;
  @ApiPropertyOptional({ type: CpsTermsDto }) cps?: CpsTermsDto;
  @ApiPropertyOptional({ type: FixedAmountDto, description: 'Per attributed conversion, times the credit.' })
  cpa?: FixedAmountDto;
  @ApiPropertyOptional({ type: FixedAmountDto, description: 'Per valid click.' }) cpc?: FixedAmountDto;
  @ApiPropertyOptional({ type: FixedAmountDto, description: 'Per 1,000 impressions.' }) cpm?: FixedAmountDto;
  @ApiPropertyOptional({ type: FlatFeeDto }) flatFee?: FlatFeeDto;
}

export class NewCustomerBonusDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 10_000, description: 'Basis points of the conversion amount.' })
  rateBps?: number;
  @ApiPropertyOptional(MONEY) amount?: string;
}

export class CommissionCapsDto {
  @ApiProperty(MONEY) perPartnerPerMonth: string;
}

/** `POST /v1/commission-plans` and `…/preview`: a whole plan (API.md "Commission plans"). */
export class CommissionPlanBody {
  @ApiProperty({ example: '2026-12-01T00:00:00+01:00', description: 'ISO time with an offset.' })
  effectiveFrom: string;
  @ApiProperty({ minimum: 1, maximum: 365 }) lookbackDays: number;
  @ApiProperty({ minimum: 0, maximum: 365 }) lockDays: number;
  @ApiProperty({ type: AttributionSettingsDto }) attribution: AttributionSettingsDto;
  @ApiProperty({ type: [CommissionRuleDto], description: 'The most specific matching rule applies.' })
  rules: CommissionRuleDto[];
  @ApiPropertyOptional({ type: NewCustomerBonusDto }) newCustomerBonus?: NewCustomerBonusDto;
  @ApiPropertyOptional({ type: CommissionCapsDto }) caps?: CommissionCapsDto;
  @ApiPropertyOptional({ enum: CODE_POLICIES, description: 'Default touch.' }) codePolicy?: CodePolicy;
}

export class CommissionPlanResponse extends CommissionPlanBody {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The version in force now: the latest effectiveFrom not in the future.' })
  inForce: boolean;
  @ApiProperty() createdAt: string;
}

export class CommissionPlanPage {
  @ApiProperty({ type: [CommissionPlanResponse] }) data: CommissionPlanResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

const PREVIEW_SPANS = ['month', 'quarter'] as const;

/**
 * `POST /v1/commission-plans/preview?period=` or `?last=`: the month or quarter to replay; the
 * last closed month when both are left out.
 */
export class PlanPreviewQuery {
  @ApiPropertyOptional({
    example: '2026-10',
    description: "A month (2026-10) or quarter (2026-Q3) of the brand's time zone.",
  })
  @IsOptional()
  @IsPeriodKey('monthOrQuarter')
  period?: string;

  @ApiPropertyOptional({ enum: PREVIEW_SPANS, description: 'The last closed month or quarter (instead of period).' })
  @IsOptional()
  @IsIn(PREVIEW_SPANS, { message: `last must be one of ${PREVIEW_SPANS.join(', ')}` })
  last?: (typeof PREVIEW_SPANS)[number];
}

export class PartnerPreviewResponse {
  @ApiProperty() partnerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: FUNNEL_ROLES }) role: FunnelRole;
  @ApiProperty({ enum: PARTNER_TYPES }) type: PartnerType;
  @ApiProperty({ ...MONEY, description: "Credited to the partner under the draft's model." })
  attributedRevenue: string;
  @ApiProperty({ ...MONEY, description: 'Credited to the partner in the ledger today.' })
  currentAttributedRevenue: string;
  @ApiProperty({ ...MONEY, description: 'What the partner would earn under the draft.' }) commission: string;
  @ApiProperty({ ...MONEY, description: 'What the ledger holds for the same conversions, before refunds.' })
  currentCommission: string;
  @ApiProperty({ ...MONEY, description: 'commission - currentCommission.' }) difference: string;
}

export class PlanPreviewTotalsResponse {
  @ApiProperty(MONEY) attributedRevenue: string;
  @ApiProperty(MONEY) currentAttributedRevenue: string;
  @ApiProperty(MONEY) commission: string;
  @ApiProperty(MONEY) currentCommission: string;
  @ApiProperty(MONEY) difference: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'commission / attributedRevenue, 4 decimals; null without revenue.',
  })
  costOfSale: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'currentCommission / currentAttributedRevenue.' })
  currentCostOfSale: number | null;
}

export class PlanPreviewResponse {
  @ApiProperty({ example: '2026-10', description: 'The month or quarter replayed.' }) period: string;
  @ApiProperty({ description: "Its first instant (brand's time zone)." }) start: string;
  @ApiProperty({ description: 'The instant after its last.' }) end: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ description: 'Conversions replayed (rejected ones left out).' }) conversions: number;
  @ApiProperty({ type: [PartnerPreviewResponse] }) partners: PartnerPreviewResponse[];
  @ApiProperty({ type: PlanPreviewTotalsResponse }) totals: PlanPreviewTotalsResponse;
  @ApiProperty() note: string;
}
