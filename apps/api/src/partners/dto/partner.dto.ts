import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  FUNNEL_ROLES,
  type FunnelRole,
  PARTNER_STATUSES,
  PARTNER_TYPES,
  type PartnerStatus,
  type PartnerType,
} from '#domain';
import { IsCalendarDate, PageQuery } from '#core/platform/index.js';
import { MAX_FIGURES_DAYS, PARTNER_FIGURE_SORTS } from '#core/reports/index.js';

const roleMessage = `role must be one of ${FUNNEL_ROLES.join(', ')}`;
const typeMessage = `type must be one of ${PARTNER_TYPES.join(', ')}`;
const statusMessage = `status must be one of ${PARTNER_STATUSES.join(', ')}`;

/** Every field a partner has in the API, with its rules once; the request DTOs pick from it. */
class PartnerFieldsDto {
  @ApiProperty({ example: 'Trail Talk Podcast' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: PARTNER_TYPES })
  @IsIn(PARTNER_TYPES, { message: typeMessage })
  type: PartnerType;

  @ApiProperty({ enum: FUNNEL_ROLES })
  @IsIn(FUNNEL_ROLES, { message: roleMessage })
  role: FunnelRole;

  @ApiProperty({ enum: PARTNER_STATUSES })
  @IsIn(PARTNER_STATUSES, { message: statusMessage })
  status: PartnerStatus;

  @ApiPropertyOptional({ example: 'hello@trailtalk.example' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ description: "The brand's or network's own id for this partner (unique per brand)." })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  externalRef?: string;
}

/** A new partner starts active: its status is not for the caller to choose. */
export class CreatePartnerDto extends PickType(PartnerFieldsDto, [
  'name',
  'type',
  'role',
  'email',
  'externalRef',
] as const) {}

/** What PATCH changes: name, e-mail, role, type and status (externalRef stays as created). */
export class UpdatePartnerDto extends PartialType(
  PickType(PartnerFieldsDto, ['name', 'email', 'role', 'type', 'status'] as const),
) {}

/** `GET /v1/partners?role=&type=&status=` */
export class PartnerFilterDto extends PartialType(PickType(PartnerFieldsDto, ['role', 'type', 'status'] as const)) {}

export class ListPartnersQuery extends IntersectionType(PartnerFilterDto, PageQuery) {}

export class PartnerResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PARTNER_TYPES }) type: PartnerType;
  @ApiProperty({ enum: FUNNEL_ROLES }) role: FunnelRole;
  @ApiProperty({ enum: PARTNER_STATUSES }) status: PartnerStatus;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) externalRef: string | null;
  @ApiProperty() createdAt: string;
}

export class PartnerPage {
  @ApiProperty({ type: [PartnerResponse] }) data: PartnerResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

const SORT_VALUES = PARTNER_FIGURE_SORTS.flatMap((key) => [key, `-${key}`]);

/** `GET /v1/partners/figures`: the partners table of the console. */
export class PartnerFiguresQueryDto extends PartnerFilterDto {
  @ApiPropertyOptional({
    example: '2026-11-01',
    description: "First local day (brand's time zone); default 29 days before `to`.",
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-11-30',
    description: `Last local day, inclusive; default today. At most ${MAX_FIGURES_DAYS} days.`,
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ description: 'A part of the name or e-mail address, any case.', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  search?: string;

  @ApiPropertyOptional({
    enum: SORT_VALUES,
    default: '-revenue',
    description: 'A column, `-` in front for the largest first. Equal values fall back to the partner id.',
  })
  @IsOptional()
  @IsIn(SORT_VALUES, { message: `sort must be one of ${SORT_VALUES.join(', ')}` })
  sort?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1, description: 'The page, from 1.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number from 1' })
  @Min(1, { message: 'page must be a whole number from 1' })
  @Max(100_000, { message: 'page must be at most 100000' })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number from 1 to 200' })
  @Min(1, { message: 'limit must be a whole number from 1 to 200' })
  @Max(200, { message: 'limit must be a whole number from 1 to 200' })
  limit?: number;
}

export class PartnerFiguresResponse extends PartnerResponse {
  @ApiProperty({ description: 'Creditable clicks in the period (bots and flooded clicks left out).' })
  clicks: number;

  @ApiProperty({ description: 'Conversions of the period the partner was credited in (rejected ones left out).' })
  conversions: number;

  @ApiProperty({ example: '1234.50', description: 'Its attributed revenue of those conversions.' })
  attributedRevenue: string;

  @ApiProperty({ example: '123.45', description: 'Its commission entries of the period, clawbacks counted.' })
  commission: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '0.4115',
    description: 'Commission per click, two decimals finer than the currency, rounded half up; null without clicks.',
  })
  epc: string | null;
}

export class PartnerFiguresPageResponse {
  @ApiProperty({ type: [PartnerFiguresResponse] }) data: PartnerFiguresResponse[];
  @ApiProperty({ description: 'Partners matching the filters, on all pages.' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty({ example: '2026-11-01' }) from: string;
  @ApiProperty({ example: '2026-11-30' }) to: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timezone: string;
}
