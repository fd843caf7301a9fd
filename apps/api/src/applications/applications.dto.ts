import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { FUNNEL_ROLES, type FunnelRole, PARTNER_TYPES, type PartnerType } from '#domain';
import { APPLICATION_STATUSES, type ApplicationStatus } from '#core/applications/index.js';
import { PageQuery } from '#core/platform/index.js';
import { InviteCreatedResponse } from '../accounts/dto/invite.dto.js';

const roleMessage = `role must be one of ${FUNNEL_ROLES.join(', ')}`;
const typeMessage = `type must be one of ${PARTNER_TYPES.join(', ')}`;
const statusMessage = `status must be one of ${APPLICATION_STATUSES.join(', ')}`;

/** `POST /v1/public/brands/{brandSlug}/applications`: the public form, no key. */
export class SubmitApplicationDto {
  @ApiProperty({ example: 'Trail Talk Podcast', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'hello@trailtalk.example', description: 'Where the invite or the answer goes.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiPropertyOptional({ example: 'https://trailtalk.example', maxLength: 2048 })
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) URL such as "https://trailtalk.example"' },
  )
  @MaxLength(2048)
  website?: string;

  @ApiProperty({ enum: PARTNER_TYPES, description: 'What kind of partner the applicant is.' })
  @IsIn(PARTNER_TYPES, { message: typeMessage })
  type: PartnerType;

  @ApiPropertyOptional({ enum: FUNNEL_ROLES, description: 'The funnel role the applicant expects to play.' })
  @IsOptional()
  @IsIn(FUNNEL_ROLES, { message: roleMessage })
  role?: FunnelRole;

  @ApiPropertyOptional({ maxLength: 2000, description: 'A note to the brand.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;

  @ApiPropertyOptional({
    description:
      'Spam trap: the form keeps this field hidden and empty. A request that fills it is answered like any ' +
      'other and then dropped, so that robots learn nothing.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  companyWebsite?: string;
}

export class SubmittedApplicationResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
}

/** `GET /v1/applications?status=` */
export class ApplicationFilterDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, { message: statusMessage })
  status?: ApplicationStatus;
}

export class ListApplicationsQuery extends IntersectionType(ApplicationFilterDto, PageQuery) {}

export class ApplicationResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ enum: PARTNER_TYPES }) type: PartnerType;
  @ApiProperty({ enum: FUNNEL_ROLES, nullable: true }) role: FunnelRole | null;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected (mailed to the applicant).' })
  reason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The partner its approval made.' })
  partnerId: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
  @ApiProperty() createdAt: string;
}

export class ApplicationPage {
  @ApiProperty({ type: [ApplicationResponse] }) data: ApplicationResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** `POST /v1/applications/{id}/approve`: what the manager sets over what the applicant asked for. */
export class ApproveApplicationDto {
  @ApiPropertyOptional({
    enum: FUNNEL_ROLES,
    description: "The partner's funnel role; required when the application names none.",
  })
  @IsOptional()
  @IsIn(FUNNEL_ROLES, { message: roleMessage })
  role?: FunnelRole;

  @ApiPropertyOptional({ enum: PARTNER_TYPES, description: "The partner's type; the application's when absent." })
  @IsOptional()
  @IsIn(PARTNER_TYPES, { message: typeMessage })
  type?: PartnerType;
}

/** `POST /v1/applications/{id}/reject` */
export class RejectApplicationDto {
  @ApiProperty({ example: 'We work only with outdoor publishers for now.', maxLength: 2000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

const MAIL_DOC = {
  enum: ['sent', 'logged', 'dropped', 'failed'],
  description:
    'sent: mailed; logged: no mail server configured (development), written to the log; dropped: no mail ' +
    'server configured in production; failed: the mail server refused or did not answer (the decision stands).',
};

export class ApprovalResponse {
  @ApiProperty({ description: 'The partner the approval made.' }) partnerId: string;
  @ApiProperty({ type: ApplicationResponse }) application: ApplicationResponse;
  @ApiProperty({
    type: InviteCreatedResponse,
    nullable: true,
    description: 'The invite mailed to the applicant (role partner); null when it could not be made (see inviteError).',
  })
  invite: InviteCreatedResponse | null;
  @ApiPropertyOptional({ description: 'Why no invite was made; the partner stands, invite them from the console.' })
  inviteError?: string;
}

export class RejectionResponse extends ApplicationResponse {
  @ApiProperty({ ...MAIL_DOC, description: `What became of the mail with the reason. ${MAIL_DOC.description}` })
  mail: 'sent' | 'logged' | 'dropped' | 'failed';
}
