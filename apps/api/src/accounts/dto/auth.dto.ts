import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MEMBERSHIP_ROLES, type MembershipRole, PASSWORD_MAX_LENGTH } from '#core/accounts/index.js';
import { IsUuid } from '#core/platform/index.js';

/** Longer than any acceptable password, short enough that hashing what is sent costs little. */
const PASSWORD_INPUT_MAX = 1024;

export class LoginDto {
  @ApiProperty({ example: 'maria@brand.example' })
  @IsString()
  @MinLength(1)
  @MaxLength(320)
  email: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;
}

export class ActiveBrandDto {
  @ApiProperty({ description: 'A brand the signed-in person is a member of.' })
  @IsUuid({ message: 'brandId must be a brand id (UUID)' })
  brandId: string;
}

export class AcceptInviteDto {
  @ApiProperty({ description: 'The `token` of the invitation link.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  @ApiPropertyOptional({
    description: 'Your name; required when the invited e-mail has no account yet (ignored otherwise).',
    example: 'Maria Lopez',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({
    format: 'password',
    description:
      `A new password (${PASSWORD_MAX_LENGTH} characters at most, at least 10, not a common one), or the ` +
      'current password when the invited e-mail already has an account.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;
}

export class PasswordResetDto {
  @ApiProperty({ example: 'maria@brand.example' })
  @IsString()
  @MinLength(1)
  @MaxLength(320)
  email: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The `token` of the reset link.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  @ApiProperty({ format: 'password', description: 'At least 10 characters, at most 256, not a common password.' })
  @IsString()
  @MaxLength(PASSWORD_INPUT_MAX)
  password: string;
}

export class SessionUserResponse {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Operators run the platform; their session acts as the operator key.' })
  isOperator: boolean;
}

export class MembershipResponse {
  @ApiProperty() brandId: string;
  @ApiProperty() brandName: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: MembershipRole;
  @ApiPropertyOptional({ description: 'The partner a partner membership acts as (only for role partner).' })
  partnerId?: string;
}

/** The body of sign-in, accepting an invite, GET /v1/auth/session and switching brand. */
export class SessionResponse {
  @ApiProperty({ type: SessionUserResponse }) user: SessionUserResponse;
  @ApiProperty({ type: [MembershipResponse] }) memberships: MembershipResponse[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The brand the session acts in (null for an operator, or a person with no membership).',
  })
  activeBrandId: string | null;
  @ApiProperty({ description: 'Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE made with the cookie.' })
  csrfToken: string;
}

export class SessionInfoResponse {
  @ApiProperty({ description: 'The public id of the session (not its cookie).' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ nullable: true, type: String }) ip: string | null;
  @ApiProperty({ nullable: true, type: String }) userAgent: string | null;
  @ApiProperty({ description: 'The session this request was made with.' }) current: boolean;
}

export class SessionListResponse {
  @ApiProperty({ type: [SessionInfoResponse] }) data: SessionInfoResponse[];
}
