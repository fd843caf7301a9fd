import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  FUNNEL_ROLES,
  type FunnelRole,
  PARTNER_STATUSES,
  PARTNER_TYPES,
  type PartnerStatus,
  type PartnerType,
} from '#domain';
import { PageQuery } from '#core/platform/index.js';

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

/** What PATCH changes: name, role, type and status (email and externalRef stay as created). */
export class UpdatePartnerDto extends PartialType(
  PickType(PartnerFieldsDto, ['name', 'role', 'type', 'status'] as const),
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
  @ApiPropertyOptional({ nullable: true }) email: string | null;
  @ApiPropertyOptional({ nullable: true }) externalRef: string | null;
  @ApiProperty() createdAt: string;
}

export class PartnerPage {
  @ApiProperty({ type: [PartnerResponse] }) data: PartnerResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
