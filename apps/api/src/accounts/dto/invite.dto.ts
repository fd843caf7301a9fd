import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { MEMBERSHIP_ROLES, type MembershipRole } from '#core/accounts/index.js';
import { IsUuid } from '#core/platform/index.js';

const INVITE_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
const MAIL_OUTCOMES = ['sent', 'logged', 'dropped', 'failed'] as const;

export class CreateInviteDto {
  @ApiProperty({ example: 'maria@brand.example' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES })
  @IsIn(MEMBERSHIP_ROLES, { message: `role must be one of ${MEMBERSHIP_ROLES.join(', ')}` })
  role: MembershipRole;

  @ApiPropertyOptional({ description: 'Required for (and only for) a partner invite: a partner of the brand.' })
  @IsOptional()
  @IsUuid({ message: 'partnerId must be a partner id (UUID)' })
  partnerId?: string;
}

export class InviteResponse {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
  @ApiProperty({ nullable: true, type: String }) partnerId: string | null;
  @ApiProperty({ enum: INVITE_STATUSES }) status: (typeof INVITE_STATUSES)[number];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) acceptedAt: string | null;
}

export class InvitePage {
  @ApiProperty({ type: [InviteResponse] }) data: InviteResponse[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class InviteCreatedResponse {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
  @ApiProperty({ nullable: true, type: String }) partnerId: string | null;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({
    description: 'The link that accepts the invite, to pass on by hand; shown only here (the token is not stored).',
  })
  acceptUrl: string;
  @ApiProperty({
    enum: MAIL_OUTCOMES,
    description:
      'sent: mailed; logged: no mail server configured (development), written to the log; dropped: no mail ' +
      'server configured in production; failed: the mail server refused or did not answer (the invite stands).',
  })
  mail: (typeof MAIL_OUTCOMES)[number];
}

/** What the accept page shows before the person signs in or up. */
export class InvitePreviewResponse {
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
  @ApiProperty() brandId: string;
  @ApiProperty() brandName: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'The e-mail has an account already: accepting asks for its current password.' })
  existingUser: boolean;
}
